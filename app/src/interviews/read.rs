//! The interview pages' data, cut to what each caller may read (issue #6): staff read
//! everything of their organization; a worker the date, mode and summary of their own
//! interviews; a company its supervisor interviews, and of worker interviews only that
//! they happen (time and status, no place, link or summary).

mod detail;
pub(super) mod time_wanted;

pub use detail::booking_detail;

use chrono::{DateTime, Days, NaiveDate, Utc};

use crate::interviews::{
    BookingStatus, BookingView, CalendarDay, CalendarEntry, InterviewWeek, InterviewsOfWorker,
    OwnInterviews, RecordSummary, SlotDay, SlotView,
    db::queries::{self, BookingLine, SlotLine},
    db::{online, requests},
    service::target,
};
use crate::{
    auth::{Caller, CurrentUser, WorkerScope, may_see_worker},
    domain::{
        ConsentPerson, InterviewKind, InterviewMode, OFFER_AT_LEAST_DAYS, OFFER_AT_MOST_DAYS,
        WorkerId, changeable, tokyo,
    },
    error::AppError,
    locale::today_in_japan,
    state::app_state,
};

pub(super) fn mode(code: &str) -> InterviewMode {
    InterviewMode::from_code(code).unwrap_or(InterviewMode::InPerson)
}

fn languages(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect()
}

fn slot_view(line: SlotLine, with_link: bool) -> SlotView {
    SlotView {
        id: line.id,
        starts_at: line.starts_at,
        ends_at: line.ends_at,
        mode: mode(&line.mode),
        place: line.place,
        video_url: line.video_url.filter(|_| with_link),
        languages: languages(&line.languages),
        interpreter: line.interpreter,
        staff_name: line.staff_name,
    }
}

/// Groups slots by their Japan date, keeping their order.
fn by_day(slots: Vec<SlotView>) -> Vec<SlotDay> {
    let mut days: Vec<SlotDay> = Vec::new();
    for slot in slots {
        let day = tokyo::date(slot.starts_at);
        match days.last_mut() {
            Some(last) if last.day == day => last.slots.push(slot),
            _ => days.push(SlotDay {
                day,
                slots: vec![slot],
            }),
        }
    }
    days
}

/// When a booking is looked at, and until how long before its start it may change.
#[derive(Clone, Copy)]
pub(super) struct Moment {
    pub(super) now: DateTime<Utc>,
    cutoff_hours: u32,
}

impl Moment {
    pub(super) fn now() -> Result<Self, AppError> {
        Ok(Self {
            now: Utc::now(),
            cutoff_hours: app_state()?.interviews.cutoff_hours,
        })
    }
}

/// A booking as `user` may see it; `None` when they may not see it at all.
pub(super) fn booking_view(
    user: &CurrentUser,
    line: BookingLine,
    at: Moment,
) -> Option<BookingView> {
    let kind = InterviewKind::from_code(&line.kind).ok()?;
    let status = BookingStatus::from_code(&line.status).ok()?;
    let worker = WorkerScope {
        worker_id: line.worker_id,
        company_id: line.company_id,
    };
    if !may_see_worker(user, &worker) {
        return None;
    }
    // Full: staff; the worker for their own interview (the supervisor's is not theirs to
    // see); the company for its supervisor's.
    let full = match user.caller {
        Caller::Staff | Caller::Admin => true,
        Caller::Worker { .. } => {
            if kind != InterviewKind::Worker {
                return None;
            }
            true
        }
        Caller::Company { .. } => kind == InterviewKind::Supervisor,
    };
    let summary = match (line.held_on, line.record_mode, line.summary) {
        (Some(held_on), Some(record_mode), Some(summary)) if full => Some(RecordSummary {
            held_on,
            mode: mode(&record_mode),
            summary,
        }),
        _ => None,
    };
    let live = status == BookingStatus::Booked;
    let slot = SlotLine {
        id: line.slot_id,
        starts_at: line.starts_at,
        ends_at: line.ends_at,
        mode: line.mode,
        place: line.place.filter(|_| full),
        video_url: line.video_url,
        languages: if full { line.languages } else { String::new() },
        interpreter: line.interpreter && full,
        staff_name: line.staff_name,
    };
    let in_time = changeable(line.starts_at, at.now, at.cutoff_hours);
    Some(BookingView {
        id: line.id,
        version: line.version,
        kind,
        status,
        worker_id: line.worker_id,
        worker_name: line.worker_name,
        slot: slot_view(slot, full && live),
        cancel_reason: line.cancel_reason.filter(|_| full),
        changeable: full && live && in_time,
        past_cutoff: full && live && !in_time,
        summary,
    })
}

/// Free slots from the notice onwards: 3 weeks at least, up to the due date, 8 weeks at most.
async fn offered(user: &CurrentUser, due: Option<NaiveDate>) -> Result<Vec<SlotDay>, AppError> {
    let state = app_state()?;
    let now = Utc::now();
    let today = today_in_japan();
    let at_least = today
        .checked_add_days(Days::new(OFFER_AT_LEAST_DAYS))
        .ok_or(AppError::Internal)?;
    let at_most = today
        .checked_add_days(Days::new(OFFER_AT_MOST_DAYS))
        .ok_or(AppError::Internal)?;
    let last_day = due.map_or(at_least, |d| d.max(at_least)).min(at_most);
    let from = now + chrono::Duration::hours(i64::from(state.interviews.notice_hours));
    let until = tokyo::to_utc(
        last_day.succ_opt().ok_or(AppError::Internal)?,
        chrono::NaiveTime::MIN,
    );
    let lines = queries::slots(&state.db, user.organization_id, from, until, true).await?;
    Ok(by_day(
        lines.into_iter().map(|l| slot_view(l, false)).collect(),
    ))
}

/// Splits bookings into the live ones and the rest, each newest first.
fn split(
    user: &CurrentUser,
    lines: Vec<BookingLine>,
    kind: Option<InterviewKind>,
) -> Result<(Vec<BookingView>, Vec<BookingView>), AppError> {
    let at = Moment::now()?;
    Ok(lines
        .into_iter()
        .filter_map(|l| booking_view(user, l, at))
        .filter(|b| kind.is_none_or(|k| b.kind == k))
        .partition(|b| b.status == BookingStatus::Booked))
}

/// The signed-in worker's next interview: its due date and live booking (the home's
/// line), without the free times and history `/me/interviews` reads besides.
pub struct NextInterview {
    pub due_on: Option<NaiveDate>,
    pub today: NaiveDate,
    pub booking: Option<BookingView>,
}

pub async fn my_next_interview(user: &CurrentUser) -> Result<NextInterview, AppError> {
    let (_, next, _) = own(user).await?;
    Ok(next)
}

/// The worker's id, next interview and past interviews.
async fn own(user: &CurrentUser) -> Result<(WorkerId, NextInterview, Vec<BookingView>), AppError> {
    let worker_id = user.caller.worker_id().ok_or(AppError::Forbidden)?;
    let state = app_state()?;
    let org = user.organization_id;
    let due = queries::due_dates(&state.db, org, worker_id).await?;
    let lines = queries::worker_bookings(&state.db, org, worker_id).await?;
    let (mut live, history) = split(user, lines, Some(InterviewKind::Worker))?;
    let next = NextInterview {
        due_on: due.worker_due,
        today: today_in_japan(),
        booking: live.pop(),
    };
    Ok((worker_id, next, history))
}

/// `/me/interviews`.
pub async fn my_interviews(user: &CurrentUser) -> Result<OwnInterviews, AppError> {
    let (worker_id, next, history) = own(user).await?;
    let state = app_state()?;
    Ok(OwnInterviews {
        free: offered(user, next.due_on).await?,
        due_on: next.due_on,
        today: next.today,
        booking: next.booking,
        history,
        consent_given_at: online::current_consent(&state.db, worker_id, ConsentPerson::Worker)
            .await?
            .map(|c| c.given_at),
        cutoff_hours: state.interviews.cutoff_hours,
        time_asked_at: requests::open_since(&state.db, worker_id).await?,
        reachable: crate::consultations::reachable(&state, user.organization_id).await?,
    })
}

/// `/workers/:id/interviews`, for staff and the worker's company.
pub async fn worker_interviews(
    user: &CurrentUser,
    worker_id: WorkerId,
) -> Result<InterviewsOfWorker, AppError> {
    if matches!(user.caller, Caller::Worker { .. }) {
        return Err(AppError::Forbidden);
    }
    let state = app_state()?;
    // The company reaches only its own workers (else "not found"), as for booking.
    let worker = target(&state.db, user, Some(worker_id), InterviewKind::Supervisor).await?;
    let org = user.organization_id;
    let due = queries::due_dates(&state.db, org, worker.id).await?;
    let lines = queries::worker_bookings(&state.db, org, worker.id).await?;
    let (booked, history) = split(user, lines, None)?;
    let supervisor_booked = booked.iter().any(|b| b.kind == InterviewKind::Supervisor);
    let free = if supervisor_booked && matches!(user.caller, Caller::Company { .. }) {
        Vec::new()
    } else {
        offered(user, due.supervisor_due).await?
    };
    Ok(InterviewsOfWorker {
        worker_id: worker.id,
        worker_name: worker.name,
        today: today_in_japan(),
        worker_due: due.worker_due,
        supervisor_due: due.supervisor_due,
        booked,
        history,
        free,
        is_staff: user.caller.is_staff(),
        cutoff_hours: state.interviews.cutoff_hours,
        // The worker's own consent is theirs and staff's to know, not the company's.
        worker_consent_at: if user.caller.is_staff() {
            online::current_consent(&state.db, worker.id, ConsentPerson::Worker)
                .await?
                .map(|c| c.given_at)
        } else {
            None
        },
        supervisor_consent_at: online::current_consent(
            &state.db,
            worker.id,
            ConsentPerson::Supervisor,
        )
        .await?
        .map(|c| c.given_at),
    })
}

/// The Monday of the week `day` is in.
fn monday_of(day: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    day - chrono::Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// `/staff/interviews`: the week of `week` (today's when absent), every slot with its booking.
pub async fn staff_interviews(
    user: &CurrentUser,
    week: Option<&str>,
) -> Result<InterviewWeek, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let today = today_in_japan();
    let day = match week.map(str::trim).filter(|w| !w.is_empty()) {
        Some(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map_err(|_| AppError::BadRequest("week is not a date".into()))?,
        None => today,
    };
    let week_of = monday_of(day);
    let from = tokyo::to_utc(week_of, chrono::NaiveTime::MIN);
    let until = from + chrono::Duration::days(7);
    let org = user.organization_id;
    let slots = queries::slots(&state.db, org, from, until, false).await?;
    let bookings = queries::bookings_between(&state.db, org, from, until).await?;
    let at = Moment::now()?;
    let mut bookings: Vec<BookingView> = bookings
        .into_iter()
        .filter_map(|b| booking_view(user, b, at))
        .collect();
    let mut days: Vec<CalendarDay> = Vec::new();
    for line in slots {
        let slot = slot_view(line, true);
        let booking = bookings
            .iter()
            .position(|b| b.slot.id == slot.id)
            .map(|at| bookings.swap_remove(at));
        let day = tokyo::date(slot.starts_at);
        let entry = CalendarEntry { slot, booking };
        match days.last_mut() {
            Some(last) if last.day == day => last.entries.push(entry),
            _ => days.push(CalendarDay {
                day,
                entries: vec![entry],
            }),
        }
    }
    Ok(InterviewWeek {
        today,
        week_of,
        days,
        notice_hours: state.interviews.notice_hours,
    })
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::domain::SlotId;

    fn slot(hour_utc: u32, minute: u32) -> SlotView {
        let starts_at = Utc
            .with_ymd_and_hms(2026, 11, 30, hour_utc, minute, 0)
            .single()
            .unwrap_or_default();
        SlotView {
            id: SlotId::new_v7(),
            starts_at,
            ends_at: starts_at + chrono::Duration::minutes(30),
            mode: InterviewMode::InPerson,
            place: None,
            video_url: None,
            languages: Vec::new(),
            interpreter: false,
            staff_name: String::new(),
        }
    }

    #[test]
    fn free_times_are_grouped_by_their_day_in_japan_not_in_utc() {
        // 14:30 UTC is 23:30 in Japan on the 30th; 15:00 UTC is already 1 December there.
        let days = by_day(vec![slot(1, 0), slot(14, 30), slot(15, 0), slot(15, 30)]);
        let shape: Vec<(String, usize)> = days
            .iter()
            .map(|d| (d.day.to_string(), d.slots.len()))
            .collect();
        assert_eq!(
            shape,
            [("2026-11-30".to_owned(), 2), ("2026-12-01".to_owned(), 2)]
        );
    }

    #[test]
    fn a_week_starts_on_monday() {
        let day = |text: &str| text.parse::<NaiveDate>().unwrap_or(NaiveDate::MIN);
        assert_eq!(monday_of(day("2026-11-29")), day("2026-11-23"));
        assert_eq!(monday_of(day("2026-11-30")), day("2026-11-30"));
        assert_eq!(monday_of(day("2027-01-02")), day("2026-12-28"));
    }
}
