//! For other features' tests: a slot of the demo's staff member, published and booked in
//! one go.

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use super::{NewBooking, SlotDetails, book, publish_slots};
use crate::db::{Db, on_db};

/// A 30-minute slot of tanaka (demo staff) at `starts_at`, booked for `worker` as `kind`
/// (`worker` or `supervisor`) by `booked_by` (staff when `None`); the booking's id.
pub async fn demo_booking(
    db: &Db,
    organization_id: Uuid,
    worker: Uuid,
    kind: &'static str,
    booked_by: Option<Uuid>,
    starts_at: DateTime<Utc>,
) -> Uuid {
    let staff: Uuid = on_db!(db, pool => {
        sqlx::query_scalar("SELECT id FROM users WHERE email = 'tanaka@sakura-support.example'")
            .fetch_one(pool)
            .await
    })
    .expect("demo staff");
    let mut tx = db.begin().await.expect("begin");
    let details = SlotDetails {
        staff_id: staff,
        mode: "in_person",
        place: Some("本社 3F"),
        video_url: None,
        languages: "tl,ja",
        interpreter: false,
        created_by: staff,
    };
    let slot = publish_slots(
        &mut tx,
        organization_id,
        &[(starts_at, starts_at + Duration::minutes(30))],
        &details,
    )
    .await
    .expect("publish")[0];
    let booking = book(
        &mut tx,
        &NewBooking {
            organization_id,
            slot_id: slot,
            worker_id: worker,
            kind,
            booked_by: booked_by.unwrap_or(staff),
        },
    )
    .await
    .expect("book");
    tx.commit().await.expect("commit");
    booking
}
