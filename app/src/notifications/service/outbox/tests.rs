//! The outbox on SQLite and PostgreSQL, against a real SMTP server (aiosmtpd, started by
//! `scripts/test` on a local port, keeping each message in a Maildir): a mail server that
//! is down is retried later and nothing is lost; two senders never send one row twice;
//! without a server the rows say why nothing was sent.

use std::path::PathBuf;

use uuid::Uuid;

use super::*;
use crate::{
    db::{execute, fetch, on_db, testing::each_backend},
    demo,
    domain::{OrganizationId, UserId},
    notifications::db::{NewNotification, notify},
};

/// The SMTP test server (`SHIEN_TEST_SMTP_PORT`) and its Maildir
/// (`SHIEN_TEST_SMTP_MAILDIR`). Without them the test is skipped, except in CI.
fn smtp_sink() -> Option<(u16, PathBuf)> {
    let (Ok(port), Ok(dir)) = (
        std::env::var("SHIEN_TEST_SMTP_PORT"),
        std::env::var("SHIEN_TEST_SMTP_MAILDIR"),
    ) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "SHIEN_TEST_SMTP_PORT is not set: scripts/test starts the SMTP test server"
        );
        eprintln!("skipped: no SMTP test server (SHIEN_TEST_SMTP_PORT)");
        return None;
    };
    Some((port.parse().expect("a port"), PathBuf::from(dir)))
}

/// The messages in the Maildir addressed to `to`.
fn mails_to(maildir: &std::path::Path, to: &str) -> Vec<String> {
    let mut found = Vec::new();
    for sub in ["new", "cur"] {
        for entry in std::fs::read_dir(maildir.join(sub))
            .into_iter()
            .flatten()
            .flatten()
        {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            if text.contains(&format!("To: {to}")) {
                found.push(text);
            }
        }
    }
    found
}

/// A demo user given a fresh address (so this run's mail is told apart), and notified
/// `count` times.
async fn notified(db: &Db, login: &str, count: usize) -> String {
    let (org, user): (OrganizationId, UserId) = on_db!(db, pool => {
        sqlx::query_as("SELECT organization_id, id FROM users WHERE login_id = $1 OR email = $1")
            .bind(login)
            .fetch_one(pool)
            .await
    })
    .expect("a demo user");
    let address = format!("{}@mail.example", Uuid::now_v7().simple());
    execute!(
        db,
        "UPDATE users SET email = $2 WHERE id = $1",
        user,
        &address
    )
    .map(|_| ())
    .expect("address");
    for _ in 0..count {
        let mut tx = db.begin().await.expect("begin");
        notify(
            &mut tx,
            &NewNotification {
                organization_id: org,
                user_id: user,
                notice: &Notice::ConsultationReply,
                link: "/me/consultations",
                dedupe_key: None,
            },
        )
        .await
        .expect("notify");
        tx.commit().await.expect("commit");
    }
    address
}

async fn statuses(db: &Db) -> Vec<(String, i32)> {
    fetch!(
        all(String, i32),
        db,
        "SELECT status, attempts FROM email_outbox ORDER BY created_at, id",
    )
    .expect("outbox")
}

/// A port nothing listens on.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("address").port()
}

#[tokio::test]
async fn without_smtp_nothing_is_sent_and_the_outbox_says_so() {
    for test in each_backend().await {
        let db = &test.db;
        demo::seed(db).await.expect("demo data");
        notified(db, "maria.santos", 2).await;
        let run = deliver_due(db, None, Utc::now()).await.expect("run");
        assert_eq!(run.unsent, 2);
        let reasons: Vec<(String, Option<String>)> = on_db!(db, pool => {
            sqlx::query_as("SELECT status, last_error FROM email_outbox")
                .fetch_all(pool)
                .await
        })
        .expect("outbox");
        for (status, reason) in reasons {
            assert_eq!(status, "unsent");
            assert_eq!(reason.as_deref(), Some(NO_SMTP));
        }
        test.drop_db().await;
    }
}

#[tokio::test]
async fn a_down_server_is_retried_and_the_mail_arrives_once_in_the_readers_language() {
    let Some((port, maildir)) = smtp_sink() else {
        return;
    };
    for test in each_backend().await {
        let db = &test.db;
        demo::seed(db).await.expect("demo data");
        // maria.santos reads Tagalog.
        let address = notified(db, "maria.santos", 1).await;
        let now = Utc::now();
        let down = Mailer::new(
            &format!("smtp://127.0.0.1:{}", closed_port()),
            "Shien <no-reply@shien.example>",
            "https://shien.example",
        )
        .expect("mailer");
        let run = deliver_due(db, Some(&down), now).await.expect("run");
        assert_eq!((run.sent, run.retried), (0, 1));
        assert_eq!(statuses(db).await, [("pending".to_owned(), 1)]);
        let up = Mailer::new(
            &format!("smtp://127.0.0.1:{port}"),
            "Shien <no-reply@shien.example>",
            "https://shien.example",
        )
        .expect("mailer");
        // Not due again yet: the pause after a failure holds.
        let early = deliver_due(db, Some(&up), now).await.expect("run");
        assert_eq!(early.sent, 0);
        let later = now + backoff(1) + chrono::Duration::seconds(1);
        let run = deliver_due(db, Some(&up), later).await.expect("run");
        assert_eq!(run.sent, 1);
        assert_eq!(statuses(db).await, [("sent".to_owned(), 2)]);
        let again = deliver_due(db, Some(&up), later).await.expect("run");
        assert_eq!(again.sent, 0, "sent once");
        let mails = mails_to(&maildir, &address);
        assert_eq!(mails.len(), 1);
        let mail = &mails[0];
        assert!(
            mail.contains("Subject: [Shien] May sagot sa iyong konsultasyon."),
            "{mail}"
        );
        assert!(
            mail.contains("Buksan dito: https://shien.example/me/consultations"),
            "{mail}"
        );
        test.drop_db().await;
    }
}

#[tokio::test]
async fn two_senders_at_once_send_each_mail_once() {
    let Some((port, maildir)) = smtp_sink() else {
        return;
    };
    for test in each_backend().await {
        let db = &test.db;
        demo::seed(db).await.expect("demo data");
        let address = notified(db, "tanaka@sakura-support.example", 6).await;
        let mailer = Mailer::new(
            &format!("smtp://127.0.0.1:{port}"),
            "Shien <no-reply@shien.example>",
            "https://shien.example",
        )
        .expect("mailer");
        let now = Utc::now();
        let (a, b) = tokio::join!(
            deliver_due(db, Some(&mailer), now),
            deliver_due(db, Some(&mailer), now)
        );
        let (a, b) = (a.expect("first sender"), b.expect("second sender"));
        assert_eq!(a.sent + b.sent, 6, "{a:?} {b:?}");
        assert_eq!(mails_to(&maildir, &address).len(), 6);
        assert!(
            statuses(db)
                .await
                .iter()
                .all(|(s, n)| s == "sent" && *n == 1)
        );
        test.drop_db().await;
    }
}

#[test]
fn the_pause_grows_and_stops_at_six_hours() {
    assert_eq!(backoff(1), chrono::Duration::minutes(2));
    assert_eq!(backoff(2), chrono::Duration::minutes(4));
    assert_eq!(backoff(7), chrono::Duration::minutes(128));
    assert_eq!(backoff(30), chrono::Duration::hours(6));
}
