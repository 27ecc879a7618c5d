//! On SQLite and PostgreSQL.

use super::*;
use crate::db::fetch;
use crate::{db::testing::each_backend, demo};

async fn worker_and_user(db: &Db) -> (OrganizationId, WorkerId, UserId) {
    demo::seed(db).await.expect("demo data");
    fetch!(
        one(OrganizationId, WorkerId, UserId),
        db,
        "SELECT w.organization_id, w.id, u.id FROM workers w JOIN users u ON u.id = w.user_id
         WHERE u.login_id = 'an.nguyen'",
    )
    .expect("an.nguyen")
}

fn file<'a>(side: &'a str, key: &'a str, thumb: Option<&'a str>) -> NewFile<'a> {
    NewFile {
        side,
        storage_key: key,
        thumbnail_key: thumb,
        content_type: "image/jpeg",
        size_bytes: 1234,
        sha256: "ab",
        width: Some(1200),
        height: Some(1600),
    }
}

#[tokio::test]
async fn a_submission_is_written_with_its_files_and_their_keys_are_known() {
    for test in each_backend().await {
        let db = &test.db;
        let (org, worker, user) = worker_and_user(db).await;
        let files = [
            file("front", "files/a", Some("files/a-thumb")),
            file("back", "files/b", Some("files/b-thumb")),
        ];
        let mut tx = db.begin().await.expect("begin");
        let id = insert_submission(
            &mut tx,
            &NewSubmission {
                organization_id: org,
                worker_id: worker,
                kind: "residence_card",
                uploaded_by: user,
                files: &files,
            },
        )
        .await
        .expect("insert");
        tx.commit().await.expect("commit");
        let rows = for_worker(db, org, worker).await.expect("list");
        assert_eq!(rows.len(), 1);
        assert_eq!(
            (
                rows[0].id,
                rows[0].kind.as_str(),
                rows[0].status.as_str(),
                rows[0].files
            ),
            (id, "residence_card", "waiting_for_review", 2)
        );
        let keys = referenced_keys(db).await.expect("keys");
        let expected: HashSet<String> = ["files/a", "files/a-thumb", "files/b", "files/b-thumb"]
            .into_iter()
            .map(str::to_owned)
            .collect();
        assert_eq!(keys, expected);
        test.drop_db().await;
    }
}

#[tokio::test]
async fn a_failed_file_row_leaves_no_submission() {
    for test in each_backend().await {
        let db = &test.db;
        let (org, worker, user) = worker_and_user(db).await;
        // Two files for the same side: the unique constraint refuses the second, and the
        // transaction takes the submission with it.
        let files = [
            file("front", "files/x", None),
            file("front", "files/y", None),
        ];
        let mut tx = db.begin().await.expect("begin");
        let result = insert_submission(
            &mut tx,
            &NewSubmission {
                organization_id: org,
                worker_id: worker,
                kind: "passport",
                uploaded_by: user,
                files: &files,
            },
        )
        .await;
        assert!(result.is_err());
        drop(tx);
        assert!(for_worker(db, org, worker).await.expect("list").is_empty());
        assert!(referenced_keys(db).await.expect("keys").is_empty());
        test.drop_db().await;
    }
}
