//! The audit log's queries, on SQLite and PostgreSQL: the names a line needs are joined
//! whatever the entity, each filter keeps only its lines, another organization's lines
//! never appear, and a page view names the files it showed.

use chrono::{Duration, NaiveDate, Utc};
use serde_json::json;
use uuid::Uuid;

use super::{AuditFilter, AuditRecord, db};
use crate::{
    db::{AuditEntry, Db, fetch, testing::each_backend, write_audit},
    demo,
    domain::{AuditAction, DocumentKind, OrganizationId, UserId, WorkerId, tokyo},
};

struct Demo {
    org: OrganizationId,
    staff: UserId,
    worker: WorkerId,
    worker_user: UserId,
    other_worker: WorkerId,
}

async fn demo_people(db: &Db) -> Demo {
    demo::seed(db).await.expect("demo data");
    let user = |login: &'static str| async move {
        fetch!(
            one(OrganizationId, WorkerId, UserId),
            db,
            "SELECT w.organization_id, w.id, u.id FROM workers w JOIN users u ON u.id = w.user_id
             WHERE u.login_id = $1",
            login,
        )
        .expect(login)
    };
    let (org, worker, worker_user) = user("an.nguyen").await;
    let (_, other_worker, _) = user("binh.tran").await;
    let staff = fetch!(
        scalar UserId,
        db,
        "SELECT id FROM users WHERE email = 'tanaka@sakura-support.example'",
    )
    .expect("tanaka");
    Demo {
        org,
        staff,
        worker,
        worker_user,
        other_worker,
    }
}

/// Writes one row at `at` (the writer stamps now; the test moves it).
async fn row(
    db: &Db,
    org: OrganizationId,
    actor: Option<UserId>,
    action: AuditAction,
    entity: &str,
    entity_id: Uuid,
    detail: serde_json::Value,
) {
    let mut tx = db.begin().await.expect("begin");
    write_audit(
        &mut tx,
        AuditEntry {
            organization_id: Some(org),
            actor_user_id: actor,
            action,
            entity,
            entity_id: Some(entity_id),
            detail,
            ip: None,
        },
    )
    .await
    .expect("audit row");
    tx.commit().await.expect("commit");
}

async fn passport_of(db: &Db, d: &Demo) -> Uuid {
    let id = Uuid::now_v7();
    crate::execute!(db,
        "INSERT INTO document_submissions (id, organization_id, worker_id, kind, status, uploaded_by, created_at, updated_at)
         VALUES ($1, $2, $3, 'passport', 'waiting_for_review', $4, $5, $5)",
        id, d.org, d.worker, d.worker_user, Utc::now(),
    )
    .expect("a passport");
    id
}

#[tokio::test]
async fn lines_name_who_whose_record_and_which_and_filter_by_person_worker_action_and_dates() {
    for test in each_backend().await {
        let db = &test.db;
        let d = demo_people(db).await;
        let before = db::lines(db, d.org, &AuditFilter::default())
            .await
            .expect("lines");
        let passport = passport_of(db, &d).await;
        let staff = Some(d.staff);
        row(
            db,
            d.org,
            staff,
            AuditAction::DocumentAccepted,
            "document",
            passport,
            json!({}),
        )
        .await;
        let viewed = AuditAction::DocumentsViewed;
        row(
            db,
            d.org,
            staff,
            viewed,
            "worker",
            d.other_worker.uuid(),
            json!({}),
        )
        .await;
        let worker_user = d.worker_user.uuid();
        row(
            db,
            d.org,
            Some(d.worker_user),
            AuditAction::SignedIn,
            "user",
            worker_user,
            json!({}),
        )
        .await;
        // A record that is gone: the line stays, without a name.
        row(
            db,
            d.org,
            staff,
            AuditAction::DocumentViewed,
            "document",
            Uuid::now_v7(),
            json!({}),
        )
        .await;

        let all = db::lines(db, d.org, &AuditFilter::default())
            .await
            .expect("lines");
        assert_eq!(all.len(), before.len() + 4, "{:?}", test.postgres_name());
        let gone = &all[0];
        assert_eq!(
            (gone.action.as_str(), &gone.subject, &gone.record),
            ("document.viewed", &None, &None)
        );
        assert_eq!(
            all[1].subject.as_deref(),
            Some("NGUYEN VAN AN"),
            "her account's line"
        );
        assert_eq!(all[2].subject.as_deref(), Some("TRAN THI BINH"));
        let accepted = &all[3];
        assert_eq!(
            (
                accepted.actor.as_deref(),
                accepted.subject.as_deref(),
                &accepted.record
            ),
            (
                Some("田中 健"),
                Some("NGUYEN VAN AN"),
                &Some(AuditRecord::Document(DocumentKind::Passport))
            )
        );

        let only = |filter: AuditFilter| async move {
            let lines = db::lines(db, d.org, &filter).await.expect("lines");
            lines.into_iter().map(|l| l.action).collect::<Vec<_>>()
        };
        // By person: what she did (her sign-ins, the demo's included).
        let by_her = only(AuditFilter {
            person: Some(d.worker_user),
            ..Default::default()
        })
        .await;
        assert!(
            !by_her.is_empty() && by_her.iter().all(|a| a == "auth.signed_in"),
            "{by_her:?}"
        );
        // By record: her account's lines and her documents', not another worker's.
        let hers = only(AuditFilter {
            worker: Some(d.worker),
            ..Default::default()
        })
        .await;
        assert_eq!(
            &hers[..2],
            ["auth.signed_in", "document.accepted"],
            "{hers:?}"
        );
        assert!(!hers.contains(&"documents.viewed".to_owned()), "{hers:?}");
        let both = only(AuditFilter {
            person: staff,
            worker: Some(d.other_worker),
            action: Some(viewed),
            ..Default::default()
        })
        .await;
        assert_eq!(both, ["documents.viewed"]);
        // By Japan dates: today holds them all, yesterday none of today's.
        let today = tokyo::date(Utc::now());
        let yesterday = today - Duration::days(1);
        let on = |from: NaiveDate, to: NaiveDate| AuditFilter {
            person: staff,
            from: Some(from),
            to: Some(to),
            ..Default::default()
        };
        assert_eq!(only(on(today, today)).await.len(), 3);
        assert!(only(on(yesterday, yesterday)).await.is_empty());

        // Another organization's log shows none of this one's, whatever the filter.
        let other = OrganizationId::new_v7();
        crate::execute!(db,
            "INSERT INTO organizations (id, slug, name, created_at, updated_at) VALUES ($1, 'other', 'もみじ', $2, $2)",
            other, Utc::now(),
        )
        .expect("another organization");
        for filter in [
            AuditFilter::default(),
            AuditFilter {
                worker: Some(d.worker),
                ..Default::default()
            },
            AuditFilter {
                person: staff,
                ..Default::default()
            },
        ] {
            assert!(
                db::lines(db, other, &filter)
                    .await
                    .expect("lines")
                    .is_empty()
            );
        }
        test.drop_db().await;
    }
}

#[tokio::test]
async fn a_page_view_names_the_files_it_showed_to_its_viewer_only_for_a_while() {
    for test in each_backend().await {
        let db = &test.db;
        let d = demo_people(db).await;
        let (shown, other) = (Uuid::now_v7(), Uuid::now_v7());
        let worker = d.worker.uuid();
        let detail = json!({ "files": [shown] });
        row(
            db,
            d.org,
            Some(d.staff),
            AuditAction::DocumentsViewed,
            "worker",
            worker,
            detail,
        )
        .await;
        let since = Utc::now() - Duration::minutes(30);
        let named = |actor: UserId, file: Uuid, since| {
            db::named_by_page_view(db, d.org, actor, since, file)
        };
        assert!(named(d.staff, shown, since).await.expect("query"));
        assert!(
            !named(d.staff, other, since).await.expect("query"),
            "a file it did not show"
        );
        assert!(
            !named(d.worker_user, shown, since).await.expect("query"),
            "someone else's view"
        );
        let later = Utc::now() + Duration::seconds(1);
        assert!(
            !named(d.staff, shown, later).await.expect("query"),
            "a view too long ago"
        );
        // A file's own view row names it too, but is no page: it covers nothing.
        let detail = json!({ "file_id": other });
        row(
            db,
            d.org,
            Some(d.staff),
            AuditAction::DocumentViewed,
            "document",
            other,
            detail,
        )
        .await;
        assert!(!named(d.staff, other, since).await.expect("query"));
        test.drop_db().await;
    }
}
