//! Staff publish their free times for interviews: a pattern of days and slots over some
//! weeks, checked and written as slots in one transaction with its audit row.

use chrono::{NaiveDate, NaiveTime, Utc, Weekday};
use serde_json::json;

use crate::interviews::{
    db::{self, PublishError, SlotDetails},
    service::{audit, refuse},
};
use crate::{
    auth::CurrentUser,
    domain::{AuditAction, SlotPattern, slots_of},
    error::AppError,
    state::app_state,
};

/// What staff fill in to publish availability.
pub struct PatternForm<'a> {
    pub from: &'a str,
    pub weeks: u32,
    /// `mon,tue,…`
    pub weekdays: &'a str,
    pub start: &'a str,
    pub end: &'a str,
    pub length_minutes: u32,
    pub buffer_minutes: u32,
    pub mode: &'a str,
    pub place: &'a str,
    pub video_url: &'a str,
    pub languages: &'a str,
    pub interpreter: bool,
}

fn weekday(code: &str) -> Option<Weekday> {
    code.trim().parse().ok()
}

/// Staff publish the slots of a pattern (one day and one slot is a pattern too).
pub async fn publish(user: &CurrentUser, form: &PatternForm<'_>) -> Result<usize, AppError> {
    user.require_staff()?;
    let from = NaiveDate::parse_from_str(form.from.trim(), "%Y-%m-%d")
        .map_err(|_| refuse("from", "date"))?;
    let time = |text: &str, field| {
        NaiveTime::parse_from_str(text.trim(), "%H:%M").map_err(|_| refuse(field, "time"))
    };
    let weekdays: Option<Vec<Weekday>> = form
        .weekdays
        .split(',')
        .filter(|c| !c.trim().is_empty())
        .map(weekday)
        .collect();
    let pattern = SlotPattern {
        from,
        weeks: form.weeks,
        weekdays: weekdays.ok_or(refuse("weekdays", "weekdays"))?,
        start: time(form.start, "start")?,
        end: time(form.end, "end")?,
        length_minutes: form.length_minutes,
        buffer_minutes: form.buffer_minutes,
    };
    let slots = slots_of(&pattern).map_err(|problem| {
        use crate::domain::PatternProblem as P;
        match problem {
            P::NoWeekday => refuse("weekdays", "weekdays"),
            P::EndBeforeStart => refuse("end", "end_before_start"),
            P::Length => refuse("length_minutes", "length"),
            P::Buffer => refuse("buffer_minutes", "buffer"),
            P::Weeks => refuse("weeks", "weeks"),
        }
    })?;
    let now = Utc::now();
    if slots.iter().any(|s| s.0 <= now) {
        return Err(refuse("from", "past"));
    }
    let languages: Vec<&str> = form
        .languages
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    if !languages.iter().all(|c| crate::locale::is_supported(c)) {
        return Err(refuse("languages", "languages"));
    }
    let languages = languages.join(",");
    let (place, video_url) = (form.place.trim(), form.video_url.trim());
    let mode = match form.mode {
        "in_person" if !place.is_empty() => "in_person",
        "video" if video_url.starts_with("https://") => "video",
        "in_person" => return Err(refuse("place", "place_missing")),
        "video" => return Err(refuse("video_url", "video_url")),
        _ => return Err(AppError::BadRequest("unknown mode".into())),
    };
    let state = app_state()?;
    let mut tx = state.db.begin().await?;
    let details = SlotDetails {
        staff_id: user.id,
        mode,
        place: (!place.is_empty()).then_some(place),
        video_url: (!video_url.is_empty()).then_some(video_url),
        languages: &languages,
        interpreter: form.interpreter,
        created_by: user.id,
    };
    let ids = db::publish_slots(&mut tx, user.organization_id, &slots, &details)
        .await
        .map_err(|error| match error {
            PublishError::Overlap => refuse("start", "overlap"),
            PublishError::Database(error) => {
                tracing::error!(%error, "publishing slots");
                AppError::Internal
            }
        })?;
    let first = ids.first().copied().ok_or(refuse("weekdays", "weekdays"))?;
    audit(
        &mut tx,
        user,
        AuditAction::InterviewSlotsPublished,
        first,
        json!({ "slots": ids.len(), "from": from, "weeks": form.weeks, "mode": mode }),
    )
    .await?;
    tx.commit().await?;
    Ok(ids.len())
}
