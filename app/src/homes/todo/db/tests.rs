//! A company's supervisor interviews due, on SQLite and PostgreSQL: its own workers only,
//! within the horizon (overdue included), each with its booking's start if booked.

use chrono::{Days, Duration, Utc};
use uuid::Uuid;

use super::*;
use crate::db::execute;
use crate::{
    db::testing::{
        demo_booking, demo_worker as worker, each_backend, set_supervisor_due as due_on,
    },
    demo,
    locale::today_in_japan,
};

#[tokio::test]
async fn a_company_sees_its_own_supervisor_interviews_due_soon_and_which_are_booked() {
    for test in each_backend().await {
        let db = &test.db;
        demo::seed(db).await.expect("demo data");
        let today = today_in_japan();
        let day = |n: i64| {
            if n < 0 {
                today - Days::new(n.unsigned_abs())
            } else {
                today + Days::new(n.unsigned_abs())
            }
        };
        execute!(
            db,
            "UPDATE workers SET supervisor_interview_due_on = $1",
            day(400)
        )
        .map(|_| ())
        .expect("nothing due");
        let (org, aozora, an) = worker(db, "an.nguyen").await;
        let (_, _, siti) = worker(db, "siti.rahmawati").await;
        let (_, _, maria) = worker(db, "maria.santos").await;
        let (_, other_company, binh) = worker(db, "binh.tran").await;
        assert_ne!(aozora, other_company);
        due_on(db, an, day(7)).await;
        due_on(db, maria, day(-3)).await;
        due_on(db, siti, day(2)).await;
        let starts_at = Utc::now() + Duration::days(3);
        demo_booking(db, org, siti, "supervisor", None, starts_at).await;
        due_on(db, binh, day(1)).await;

        let rows = supervisor_interviews_due(db, org, aozora, day(14))
            .await
            .expect("read");
        let listed: Vec<(WorkerId, NaiveDate, bool)> = rows
            .iter()
            .map(|r| (r.worker_id, r.due_on, r.booked_at.is_some()))
            .collect();
        // Soonest due first; siti's is booked; binh works elsewhere.
        assert_eq!(
            listed,
            [
                (maria, day(-3), false),
                (siti, day(2), true),
                (an, day(7), false)
            ]
        );
        let booked = rows[1].booked_at.expect("booked");
        assert!(
            (booked - starts_at).num_seconds().abs() <= 1,
            "{booked} {starts_at}"
        );
        assert_eq!(rows[2].worker_name, "NGUYEN VAN AN");
        // Another organization with the same company id sees nothing.
        let none = supervisor_interviews_due(
            db,
            OrganizationId::from_uuid(Uuid::new_v4()),
            aozora,
            day(14),
        )
        .await
        .expect("read");
        assert!(none.is_empty());
        test.drop_db().await;
    }
}
