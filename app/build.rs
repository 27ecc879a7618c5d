//! Generates the `i18n` module from `locales/*.json` at compile time, so that a missing or
//! misspelt key is a compile error in the `t!` call that uses it.

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::{error::Error, path::PathBuf};

/// The default locale first: Japanese is what the organization works in.
const LOCALES: [&str; 7] = ["en", "vi", "id", "my", "tl", "zh", "ne"];

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    let out_dir = std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?;
    let i18n_mod_directory = PathBuf::from(out_dir).join("i18n");

    // `interpolate_display`: interpolated strings as plain text too (`t_string!` with
    // values), for props of islands and attributes, which take strings, not views.
    let cfg = Config::new("ja")?
        .add_locales(LOCALES)?
        .parse_options(ParseOptions::new().interpolate_display(true));
    let translations_infos = TranslationsInfos::parse(cfg)?;
    translations_infos.emit_diagnostics();
    translations_infos.rerun_if_locales_changed();
    translations_infos.generate_i18n_module(i18n_mod_directory)?;
    Ok(())
}
