//! A reply and a status change are one transaction with their notices and audit row: when
//! a notice cannot be written (as with a full disk), neither the message, the new status
//! nor the audit row is left behind. On SQLite and PostgreSQL.

use app::db::Db;
use axum::http::StatusCode;
use uuid::Uuid;

use crate::support::{BACKENDS, TestServer, start_on};

impl TestServer {
    /// From now on, no notification can be written.
    async fn refuse_notifications(&self) {
        match &self.state.db {
            Db::Sqlite(pool) => {
                sqlx::query(
                    "CREATE TRIGGER no_room BEFORE INSERT ON notifications
                     BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END",
                )
                .execute(pool)
                .await
                .expect("trigger");
            }
            Db::Postgres(pool) => {
                sqlx::query(
                    "CREATE FUNCTION no_room() RETURNS trigger LANGUAGE plpgsql AS
                     $$ BEGIN RAISE EXCEPTION 'could not extend file: no space left'; END $$",
                )
                .execute(pool)
                .await
                .expect("function");
                sqlx::query(
                    "CREATE TRIGGER no_room BEFORE INSERT ON notifications
                     FOR EACH ROW EXECUTE FUNCTION no_room()",
                )
                .execute(pool)
                .await
                .expect("trigger");
            }
        }
    }

    /// What a failed change must leave as it was: (messages, status, version, audit rows
    /// about the thread).
    async fn thread_state(&self, id: Uuid) -> (i64, String, i64, i64) {
        (
            self.scalar_about(
                "SELECT COUNT(*) FROM consultation_messages WHERE consultation_id = $1",
                id,
            )
            .await,
            self.scalar_about("SELECT status FROM consultations WHERE id = $1", id)
                .await,
            self.scalar_about("SELECT version FROM consultations WHERE id = $1", id)
                .await,
            self.scalar_about("SELECT COUNT(*) FROM audit_log WHERE entity_id = $1", id)
                .await,
        )
    }
}

#[tokio::test]
async fn a_reply_or_a_resolution_whose_notice_fails_leaves_nothing_behind() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let maria = server.demo("maria.santos").await;
        let staff = server.demo("tanaka@sakura-support.example").await;
        let id = server
            .open_consultation(&maria, "wages", false, "Kulang ang sahod ko.", None)
            .await;
        let before = server.thread_state(id).await;
        assert_eq!(before.0, 1);
        assert_eq!(before.1, "waiting");
        server.refuse_notifications().await;

        let response = server
            .reply(&staff, id, "Tatawagan namin ang kompanya.")
            .await;
        assert_eq!(
            response.status(),
            StatusCode::INTERNAL_SERVER_ERROR,
            "{backend:?}"
        );
        assert_eq!(server.thread_state(id).await, before, "{backend:?}: reply");

        let today = app::locale::today_in_japan().to_string();
        let body = crate::consultations::resolve_form(
            id,
            before.2,
            &today,
            "The company paid on 25 November.",
        );
        let response = server
            .call("resolve_consultation", &body, Some(&staff))
            .await;
        assert_eq!(
            response.status(),
            StatusCode::INTERNAL_SERVER_ERROR,
            "{backend:?}"
        );
        assert_eq!(
            server.thread_state(id).await,
            before,
            "{backend:?}: resolution"
        );
        server.stop().await;
    }
}
