//! The e-mail outbox. A notification for a user with an address gets an outbox row in
//! the same transaction (`db::notify`); a background task (`server::jobs`) sends due rows
//! here, so a slow or broken mail server never slows a request and never loses a message.
//!
//! A row is claimed before it is sent (a lease), so two server instances never send the
//! same one at once; a failed attempt is retried later, with a growing pause, up to
//! [`MAX_ATTEMPTS`]. The mail is put into words at sending time, in the recipient's
//! language. Without an SMTP server configured, pending rows are marked `unsent` with the
//! reason, and nothing is sent.

use std::time::Duration;

use chrono::{DateTime, Utc};
use leptos_i18n::td_string;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor, message::Mailbox};
use uuid::Uuid;

use crate::notifications::{Notice, labels::sentence};
use crate::{
    db::{Db, execute, fetch, on_db},
    i18n::Locale,
};

/// After this many failed attempts a row is given up (`failed`, with the last error).
pub const MAX_ATTEMPTS: i32 = 8;
/// How long a claimed row is left to its sender before another may take it.
const LEASE: Duration = Duration::from_secs(120);
/// Rows sent per run; the rest wait for the next.
const BATCH: i64 = 50;
/// The longest an SMTP exchange may take.
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);
/// What an outbox row says when no SMTP server is configured.
pub const NO_SMTP: &str = "no SMTP server is configured (SHIEN_SMTP_URL)";

/// Sends mail through one SMTP server.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// The portal's address, for the link in each mail.
    public_url: String,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("from", &self.from.to_string())
            .field("public_url", &self.public_url)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("SMTP server address: {0}")]
    Url(String),
    #[error("sender address {0:?} is not an e-mail address")]
    From(String),
}

impl Mailer {
    /// `smtp_url` as lettre reads it: `smtp://host:25`, `smtp://user:pass@host:587?tls=required`
    /// or `smtps://user:pass@host:465`.
    pub fn new(smtp_url: &str, from: &str, public_url: &str) -> Result<Self, MailError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .map_err(|e| MailError::Url(e.to_string()))?
            .timeout(Some(SMTP_TIMEOUT))
            .build();
        let from = from
            .parse::<Mailbox>()
            .map_err(|_| MailError::From(from.to_owned()))?;
        Ok(Self {
            transport,
            from,
            public_url: public_url.trim_end_matches('/').to_owned(),
        })
    }
}

/// What one run did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OutboxRun {
    pub sent: usize,
    /// Failed this time, to be tried again later.
    pub retried: usize,
    /// Failed for the last time.
    pub failed: usize,
    /// Marked unsent: no SMTP server.
    pub unsent: u64,
}

/// The pause after `attempts` failed attempts: 2, 4, 8 … minutes, at most 6 hours.
pub fn backoff(attempts: i32) -> chrono::Duration {
    let minutes = 1_i64 << attempts.clamp(0, 9);
    chrono::Duration::minutes(minutes.min(6 * 60))
}

/// Sends what is due as of `now`; without a mailer, marks what is pending as unsent.
pub async fn deliver_due(
    db: &Db,
    mailer: Option<&Mailer>,
    now: DateTime<Utc>,
) -> Result<OutboxRun, sqlx::Error> {
    let Some(mailer) = mailer else {
        let unsent = mark_unsent(db).await?;
        return Ok(OutboxRun {
            unsent,
            ..OutboxRun::default()
        });
    };
    let mut run = OutboxRun::default();
    for id in due(db, now).await? {
        if !claim(db, id, now).await? {
            continue; // another instance has it
        }
        let Some(mail) = load(db, id).await? else {
            continue;
        };
        match send(mailer, &mail).await {
            Ok(()) => {
                sent(db, id, Utc::now()).await?;
                run.sent += 1;
            }
            Err(error) => {
                tracing::warn!(%error, outbox = %id, attempt = mail.attempts + 1, "an e-mail could not be sent");
                let attempts = mail.attempts + 1;
                let next = Utc::now() + backoff(attempts);
                let last = attempts >= MAX_ATTEMPTS;
                attempt_failed(db, id, last, next, &error).await?;
                if last {
                    run.failed += 1;
                } else {
                    run.retried += 1;
                }
            }
        }
    }
    Ok(run)
}

async fn mark_unsent(db: &Db) -> Result<u64, sqlx::Error> {
    execute!(
        db,
        "UPDATE email_outbox SET status = 'unsent', last_error = $1 WHERE status = 'pending'",
        NO_SMTP,
    )
}

async fn due(db: &Db, now: DateTime<Utc>) -> Result<Vec<Uuid>, sqlx::Error> {
    on_db!(db, pool => {
        sqlx::query_scalar::<_, Uuid>(
            "SELECT id FROM email_outbox
             WHERE status = 'pending' AND next_attempt_at <= $1
               AND (claimed_until IS NULL OR claimed_until < $1)
             ORDER BY next_attempt_at, id
             LIMIT $2",
        )
        .bind(now)
        .bind(BATCH)
        .fetch_all(pool)
        .await
    })
}

/// Takes the row for this sender; `false` when another sender holds it.
async fn claim(db: &Db, id: Uuid, now: DateTime<Utc>) -> Result<bool, sqlx::Error> {
    let until = now + chrono::Duration::from_std(LEASE).unwrap_or_default();
    let done = execute!(
        db,
        "UPDATE email_outbox SET claimed_until = $2
         WHERE id = $1 AND status = 'pending'
           AND (claimed_until IS NULL OR claimed_until < $3)",
        id,
        until,
        now,
    )?;
    Ok(done == 1)
}

async fn sent(db: &Db, id: Uuid, at: DateTime<Utc>) -> Result<(), sqlx::Error> {
    execute!(
        db,
        "UPDATE email_outbox
         SET status = 'sent', sent_at = $2, attempts = attempts + 1, claimed_until = NULL,
             last_error = NULL
         WHERE id = $1",
        id,
        at,
    )
    .map(|_| ())
}

async fn attempt_failed(
    db: &Db,
    id: Uuid,
    last: bool,
    next: DateTime<Utc>,
    error: &str,
) -> Result<(), sqlx::Error> {
    let status = if last { "failed" } else { "pending" };
    execute!(
        db,
        "UPDATE email_outbox
         SET status = $2, attempts = attempts + 1, next_attempt_at = $3, last_error = $4,
             claimed_until = NULL
         WHERE id = $1",
        id,
        status,
        next,
        error,
    )
    .map(|_| ())
}

/// One row as the sender needs it.
#[derive(Debug, sqlx::FromRow)]
struct MailRow {
    to_address: String,
    attempts: i32,
    params: String,
    link: String,
    locale: String,
}

async fn load(db: &Db, id: Uuid) -> Result<Option<MailRow>, sqlx::Error> {
    fetch!(optional MailRow, db,
        "SELECT o.to_address, o.attempts, n.params, n.link,
                COALESCE(w.preferred_locale, u.preferred_locale) AS locale
         FROM email_outbox o
         JOIN notifications n ON n.id = o.notification_id
         JOIN users u ON u.id = n.user_id
         LEFT JOIN workers w ON w.user_id = u.id
         WHERE o.id = $1",
        id,
    )
}

/// The mail's subject and text, in the recipient's language.
pub fn compose(locale: Locale, notice: &Notice, url: &str) -> (String, String) {
    let app = td_string!(locale, app_name).to_string();
    let text = sentence(locale, notice);
    let open = td_string!(locale, notifications.mail_open, url).to_string();
    let footer = td_string!(locale, notifications.mail_footer).to_string();
    (
        format!("[{app}] {text}"),
        format!("{text}\n\n{open}\n\n-- \n{footer}\n"),
    )
}

/// Sends one mail; the error as text, for the row.
async fn send(mailer: &Mailer, row: &MailRow) -> Result<(), String> {
    let notice: Notice =
        serde_json::from_str(&row.params).map_err(|e| format!("unreadable notice: {e}"))?;
    let locale = row.locale.parse::<Locale>().unwrap_or_default();
    let url = format!("{}{}", mailer.public_url, row.link);
    let (subject, body) = compose(locale, &notice, &url);
    let to = row
        .to_address
        .parse::<Mailbox>()
        .map_err(|e| format!("recipient {}: {e}", row.to_address))?;
    let message = Message::builder()
        .from(mailer.from.clone())
        .to(to)
        .subject(subject)
        .header(lettre::message::header::ContentType::TEXT_PLAIN)
        .body(body)
        .map_err(|e| format!("message: {e}"))?;
    mailer
        .transport
        .send(message)
        .await
        .map(|_| ())
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests;
