//! Settings from the environment (and `.env`, loaded by `main`), with defaults that run the
//! portal on one machine with an embedded SQLite file. The README explains each setting.

use std::{net::SocketAddr, path::PathBuf, time::Duration};

use app::{
    files::{DEFAULT_MAX_BYTES, S3Settings, Storage, StorageError, UploadSettings},
    state::{AuthSettings, InterviewSettings},
};
use leptos::config::LeptosOptions;

use crate::deadline::TimeLimits;

mod mail;
pub use mail::{MailConfig, redact_password};

/// The name cargo-leptos gives the wasm, JS and CSS files (`[[workspace.metadata.leptos]]`).
const OUTPUT_NAME: &str = match option_env!("LEPTOS_OUTPUT_NAME") {
    Some(name) => name,
    None => "shien",
};

#[derive(Clone, Debug)]
pub struct Config {
    /// Where the server listens (`SHIEN_ADDR`).
    pub addr: SocketAddr,
    /// `sqlite://…` or `postgres://…` (`DATABASE_URL`).
    pub database_url: String,
    pub db_max_connections: u32,
    /// Where uploaded files are kept, outside the web root (`SHIEN_UPLOAD_DIR`).
    pub upload_dir: PathBuf,
    /// The largest upload accepted per file (`SHIEN_UPLOAD_MAX_MB`, default 15).
    pub upload_max_bytes: u64,
    /// Uploads go to this S3-compatible bucket instead of `upload_dir` (`SHIEN_S3_BUCKET`
    /// and the other `SHIEN_S3_*` settings).
    pub s3: Option<S3Settings>,
    /// Booking notice and cut-off for interviews (`SHIEN_INTERVIEW_NOTICE_HOURS`,
    /// `SHIEN_INTERVIEW_CUTOFF_HOURS`, default 24 each).
    pub interviews: InterviewSettings,
    /// E-mail of notifications and the background jobs' pace (`SHIEN_SMTP_URL`,
    /// `SHIEN_MAIL_FROM`, `SHIEN_JOBS_EVERY_SECONDS`).
    pub mail: MailConfig,
    /// Mark cookies `Secure`: set when the portal is served over https (`SHIEN_SECURE_COOKIES`).
    pub secure_cookies: bool,
    /// Write the demo data at start (`--demo-data` or `SHIEN_DEMO_DATA=true`).
    pub demo_data: bool,
    /// Sessions, invitation links, the client address.
    pub auth: AuthSettings,
    /// The longest a request may take (`SHIEN_REQUEST_TIMEOUT_SECONDS`, default 30; files:
    /// `SHIEN_TRANSFER_TIMEOUT_SECONDS`, default 600; its headers, or the next request on a
    /// kept-alive connection: `SHIEN_HEADER_TIMEOUT_SECONDS`, default 15).
    pub limits: TimeLimits,
    pub leptos: LeptosOptions,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{name} is not valid: {value:?} ({expected})")]
    Invalid {
        name: &'static str,
        value: String,
        expected: &'static str,
    },
    #[error("unknown argument {0:?} (the only argument is --demo-data)")]
    UnknownArgument(String),
    #[error("{name} must be set {because}")]
    Required {
        name: &'static str,
        because: &'static str,
    },
}

impl Config {
    /// Reads the settings through `var` (the process environment in production, a map in
    /// tests) and the command-line `args` (without the program name).
    pub fn from_sources(
        var: impl Fn(&str) -> Option<String>,
        args: impl IntoIterator<Item = String>,
    ) -> Result<Self, ConfigError> {
        let mut demo_data = parse_bool(&var, "SHIEN_DEMO_DATA")?.unwrap_or(false);
        for arg in args {
            match arg.as_str() {
                "--demo-data" => demo_data = true,
                _ => return Err(ConfigError::UnknownArgument(arg)),
            }
        }

        // cargo-leptos passes the address of `site-addr` as LEPTOS_SITE_ADDR.
        let addr_text = var("SHIEN_ADDR")
            .or_else(|| var("LEPTOS_SITE_ADDR"))
            .unwrap_or_else(|| "127.0.0.1:3000".to_owned());
        let addr: SocketAddr = addr_text.parse().map_err(|_| ConfigError::Invalid {
            name: "SHIEN_ADDR",
            value: addr_text.clone(),
            expected: "an address such as 127.0.0.1:3000",
        })?;

        let db_max_connections = parse_positive(&var, "SHIEN_DB_MAX_CONNECTIONS")?.unwrap_or(10);
        let secure_cookies = parse_bool(&var, "SHIEN_SECURE_COOKIES")?.unwrap_or(false);
        let defaults = AuthSettings::default();
        let auth = AuthSettings {
            staff_idle: parse_positive(&var, "SHIEN_STAFF_IDLE_HOURS")?
                .map_or(defaults.staff_idle, |h| chrono::Duration::hours(h.into())),
            worker_idle: parse_positive(&var, "SHIEN_WORKER_IDLE_DAYS")?
                .map_or(defaults.worker_idle, |d| chrono::Duration::days(d.into())),
            public_url: match var("SHIEN_PUBLIC_URL").filter(|u| !u.trim().is_empty()) {
                None => None,
                Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
                    Some(url.trim().trim_end_matches('/').to_owned())
                }
                Some(url) => {
                    return Err(ConfigError::Invalid {
                        name: "SHIEN_PUBLIC_URL",
                        value: url,
                        expected: "an address such as https://shien.example.jp",
                    });
                }
            },
            secure: secure_cookies,
            trust_proxy: parse_bool(&var, "SHIEN_TRUST_PROXY")?.unwrap_or(false),
        };
        // Served over https is production: there an invitation link must never follow the
        // request's `Host` header, which whoever sends the request chooses (issue 17).
        if auth.secure && auth.public_url.is_none() {
            return Err(ConfigError::Required {
                name: "SHIEN_PUBLIC_URL",
                because: "when SHIEN_SECURE_COOKIES is on (the address invitation links use)",
            });
        }

        let site_root = var("LEPTOS_SITE_ROOT").unwrap_or_else(|| "target/site".to_owned());
        let hash_files = match parse_bool(&var, "LEPTOS_HASH_FILES")? {
            Some(hash) => hash,
            // Run directly (not by cargo-leptos): hashed names exist if the build wrote them.
            None => hash_file_beside_binary(),
        };
        let leptos = LeptosOptions::builder()
            .output_name(OUTPUT_NAME)
            .site_root(site_root.as_str())
            .site_pkg_dir("pkg")
            .site_addr(addr)
            .hash_files(hash_files)
            .build();

        Ok(Self {
            addr,
            database_url: var("DATABASE_URL")
                .unwrap_or_else(|| "sqlite://data/shien.db".to_owned()),
            db_max_connections,
            upload_dir: var("SHIEN_UPLOAD_DIR")
                .unwrap_or_else(|| "data/uploads".to_owned())
                .into(),
            upload_max_bytes: parse_positive(&var, "SHIEN_UPLOAD_MAX_MB")?
                .map_or(DEFAULT_MAX_BYTES, |mb| u64::from(mb) * 1024 * 1024),
            s3: s3_settings(&var)?,
            interviews: interview_settings(&var)?,
            mail: mail::mail_config(&var)?,
            secure_cookies,
            demo_data,
            auth,
            limits: time_limits(&var)?,
            leptos,
        })
    }

    /// The store uploads go to, with their limits: the bucket when one is configured, else
    /// the folder (created when missing).
    pub fn documents(&self) -> Result<UploadSettings, StorageError> {
        let storage = match &self.s3 {
            Some(s3) => Storage::s3(s3)?,
            None => Storage::local(&self.upload_dir)?,
        };
        Ok(UploadSettings::new(storage, self.upload_max_bytes))
    }

    /// Where uploads go, for logs and errors (never a secret).
    pub fn upload_place(&self) -> String {
        match &self.s3 {
            Some(s3) => format!(
                "s3://{} ({})",
                s3.bucket,
                s3.endpoint.as_deref().unwrap_or("AWS")
            ),
            None => self.upload_dir.display().to_string(),
        }
    }

    /// The folder cargo-leptos writes the wasm, JS and CSS into.
    pub fn pkg_dir(&self) -> PathBuf {
        PathBuf::from(self.leptos.site_root.as_ref()).join(self.leptos.site_pkg_dir.as_ref())
    }
}

/// The bucket settings, when `SHIEN_S3_BUCKET` is set.
fn s3_settings(var: &impl Fn(&str) -> Option<String>) -> Result<Option<S3Settings>, ConfigError> {
    let set = |name| {
        var(name)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let Some(bucket) = set("SHIEN_S3_BUCKET") else {
        return Ok(None);
    };
    let endpoint = set("SHIEN_S3_ENDPOINT");
    if let Some(url) = &endpoint
        && !(url.starts_with("https://") || url.starts_with("http://"))
    {
        return Err(ConfigError::Invalid {
            name: "SHIEN_S3_ENDPOINT",
            value: url.clone(),
            expected: "an address such as https://s3.example.jp",
        });
    }
    Ok(Some(S3Settings {
        bucket,
        region: set("SHIEN_S3_REGION").unwrap_or_else(|| "ap-northeast-1".to_owned()),
        endpoint,
        access_key_id: set("SHIEN_S3_ACCESS_KEY_ID"),
        secret_access_key: set("SHIEN_S3_SECRET_ACCESS_KEY"),
    }))
}

fn parse_bool(
    var: &impl Fn(&str) -> Option<String>,
    name: &'static str,
) -> Result<Option<bool>, ConfigError> {
    match var(name).as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some("1" | "true" | "yes" | "on") => Ok(Some(true)),
        Some("0" | "false" | "no" | "off") => Ok(Some(false)),
        Some(other) => Err(ConfigError::Invalid {
            name,
            value: other.to_owned(),
            expected: "true or false",
        }),
    }
}

/// The interview booking windows: whole hours from 0 to 30 days.
fn interview_settings(
    var: &impl Fn(&str) -> Option<String>,
) -> Result<InterviewSettings, ConfigError> {
    let hours = |name: &'static str, default: u32| match var(name).as_deref().map(str::trim) {
        None | Some("") => Ok(default),
        Some(v) => v
            .parse()
            .ok()
            .filter(|h| *h <= InterviewSettings::MAX_HOURS)
            .ok_or(ConfigError::Invalid {
                name,
                value: v.to_owned(),
                expected: "whole hours from 0 to 720",
            }),
    };
    let default = InterviewSettings::default();
    Ok(InterviewSettings {
        notice_hours: hours("SHIEN_INTERVIEW_NOTICE_HOURS", default.notice_hours)?,
        cutoff_hours: hours("SHIEN_INTERVIEW_CUTOFF_HOURS", default.cutoff_hours)?,
        recording_max_bytes: parse_positive(var, "SHIEN_RECORDING_MAX_MB")?
            .map_or(default.recording_max_bytes, |mb| {
                u64::from(mb) * 1024 * 1024
            }),
    })
}

/// How long a request may take: whole seconds from 1 to an hour.
fn time_limits(var: &impl Fn(&str) -> Option<String>) -> Result<TimeLimits, ConfigError> {
    let seconds = |name: &'static str, default: u64| match var(name).as_deref().map(str::trim) {
        None | Some("") => Ok(Duration::from_secs(default)),
        Some(v) => v
            .parse()
            .ok()
            .filter(|s| (1..=3600).contains(s))
            .map(Duration::from_secs)
            .ok_or(ConfigError::Invalid {
                name,
                value: v.to_owned(),
                expected: "whole seconds from 1 to 3600",
            }),
    };
    Ok(TimeLimits {
        request: seconds(
            "SHIEN_REQUEST_TIMEOUT_SECONDS",
            TimeLimits::DEFAULT_REQUEST_SECS,
        )?,
        transfer: seconds(
            "SHIEN_TRANSFER_TIMEOUT_SECONDS",
            TimeLimits::DEFAULT_TRANSFER_SECS,
        )?,
        headers: seconds(
            "SHIEN_HEADER_TIMEOUT_SECONDS",
            TimeLimits::DEFAULT_HEADER_SECS,
        )?,
    })
}

/// A whole number above 0, if set.
fn parse_positive(
    var: &impl Fn(&str) -> Option<String>,
    name: &'static str,
) -> Result<Option<u32>, ConfigError> {
    match var(name).as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => v
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .map(Some)
            .ok_or(ConfigError::Invalid {
                name,
                value: v.to_owned(),
                expected: "a whole number above 0",
            }),
    }
}

fn hash_file_beside_binary() -> bool {
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("hash.txt")))
        .is_some_and(|file| file.exists())
}

#[cfg(test)]
mod tests;
