//! On SQLite and PostgreSQL, with files in a real local store.

use chrono::{Months, Utc};

use super::*;
use crate::db::{execute, fetch, on_db};
use crate::{
    db::testing::each_backend,
    demo,
    documents::db::{NewFile, NewSubmission, insert_submission},
    domain::{UserId, WorkerId},
};
use uuid::Uuid;

/// A worker of the demo data, their organization and user.
async fn worker(db: &Db, login: &str) -> (OrganizationId, WorkerId, UserId) {
    fetch!(
        one(OrganizationId, WorkerId, UserId),
        db,
        "SELECT w.organization_id, w.id, u.id FROM workers w JOIN users u ON u.id = w.user_id
         WHERE u.login_id = $1",
        login,
    )
    .expect("worker")
}

async fn set_ended(db: &Db, worker_id: WorkerId, ended_on: NaiveDate) {
    execute!(
        db,
        "UPDATE workers SET contract_ended_on = $1, employment_end_reason = 'resigned' WHERE id = $2",
        ended_on,
        worker_id,
    )
    .map(|_| ())
    .expect("contract end");
}

/// One stored passport photo for the worker; returns its key.
async fn stored_document(db: &Db, storage: &Storage, login: &str) -> String {
    let (org, worker_id, user) = worker(db, login).await;
    let key = storage
        .put_bytes(b"pretend photo".to_vec())
        .await
        .expect("store");
    let files = [NewFile {
        side: "front",
        storage_key: &key,
        thumbnail_key: None,
        content_type: "image/jpeg",
        size_bytes: 13,
        sha256: "00",
        width: None,
        height: None,
    }];
    let mut tx = db.begin().await.expect("begin");
    insert_submission(
        &mut tx,
        &NewSubmission {
            organization_id: org,
            worker_id,
            kind: "passport",
            uploaded_by: user,
            files: &files,
        },
    )
    .await
    .expect("insert");
    tx.commit().await.expect("commit");
    key
}

#[tokio::test]
async fn documents_go_a_year_after_the_contract_ends_and_not_before() {
    for test in each_backend().await {
        let db = &test.db;
        demo::seed(db).await.expect("demo data");
        let dir = std::env::temp_dir().join(format!("shien-purge-{}", Uuid::now_v7().simple()));
        let storage = Storage::local(&dir).expect("storage");
        let today = Utc::now().date_naive();
        let long_ago = today - Months::new(13);
        let recently = today - Months::new(6);

        let old_key = stored_document(db, &storage, "an.nguyen").await;
        let kept_key = stored_document(db, &storage, "binh.tran").await;
        let current_key = stored_document(db, &storage, "siti.rahmawati").await;
        set_ended(db, worker(db, "an.nguyen").await.1, long_ago).await;
        set_ended(db, worker(db, "binh.tran").await.1, recently).await;

        // A dry run lists the one worker past retention and removes nothing.
        let listed = purge(db, &storage, today, true).await.expect("dry run");
        assert_eq!(listed.len(), 1);
        assert_eq!((listed[0].submissions, listed[0].files), (1, 1));
        assert!(storage.read(&old_key).await.is_ok());

        let purged = purge(db, &storage, today, false).await.expect("purge");
        assert_eq!(purged.len(), 1);
        assert_eq!(purged[0].worker_id, worker(db, "an.nguyen").await.1);
        assert_eq!(
            purged[0].retained_until,
            long_ago.checked_add_months(Months::new(12))
        );
        assert!(storage.read(&old_key).await.is_err(), "the file is gone");
        assert!(storage.read(&kept_key).await.is_ok(), "within retention");
        assert!(storage.read(&current_key).await.is_ok(), "still employed");
        let (left, audited): (i64, i64) = on_db!(db, pool => {
            sqlx::query_as(
                "SELECT (SELECT COUNT(*) FROM document_submissions),
                        (SELECT COUNT(*) FROM audit_log WHERE action = 'document.purged')",
            )
            .fetch_one(pool)
            .await
        })
        .expect("counts");
        assert_eq!((left, audited), (2, 1));
        // Nothing more to do the next day.
        assert!(
            purge(db, &storage, today, false)
                .await
                .expect("again")
                .is_empty()
        );
        let _ = std::fs::remove_dir_all(&dir);
        test.drop_db().await;
    }
}
