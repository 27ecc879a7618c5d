//! On SQLite and PostgreSQL: the database refuses every double booking, also when two
//! requests race for the same slot.

use chrono::{Duration, TimeZone};

use super::*;
use crate::db::on_db;
use crate::domain::{OrganizationId, SlotId};
use crate::{db::testing::each_backend, demo};

struct Demo {
    org: OrganizationId,
    staff: UserId,
    workers: Vec<(WorkerId, UserId)>,
}

async fn demo_people(db: &Db) -> Demo {
    demo::seed(db).await.expect("demo data");
    let (org, staff): (OrganizationId, UserId) = on_db!(db, pool => {
        sqlx::query_as("SELECT organization_id, id FROM users WHERE email = 'tanaka@sakura-support.example'")
            .fetch_one(pool)
            .await
    })
    .expect("staff");
    let workers: Vec<(WorkerId, UserId)> = on_db!(db, pool => {
        sqlx::query_as("SELECT w.id, w.user_id FROM workers w WHERE w.user_id IS NOT NULL ORDER BY w.id")
            .fetch_all(pool)
            .await
    })
    .expect("workers");
    Demo {
        org,
        staff,
        workers,
    }
}

fn at(day: u32, hour: u32, minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 1, day, hour, minute, 0)
        .single()
        .expect("instant")
}

fn details(staff: UserId) -> SlotDetails<'static> {
    SlotDetails {
        staff_id: staff,
        mode: "video",
        place: None,
        video_url: Some("https://meet.example/abc"),
        languages: "my,ja",
        interpreter: true,
        created_by: staff,
    }
}

async fn publish(db: &Db, people: &Demo, slots: &[Span]) -> Result<Vec<SlotId>, PublishError> {
    let mut tx = db.begin().await.expect("begin");
    let ids = publish_slots(&mut tx, people.org, slots, &details(people.staff)).await?;
    tx.commit().await.expect("commit");
    Ok(ids)
}

async fn book_one(
    db: &Db,
    people: &Demo,
    slot: SlotId,
    worker: usize,
    kind: &'static str,
) -> Result<BookingId, BookError> {
    let (worker_id, user) = people.workers[worker];
    let mut tx = db.begin().await.map_err(BookError::from)?;
    let id = book(
        &mut tx,
        &NewBooking {
            organization_id: people.org,
            slot_id: slot,
            worker_id,
            kind,
            booked_by: user,
        },
    )
    .await?;
    tx.commit().await.map_err(BookError::from)?;
    Ok(id)
}

#[tokio::test]
async fn two_people_racing_for_one_slot_one_wins_the_other_is_told_it_was_taken() {
    for test in each_backend().await {
        let db = &test.db;
        let people = demo_people(db).await;
        // Four rounds, each a fresh slot and two workers booking it at the same moment.
        for round in 0..4_usize {
            let start = at(5, 1, 0) + Duration::hours(i64::try_from(round).expect("small"));
            let slot = publish(db, &people, &[(start, start + Duration::minutes(30))])
                .await
                .expect("publish")[0];
            let (a, b) = tokio::join!(
                book_one(db, &people, slot, 2 * round, "worker"),
                book_one(db, &people, slot, 2 * round + 1, "worker"),
            );
            let mut outcomes = [a.is_ok(), b.is_ok()];
            outcomes.sort();
            assert_eq!(outcomes, [false, true], "round {round}: exactly one wins");
            let lost = if a.is_err() { a } else { b };
            assert_eq!(lost, Err(BookError::SlotTaken), "round {round}");
            let live: i64 = on_db!(db, pool => {
                sqlx::query_scalar("SELECT COUNT(*) FROM interview_bookings WHERE slot_id = $1 AND status = 'booked'")
                    .bind(slot)
                    .fetch_one(pool)
                    .await
            })
            .expect("count");
            assert_eq!(live, 1, "round {round}");
        }
        test.drop_db().await;
    }
}

#[tokio::test]
async fn a_worker_holds_one_booking_per_kind_and_moves_it_only_into_a_free_slot() {
    for test in each_backend().await {
        let db = &test.db;
        let people = demo_people(db).await;
        let slots = publish(
            db,
            &people,
            &[
                (at(12, 1, 0), at(12, 1, 30)),
                (at(12, 1, 30), at(12, 2, 0)),
                (at(12, 2, 0), at(12, 2, 30)),
            ],
        )
        .await
        .expect("publish");
        let booking = book_one(db, &people, slots[0], 0, "worker")
            .await
            .expect("book");
        assert_eq!(
            book_one(db, &people, slots[1], 0, "worker").await,
            Err(BookError::AlreadyBooked)
        );
        // The supervisor's interview about the same worker is a separate kind.
        book_one(db, &people, slots[1], 0, "supervisor")
            .await
            .expect("supervisor");
        // Into the supervisor's slot: taken; into the free one: moved, same calendar entry.
        let mut tx = db.begin().await.expect("begin");
        assert_eq!(
            reschedule(&mut tx, people.org, booking, 1, slots[1]).await,
            Err(BookError::SlotTaken)
        );
        drop(tx);
        let mut tx = db.begin().await.expect("begin");
        reschedule(&mut tx, people.org, booking, 1, slots[2])
            .await
            .expect("move");
        tx.commit().await.expect("commit");
        let (slot, sequence, uid): (SlotId, i32, String) = on_db!(db, pool => {
            sqlx::query_as("SELECT slot_id, calendar_sequence, calendar_uid FROM interview_bookings WHERE id = $1")
                .bind(booking)
                .fetch_one(pool)
                .await
        })
        .expect("booking");
        assert_eq!(
            (slot, sequence, uid),
            (slots[2], 1, format!("{booking}@shien"))
        );
        // A stale version changes nothing; cancelling frees the slot for someone else.
        let mut tx = db.begin().await.expect("begin");
        assert_eq!(
            cancel(&mut tx, people.org, booking, 1, "sick").await,
            Err(BookError::Changed)
        );
        drop(tx);
        let mut tx = db.begin().await.expect("begin");
        cancel(&mut tx, people.org, booking, 2, "sick")
            .await
            .expect("cancel");
        tx.commit().await.expect("commit");
        book_one(db, &people, slots[2], 1, "worker")
            .await
            .expect("the freed slot");
        let free = free_slots(db, people.org, at(12, 0, 0), at(13, 0, 0))
            .await
            .expect("free");
        assert_eq!(free.iter().map(|s| s.0).collect::<Vec<_>>(), vec![slots[0]]);
        test.drop_db().await;
    }
}

#[tokio::test]
async fn a_staff_member_never_has_overlapping_slots() {
    for test in each_backend().await {
        let db = &test.db;
        let people = demo_people(db).await;
        publish(db, &people, &[(at(19, 1, 0), at(19, 2, 0))])
            .await
            .expect("publish");
        assert_eq!(
            publish(db, &people, &[(at(19, 1, 30), at(19, 2, 30))]).await,
            Err(PublishError::Overlap)
        );
        assert_eq!(
            publish(
                db,
                &people,
                &[(at(20, 1, 0), at(20, 2, 0)), (at(20, 1, 59), at(20, 3, 0))]
            )
            .await,
            Err(PublishError::Overlap),
            "new slots among themselves"
        );
        // Touching is fine.
        publish(db, &people, &[(at(19, 2, 0), at(19, 2, 30))])
            .await
            .expect("adjacent");
        test.drop_db().await;
    }
}
