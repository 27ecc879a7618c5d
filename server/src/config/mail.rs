//! The e-mail and background-job settings: where notifications go out (`SHIEN_SMTP_URL`,
//! `SHIEN_MAIL_FROM`) and how often the jobs run (`SHIEN_JOBS_EVERY_SECONDS`).

use super::ConfigError;

/// How notifications leave by e-mail, and how often the background jobs run.
#[derive(Clone, Debug)]
pub struct MailConfig {
    /// The SMTP server, as lettre reads it (`smtp://…`, `smtps://…`); none: nothing is
    /// sent, and the outbox says so.
    pub smtp_url: Option<String>,
    /// The sender, e.g. `Shien <no-reply@shien.example.jp>`.
    pub from: String,
    /// Seconds between two runs of the reminders and the outbox (5 to 3600).
    pub jobs_every_seconds: u64,
}

pub const DEFAULT_FROM: &str = "Shien <no-reply@localhost>";
const DEFAULT_EVERY_SECONDS: u64 = 60;

pub fn mail_config(var: &impl Fn(&str) -> Option<String>) -> Result<MailConfig, ConfigError> {
    let set = |name| {
        var(name)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let smtp_url = set("SHIEN_SMTP_URL");
    if let Some(url) = &smtp_url
        && !(url.starts_with("smtp://") || url.starts_with("smtps://"))
    {
        return Err(ConfigError::Invalid {
            name: "SHIEN_SMTP_URL",
            value: redact_password(url),
            expected: "an address such as smtp://user:password@mail.example.jp:587?tls=required",
        });
    }
    let jobs_every_seconds =
        match set("SHIEN_JOBS_EVERY_SECONDS") {
            None => DEFAULT_EVERY_SECONDS,
            Some(text) => text.parse().ok().filter(|s| (5..=3600).contains(s)).ok_or(
                ConfigError::Invalid {
                    name: "SHIEN_JOBS_EVERY_SECONDS",
                    value: text,
                    expected: "whole seconds from 5 to 3600",
                },
            )?,
        };
    Ok(MailConfig {
        smtp_url,
        from: set("SHIEN_MAIL_FROM").unwrap_or_else(|| DEFAULT_FROM.to_owned()),
        jobs_every_seconds,
    })
}

/// The URL without its password, for errors and logs.
pub fn redact_password(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}
