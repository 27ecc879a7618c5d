//! The words of the support pages that depend on a value: a support's name, a status, an
//! error code. Locale keys must be literal, hence one arm per value.

use leptos_i18n::{I18nContext, t_string};

use crate::{
    domain::{DeliveryMode, SupportKind, SupportStatus},
    i18n::Locale,
};

pub type I18n = I18nContext<Locale>;

pub fn kind_name(i18n: I18n, kind: SupportKind) -> String {
    crate::locale::words::support_kind_name(i18n.get_locale(), kind)
}

pub fn kind_explain(i18n: I18n, kind: SupportKind) -> String {
    match kind {
        SupportKind::PreEntryGuidance => t_string!(i18n, support.pre_entry_guidance.explain),
        SupportKind::AirportPickUp => t_string!(i18n, support.airport_pick_up.explain),
        SupportKind::DepartureSendOff => t_string!(i18n, support.departure_send_off.explain),
        SupportKind::HousingAndContracts => {
            t_string!(i18n, support.housing_and_contracts.explain)
        }
        SupportKind::LifeOrientation => t_string!(i18n, support.life_orientation.explain),
        SupportKind::PublicProcedures => t_string!(i18n, support.public_procedures.explain),
        SupportKind::JapaneseLearning => t_string!(i18n, support.japanese_learning.explain),
        SupportKind::Consultation => t_string!(i18n, support.consultation.explain),
        SupportKind::ExchangeWithJapanese => {
            t_string!(i18n, support.exchange_with_japanese.explain)
        }
        SupportKind::JobChange => t_string!(i18n, support.job_change.explain),
        SupportKind::PeriodicInterview => t_string!(i18n, support.periodic_interview.explain),
    }
    .to_string()
}

pub fn status_label(i18n: I18n, status: SupportStatus) -> String {
    match status {
        SupportStatus::Planned => t_string!(i18n, supports.status_planned),
        SupportStatus::Done => t_string!(i18n, supports.status_done),
        SupportStatus::Acknowledged => t_string!(i18n, supports.status_acknowledged),
        SupportStatus::Confirmed => t_string!(i18n, supports.status_confirmed),
        SupportStatus::NotApplicable => t_string!(i18n, supports.status_not_applicable),
        SupportStatus::NotDelivered => t_string!(i18n, supports.status_not_delivered),
        SupportStatus::Reopened => t_string!(i18n, supports.status_reopened),
    }
    .to_string()
}

pub fn mode_label(i18n: I18n, mode: DeliveryMode) -> String {
    match mode {
        DeliveryMode::InPerson => t_string!(i18n, supports.mode_in_person),
        DeliveryMode::Online => t_string!(i18n, supports.mode_online),
    }
    .to_string()
}

/// A reason the rules gave, by its code.
pub fn rule_reason(i18n: I18n, code: &str) -> String {
    match code {
        "changed_status_in_japan" => t_string!(i18n, supports.rule_changed_status_in_japan),
        _ => t_string!(i18n, supports.rule_employment_continues),
    }
    .to_string()
}

/// The message of an error code in a page's query string (see `form`); unknown codes are
/// ignored.
pub fn error_message(i18n: I18n, code: &str) -> Option<String> {
    let message = match code {
        "supports.err_date" => t_string!(i18n, supports.err_date),
        "supports.err_date_future" => t_string!(i18n, supports.err_date_future),
        "supports.err_duration" => t_string!(i18n, supports.err_duration),
        "supports.err_orientation_hours" => t_string!(i18n, supports.err_orientation_hours),
        "supports.err_orientation_hours_short" => {
            t_string!(i18n, supports.err_orientation_hours_short)
        }
        "supports.err_guidance_hours" => t_string!(i18n, supports.err_guidance_hours),
        "supports.err_guidance_confirm" => t_string!(i18n, supports.err_guidance_confirm),
        "supports.err_before_contract" => t_string!(i18n, supports.err_before_contract),
        "supports.err_before_entry" => t_string!(i18n, supports.err_before_entry),
        "supports.err_sessions" => t_string!(i18n, supports.err_sessions),
        "supports.err_sessions_overlap" => t_string!(i18n, supports.err_sessions_overlap),
        "supports.err_delivered_by" => t_string!(i18n, supports.err_delivered_by),
        "supports.err_language" => t_string!(i18n, supports.err_language),
        "supports.err_mode" => t_string!(i18n, supports.err_mode),
        "supports.err_too_long" => t_string!(i18n, supports.err_too_long),
        "supports.err_reason_missing" => t_string!(i18n, supports.err_reason_missing),
        "supports.err_title" => t_string!(i18n, supports.err_title),
        "supports.err_illegal" => t_string!(i18n, supports.err_illegal),
        "supports.err_none_chosen" => t_string!(i18n, supports.err_none_chosen),
        "conflict" => t_string!(i18n, supports.err_conflict),
        _ => return crate::layout::shared_error(i18n, code),
    };
    Some(message.to_string())
}

/// The confirmation of a saved change, by the `saved` code in the query string.
pub fn saved_message(i18n: I18n, code: &str) -> Option<String> {
    let message = match code {
        "recorded" => t_string!(i18n, supports.saved_recorded),
        "not_applicable" => t_string!(i18n, supports.saved_not_applicable),
        "not_delivered" => t_string!(i18n, supports.saved_not_delivered),
        "delivered_again" => t_string!(i18n, supports.saved_delivered_again),
        "moved" => t_string!(i18n, supports.saved_moved),
        "corrected" => t_string!(i18n, supports.saved_corrected),
        "replanned" => t_string!(i18n, supports.saved_replanned),
        "added" => t_string!(i18n, supports.saved_added),
        "acknowledged" => t_string!(i18n, supports.saved_acknowledged),
        "confirmed" => t_string!(i18n, supports.saved_confirmed),
        "sent_back" => t_string!(i18n, supports.saved_sent_back),
        _ => return None,
    };
    Some(message.to_string())
}
