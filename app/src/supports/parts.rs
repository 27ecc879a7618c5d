//! The pieces the support pages share with the staff home: a due line, as a list item
//! (the home's to-do) or as the dashboard's table row.

use leptos::prelude::*;
use leptos_i18n::{I18nContext, t_string};
use leptos_router::components::A;

use crate::supports::{DueItem, DueWhat, labels::kind_name};
use crate::{
    domain::{FaceToFaceReason, SupportKind},
    i18n::Locale,
    locale::format_date_time,
    paths,
};

/// What a due line says and links to, and its badge.
pub struct DueParts {
    pub what: String,
    pub href: String,
    pub when: String,
    pub class: &'static str,
}

pub fn due_parts(i18n: I18nContext<Locale>, item: &DueItem) -> DueParts {
    let (what, href) = match &item.what {
        // Support 10 is the interview with the worker: booked and recorded there.
        DueWhat::Support {
            kind: Some(SupportKind::PeriodicInterview),
            ..
        } => (
            t_string!(i18n, dashboard.worker_interview).to_string(),
            paths::worker_interviews(item.worker_id),
        ),
        DueWhat::Support { id, kind, title } => (
            kind.map_or_else(|| title.clone().unwrap_or_default(), |k| kind_name(i18n, k)),
            paths::support(*id),
        ),
        DueWhat::SupervisorInterview => (
            t_string!(i18n, dashboard.supervisor_interview).to_string(),
            paths::worker_interviews(item.worker_id),
        ),
        DueWhat::InterviewReport { booking_id } => (
            t_string!(i18n, dashboard.interview_report).to_string(),
            paths::staff_interview(*booking_id),
        ),
        DueWhat::CardExpiry => (
            t_string!(i18n, dashboard.card_expiry).to_string(),
            paths::worker_documents(item.worker_id),
        ),
        DueWhat::PassportExpiry => (
            t_string!(i18n, dashboard.passport_expiry).to_string(),
            paths::worker_documents(item.worker_id),
        ),
        DueWhat::RenewalUnderReview => (
            t_string!(i18n, dashboard.renewal_under_review).to_string(),
            format!("{}#stay", paths::worker(item.worker_id)),
        ),
        DueWhat::TotalStayEnds => (
            t_string!(i18n, dashboard.total_stay_ends).to_string(),
            format!("{}#stay", paths::worker(item.worker_id)),
        ),
        DueWhat::DatesMissing => (
            t_string!(i18n, dashboard.dates_missing).to_string(),
            format!("{}#dates-title", paths::worker(item.worker_id)),
        ),
        DueWhat::LateDelivery { id, kind, title } => (
            kind.map_or_else(|| title.clone().unwrap_or_default(), |k| kind_name(i18n, k)),
            paths::support(*id),
        ),
        DueWhat::FaceToFaceMissed { booking_id, reason } => (
            face_to_face_name(i18n, *reason),
            paths::staff_interview(*booking_id),
        ),
    };
    let date = item.due_on.to_string();
    match &item.what {
        DueWhat::DatesMissing => {
            return DueParts {
                what,
                href,
                when: t_string!(i18n, dashboard.dates_missing_badge).to_string(),
                class: "badge overdue long",
            };
        }
        DueWhat::FaceToFaceMissed { .. } => {
            return DueParts {
                what,
                href,
                when: t_string!(i18n, dashboard.held_online_on, date).to_string(),
                class: "badge late long",
            };
        }
        DueWhat::LateDelivery { .. } => {
            return DueParts {
                what,
                href,
                when: t_string!(i18n, dashboard.given_late_on, date).to_string(),
                class: "badge late long",
            };
        }
        _ => {}
    }
    // A booked interview says when it is, never "overdue" (`domain::interview_standing`).
    let (when, class) = match item.booked_at.map(format_date_time) {
        Some(at) if item.late => (
            t_string!(i18n, dashboard.booked_late, at, date).to_string(),
            "badge waiting",
        ),
        Some(at) => (
            t_string!(i18n, dashboard.booked_for, at).to_string(),
            "badge ok",
        ),
        None if item.overdue => (
            t_string!(i18n, dashboard.overdue_since, date).to_string(),
            "badge overdue",
        ),
        None => (
            t_string!(i18n, dashboard.due_by, date).to_string(),
            if item.urgent {
                "badge overdue"
            } else {
                "badge planned"
            },
        ),
    };
    DueParts {
        what,
        href,
        when,
        class,
    }
}

/// Why a video interview should have been face to face, as the dashboard says it.
fn face_to_face_name(i18n: I18nContext<Locale>, reason: Option<FaceToFaceReason>) -> String {
    match reason {
        Some(FaceToFaceReason::First) => t_string!(i18n, dashboard.face_to_face_first),
        Some(FaceToFaceReason::StaffChanged) => {
            t_string!(i18n, dashboard.face_to_face_staff_changed)
        }
        Some(FaceToFaceReason::NoneInYear) | None => {
            t_string!(i18n, dashboard.face_to_face_none_in_year)
        }
    }
    .to_string()
}

/// A due line in a list (the staff home's to-do).
#[component]
pub(crate) fn DueLine(item: DueItem) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let due = due_parts(i18n, &item);
    view! {
        <li>
            <A href=due.href>{item.worker_name.clone()} " · " {due.what}</A>
            <span class="hint">{item.company_name.clone()}</span>
            <span class=due.class>{due.when}</span>
        </li>
    }
}
