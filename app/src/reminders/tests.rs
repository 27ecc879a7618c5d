//! The reminder job on SQLite and PostgreSQL: each reminder once, however often and by
//! however many instances the job runs; a moved interview is reminded of again.

use chrono::{DateTime, Days, Duration, NaiveDate, Utc};
use uuid::Uuid;

use super::*;
use crate::db::{execute, fetch};
use crate::{
    db::{
        on_db,
        testing::{demo_booking, each_backend},
    },
    demo,
    domain::{BookingId, OrganizationId, UserId, WorkerId},
};

async fn scalar_about(db: &Db, sql: &str, id: impl Into<Uuid>) -> i64 {
    let id: Uuid = id.into();
    fetch!(scalar i64, db, sql, id).expect("query")
}

async fn user_of(db: &Db, login: &str) -> (OrganizationId, WorkerId, UserId) {
    fetch!(
        one(OrganizationId, WorkerId, UserId),
        db,
        "SELECT u.organization_id, w.id, u.id FROM users u JOIN workers w ON w.user_id = u.id
         WHERE u.login_id = $1",
        login,
    )
    .expect("a demo worker")
}

/// A slot starting at `starts_at`, booked by the worker.
async fn booked(
    db: &Db,
    org: OrganizationId,
    worker: WorkerId,
    user: UserId,
    starts_at: DateTime<Utc>,
) -> BookingId {
    demo_booking(db, org, worker, "worker", Some(user), starts_at).await
}

async fn set_card_expiry(db: &Db, worker: WorkerId, on: NaiveDate) {
    execute!(
        db,
        "UPDATE workers SET residence_card_expiry = $2 WHERE id = $1",
        worker,
        on,
    )
    .map(|_| ())
    .expect("card expiry");
}

#[tokio::test]
async fn each_reminder_is_written_once_across_runs_restarts_and_two_instances() {
    for test in each_backend().await {
        let db = &test.db;
        demo::seed(db).await.expect("demo data");
        let now = Utc::now();
        let today = tokyo::date(now);
        // No card in the demo expires soon, and no supervisor interview is due soon: only
        // what this test sets up is reminded of.
        execute!(
            db,
            "UPDATE workers SET residence_card_expiry = $1, supervisor_interview_due_on = $1",
            today + Days::new(400),
        )
        .map(|_| ())
        .expect("quiet demo");
        let (org, maria, maria_user) = user_of(db, "maria.santos").await;
        let (_, an, _) = user_of(db, "an.nguyen").await;
        let (_, siti, _) = user_of(db, "siti.rahmawati").await;
        let booking = booked(db, org, maria, maria_user, now + Duration::hours(3)).await;
        // Later than 24 hours: not yet.
        let (_, bishnu, bishnu_user) = user_of(db, "bishnu.gurung").await;
        booked(db, org, bishnu, bishnu_user, now + Duration::hours(30)).await;
        set_card_expiry(db, an, today + Days::new(60)).await;
        set_card_expiry(db, siti, today + Days::new(10)).await;
        execute!(
            db,
            "UPDATE workers SET supervisor_interview_due_on = $2 WHERE id = $1",
            an,
            today + Days::new(7),
        )
        .map(|_| ())
        .expect("supervisor due");

        // Two instances at the same moment, then a restart: the job runs three times.
        let (a, b) = tokio::join!(run(db, now), run(db, now));
        let (a, b) = (a.expect("first instance"), b.expect("second instance"));
        let again = run(db, now).await.expect("after a restart");
        let total = |r: ReminderRun| r.interviews + r.cards + r.supervisors;
        // maria's interview; an.nguyen's and siti's cards; an.nguyen's supervisor (one
        // user of 社会福祉法人あおぞら会).
        assert_eq!(
            (
                a.interviews + b.interviews,
                a.cards + b.cards,
                a.supervisors + b.supervisors
            ),
            (1, 2, 1),
            "{a:?} {b:?}"
        );
        assert_eq!(total(again), 0);
        let reminders: i64 = on_db!(db, pool => {
            sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE dedupe_key IS NOT NULL")
                .fetch_one(pool)
                .await
        })
        .expect("count");
        assert_eq!(reminders, 4);
        let audited: i64 = on_db!(db, pool => {
            sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'notification.reminded'")
                .fetch_one(pool)
                .await
        })
        .expect("count");
        assert_eq!(audited, 4, "one audit row per reminder");
        let soon = scalar_about(
            db,
            "SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND kind = 'interview_soon'",
            maria_user,
        )
        .await;
        assert_eq!(soon, 1);
        // siti's card: within 2 weeks, so the 2-week reminder (not the 3-month one).
        let siti_keys = scalar_about(
            db,
            "SELECT COUNT(*) FROM notifications n JOIN workers w ON w.user_id = n.user_id
             WHERE w.id = $1 AND n.dedupe_key LIKE 'card_expiring_2w:%'",
            siti,
        )
        .await;
        assert_eq!(siti_keys, 1);

        // The interview is moved to a later time still within 24 hours: a new reminder.
        execute!(
            db,
            "UPDATE interview_slots SET starts_at = $2, ends_at = $3
             WHERE id = (SELECT slot_id FROM interview_bookings WHERE id = $1)",
            booking,
            now + Duration::hours(5),
            now + Duration::hours(5) + Duration::minutes(30),
        )
        .map(|_| ())
        .expect("move");
        let moved = run(db, now).await.expect("after the move");
        assert_eq!(moved.interviews, 1);
        // A day later an.nguyen's card is within 2 weeks too: its second reminder.
        let later = run(db, now + Duration::days(47))
            .await
            .expect("weeks later");
        assert_eq!(later.cards, 1, "{later:?}");
        test.drop_db().await;
    }
}
