//! When a delivery may be given, and how long it must last: the windows and the lengths of
//! the operating guidelines (特定技能運用要領 / 1号特定技能外国人支援に関する運用要領,
//! 第4), checked against the worker's dates before a delivery is written. What happens
//! before its window could not have happened and is refused; what happens after the day
//! it was due is saved and marked late, because the law asks for it all the same and the
//! record must say when it really was.

use chrono::{NaiveDate, NaiveTime};

use super::{RecordProblem, SupportKind, WorkerSituation};

/// The life orientation takes at least 8 hours in all (運用要領 第4-4).
pub const ORIENTATION_MIN_MINUTES: u32 = 8 * 60;
/// About 4 hours are enough for a worker who lived in Japan as a technical intern or a
/// student and stays with the same employer: they already know daily life here. The
/// guidelines say "4時間程度" for such a worker; the exact circle of workers (技能実習生・
/// 留学生等 moving to Specified Skilled Worker at the same accepting organization) is as
/// the review of issue 21 read it, to be confirmed against the current 運用要領.
pub const ORIENTATION_SHORT_MIN_MINUTES: u32 = 4 * 60;
/// Guidance (事前ガイダンス) of less than an hour is judged inadequate: refused.
pub const GUIDANCE_MIN_MINUTES: u32 = 60;
/// About 3 hours is usual for the guidance: less asks staff to confirm it was complete.
pub const GUIDANCE_USUAL_MINUTES: u32 = 3 * 60;

/// Whether a delivery came on time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timing {
    OnTime,
    /// After the day it was due: saved, and marked late on the plan, the record and the
    /// dashboard.
    Late,
}

/// The minimum length of the life orientation for this worker.
pub fn orientation_min_minutes(s: &WorkerSituation) -> u32 {
    if s.former_intern_same_employer {
        ORIENTATION_SHORT_MIN_MINUTES
    } else {
        ORIENTATION_MIN_MINUTES
    }
}

/// The first day a support can be given: the guidance once the contract is signed (it
/// explains that contract), what happens in Japan once the worker entered or changed
/// status, the residence registration once they settled. Housing may be arranged before
/// arrival; the ongoing supports and job-change support have no such day.
pub fn window_opens(kind: SupportKind, s: &WorkerSituation) -> Option<(NaiveDate, &'static str)> {
    let entry = |d: Option<NaiveDate>| d.map(|d| (d, "supports.err_before_entry"));
    match kind {
        SupportKind::PreEntryGuidance => s
            .contract_signed
            .map(|d| (d, "supports.err_before_contract")),
        SupportKind::AirportPickUp
        | SupportKind::DepartureSendOff
        | SupportKind::LifeOrientation
        | SupportKind::PeriodicInterview => entry(s.entry_or_change),
        SupportKind::PublicProcedures => entry(s.settled.or(s.entry_or_change)),
        SupportKind::HousingAndContracts
        | SupportKind::JapaneseLearning
        | SupportKind::Consultation
        | SupportKind::ExchangeWithJapanese
        | SupportKind::JobChange => None,
    }
}

/// What a delivery's length and days must be for `kind` given to the worker `s`: `first`
/// and `last` are the days it began and ended (one day, or the first and last sessions),
/// `minutes` its whole length, `due` the day it was due (none: never late). A guidance
/// under the usual 3 hours needs `short_confirmed`.
pub fn check_timing(
    kind: SupportKind,
    s: &WorkerSituation,
    (first, last): (NaiveDate, NaiveDate),
    minutes: u32,
    due: Option<NaiveDate>,
    short_confirmed: bool,
) -> Result<Timing, RecordProblem> {
    let problem = |field, message_key| RecordProblem { field, message_key };
    match kind {
        SupportKind::LifeOrientation if minutes < orientation_min_minutes(s) => {
            return Err(problem(
                "duration_minutes",
                if s.former_intern_same_employer {
                    "supports.err_orientation_hours_short"
                } else {
                    "supports.err_orientation_hours"
                },
            ));
        }
        SupportKind::PreEntryGuidance if minutes < GUIDANCE_MIN_MINUTES => {
            return Err(problem("duration_minutes", "supports.err_guidance_hours"));
        }
        SupportKind::PreEntryGuidance if minutes < GUIDANCE_USUAL_MINUTES && !short_confirmed => {
            return Err(problem("short_confirmed", "supports.err_guidance_confirm"));
        }
        _ => {}
    }
    if let Some((opens, key)) = window_opens(kind, s)
        && first < opens
    {
        return Err(problem("delivered_on", key));
    }
    Ok(match due {
        Some(due) if last > due => Timing::Late,
        _ => Timing::OnTime,
    })
}

/// One session of a delivery given in parts (the orientation over several days).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Session {
    pub on: NaiveDate,
    pub from: NaiveTime,
    pub to: NaiveTime,
}

impl Session {
    pub fn minutes(&self) -> u32 {
        u32::try_from((self.to - self.from).num_minutes()).unwrap_or(0)
    }
}

/// At most this many sessions in one delivery.
pub const SESSIONS_MAX: usize = 20;

/// The sessions as typed, one per line, `YYYY-MM-DD HH:MM-HH:MM` (blank lines ignored): in
/// order of time, each ending after it starts, none overlapping another. Empty text is no
/// sessions.
pub fn parse_sessions(text: &str) -> Result<Vec<Session>, RecordProblem> {
    let bad = |message_key| RecordProblem {
        field: "sessions",
        message_key,
    };
    let mut sessions = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (day, times) = line
            .split_once(char::is_whitespace)
            .ok_or(bad("supports.err_sessions"))?;
        let (from, to) = times
            .trim()
            .split_once('-')
            .ok_or(bad("supports.err_sessions"))?;
        let time = |t: &str| NaiveTime::parse_from_str(t.trim(), "%H:%M");
        let session = Session {
            on: NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .map_err(|_| bad("supports.err_sessions"))?,
            from: time(from).map_err(|_| bad("supports.err_sessions"))?,
            to: time(to).map_err(|_| bad("supports.err_sessions"))?,
        };
        if session.to <= session.from {
            return Err(bad("supports.err_sessions"));
        }
        sessions.push(session);
    }
    if sessions.len() > SESSIONS_MAX {
        return Err(bad("supports.err_sessions"));
    }
    sessions.sort_by_key(|s| (s.on, s.from));
    let overlapping = sessions
        .windows(2)
        .any(|pair| pair[0].on == pair[1].on && pair[1].from < pair[0].to);
    if overlapping {
        return Err(bad("supports.err_sessions_overlap"));
    }
    Ok(sessions)
}

/// The sessions as stored and shown: one per line, in order.
pub fn sessions_text(sessions: &[Session]) -> String {
    sessions
        .iter()
        .map(|s| {
            format!(
                "{} {}-{}",
                s.on,
                s.from.format("%H:%M"),
                s.to.format("%H:%M")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests;
