//! The wasm entry point. In islands mode only the `#[island]` components of `app` ship to the
//! browser; everything else is rendered once on the server.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    // Keeps the islands linked into the wasm: `hydrate_islands` finds them by name.
    #[expect(unused_imports, reason = "links the islands of `app` into the wasm")]
    use app::*;
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
