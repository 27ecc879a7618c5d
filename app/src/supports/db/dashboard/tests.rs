//! On SQLite and PostgreSQL: an interview's live booking comes with its line, in the same
//! query, and the counts per company take a booked interview out of "overdue"; a
//! cancelled or held booking is no booking.

use chrono::{Days, NaiveTime};

use super::*;
use crate::db::execute;
use crate::{
    db::testing::{
        demo_booking, demo_worker as worker, each_backend, set_supervisor_due as supervisor_due,
    },
    demo,
    domain::{BookingId, CompanyId, tokyo},
    locale::today_in_japan,
};

async fn set_status(db: &Db, booking: BookingId, status: &str) {
    execute!(
        db,
        "UPDATE interview_bookings SET status = $2 WHERE id = $1",
        booking,
        status,
    )
    .map(|_| ())
    .expect("booking status");
}

/// The company's line among the counts.
fn of(rows: &[CountRow], company: CompanyId) -> (i64, i64, i64) {
    rows.iter()
        .find(|r| r.company_id == company)
        .map_or((0, 0, 0), |r| (r.overdue, r.booked, r.total))
}

#[tokio::test]
async fn a_booked_interview_comes_with_its_start_and_is_not_counted_overdue() {
    for test in each_backend().await {
        let db = &test.db;
        demo::seed(db).await.expect("demo data");
        let today = today_in_japan();
        let until = today + Days::new(14);
        let all = Filter::default();
        // Demo: binh.tran's interview (support 10) is 3 days overdue.
        let (org, company, binh) = worker(db, "binh.tran").await;
        supervisor_due(db, binh, today - Days::new(2)).await;
        let interview_line = |rows: &[DueRow]| {
            rows.iter()
                .find(|r| r.worker_id == binh && r.kind.as_deref() == Some("periodic_interview"))
                .map(|r| (r.due_on, r.booked_at))
        };
        let supervisor_line = |rows: &[DueRow]| {
            rows.iter()
                .find(|r| r.worker_id == binh)
                .map(|r| (r.due_on, r.booked_at))
        };
        let supports = due_supports(db, org, until, all, 100).await.expect("due");
        let (due_on, booked_at) = interview_line(&supports).expect("binh's interview");
        assert!(due_on < today && booked_at.is_none());
        let before = of(
            &due_support_counts(db, org, today, until, all)
                .await
                .expect("counts"),
            company,
        );
        let expiring_before = of(
            &worker_date_counts(db, Expiring::SupervisorInterview, org, today, until, all)
                .await
                .expect("counts"),
            company,
        );

        // A cancelled booking and a held one change nothing.
        let at = |days: u64, hour: u32| {
            tokyo::to_utc(
                today + Days::new(days),
                NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or(NaiveTime::MIN),
            )
        };
        let cancelled = demo_booking(db, org, binh, "worker", None, at(3, 10)).await;
        set_status(db, cancelled, "cancelled").await;
        let held = demo_booking(db, org, binh, "supervisor", None, at(3, 11)).await;
        set_status(db, held, "completed").await;
        let supports = due_supports(db, org, until, all, 100).await.expect("due");
        assert_eq!(interview_line(&supports).map(|l| l.1), Some(None));
        let expiring_rows = expiring(db, Expiring::SupervisorInterview, org, until, all, 100)
            .await
            .expect("due");
        assert_eq!(supervisor_line(&expiring_rows).map(|l| l.1), Some(None));

        // Booked (after the due date): the line says when, and the counts say "booked".
        let worker_at = at(5, 10);
        let supervisor_at = at(4, 14);
        demo_booking(db, org, binh, "worker", None, worker_at).await;
        demo_booking(db, org, binh, "supervisor", None, supervisor_at).await;
        let supports = due_supports(db, org, until, all, 100).await.expect("due");
        assert_eq!(
            interview_line(&supports),
            Some((due_on, Some(worker_at))),
            "one line, with the booked start"
        );
        assert_eq!(
            supports
                .iter()
                .filter(|r| r.worker_id == binh && r.kind.as_deref() == Some("periodic_interview"))
                .count(),
            1
        );
        // Other supports never carry a booking.
        assert!(
            supports
                .iter()
                .filter(|r| r.kind.as_deref() != Some("periodic_interview"))
                .all(|r| r.booked_at.is_none())
        );
        let expiring_rows = expiring(db, Expiring::SupervisorInterview, org, until, all, 100)
            .await
            .expect("due");
        assert_eq!(
            supervisor_line(&expiring_rows),
            Some((today - Days::new(2), Some(supervisor_at)))
        );
        let cards = expiring(db, Expiring::ResidenceCard, org, until, all, 100)
            .await
            .expect("cards");
        assert!(cards.iter().all(|r| r.booked_at.is_none()));

        let after = of(
            &due_support_counts(db, org, today, until, all)
                .await
                .expect("counts"),
            company,
        );
        assert_eq!(before.1, 0, "nothing booked in the demo");
        assert_eq!(
            after,
            (before.0 - 1, 1, before.2),
            "no longer overdue: booked"
        );
        let expiring_after = of(
            &worker_date_counts(db, Expiring::SupervisorInterview, org, today, until, all)
                .await
                .expect("counts"),
            company,
        );
        assert_eq!(
            expiring_after,
            (expiring_before.0 - 1, 1, expiring_before.2)
        );
        test.drop_db().await;
    }
}
