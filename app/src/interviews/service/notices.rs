//! Who hears of a booking, a move or a cancellation, in the same transaction: when staff
//! change a worker's interview, the worker; when a worker or a company does, staff.

use chrono::{DateTime, Utc};

use crate::{
    auth::CurrentUser,
    db::Tx,
    domain::{BookingId, InterviewKind, WorkerId},
    error::AppError,
    notifications::{self as notify, Notice},
    paths,
};

/// What happened to the booking.
#[derive(Clone, Copy, Debug)]
pub(super) enum Change {
    Booked,
    Moved,
    Cancelled,
}

/// The booking of one interview, as the notices need it.
#[derive(Clone, Copy, Debug)]
pub(super) struct About {
    pub booking: BookingId,
    pub worker: WorkerId,
    pub kind: InterviewKind,
    pub starts_at: DateTime<Utc>,
}

pub(super) async fn tell(
    tx: &mut Tx,
    user: &CurrentUser,
    about: About,
    change: Change,
) -> Result<(), AppError> {
    let organization = user.organization_id;
    if user.caller.is_staff() {
        // The supervisor's interview is the company's own business; staff tell the worker
        // of theirs.
        if about.kind != InterviewKind::Worker {
            return Ok(());
        }
        let Some(worker_user) = notify::user_of_worker(tx, about.worker).await? else {
            return Ok(());
        };
        let starts_at = about.starts_at;
        let notice = match change {
            Change::Booked => Notice::InterviewBooked { starts_at },
            Change::Moved => Notice::InterviewMoved { starts_at },
            Change::Cancelled => Notice::InterviewCancelled { starts_at },
        };
        notify::notify_all(tx, organization, &[worker_user], &notice, "/me/interviews").await?;
        return Ok(());
    }
    let worker = notify::worker_name(tx, about.worker).await?;
    let starts_at = about.starts_at;
    let notice = match change {
        Change::Booked => Notice::InterviewBookedBy { worker, starts_at },
        Change::Moved => Notice::InterviewMovedBy { worker, starts_at },
        Change::Cancelled => Notice::InterviewCancelledBy { worker, starts_at },
    };
    let staff = notify::staff_of(tx, organization).await?;
    let link = paths::staff_interview(about.booking);
    notify::notify_all(tx, organization, &staff, &notice, &link).await?;
    Ok(())
}
