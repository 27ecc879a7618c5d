//! The sentence of each audit line, in the reader's language: who did what to whose record
//! (issue 19). Locale keys must be literal, hence one arm per action: a new action does not
//! compile until it has its sentence, and `leptos_i18n` checks the keys of every locale.

use leptos_i18n::td_string;

use super::{AuditLine, AuditRecord};
use crate::{
    domain::{AuditAction, InterviewKind},
    i18n::Locale,
    locale::words::{consultation_category_name, document_kind_name, support_kind_name},
};

/// The line as a sentence; a person or record that is gone is a neutral word.
pub fn sentence(locale: Locale, line: &AuditLine) -> String {
    let removed = || td_string!(locale, audit.removed).to_string();
    let who = match &line.actor {
        Some(name) => name.clone(),
        None if line.action == AuditAction::SignInFailed.code() => {
            td_string!(locale, audit.someone).to_string()
        }
        None => td_string!(locale, audit.system).to_string(),
    };
    let whom = line.subject.clone().unwrap_or_else(removed);
    let what = line
        .record
        .as_ref()
        .map(|r| record_name(locale, r))
        .unwrap_or_else(removed);
    match AuditAction::from_code(&line.action) {
        // Read about one person, the log's own line says whose lines were read.
        Ok(AuditAction::AuditLogViewed) if line.subject.is_some() => {
            td_string!(locale, audit.log_viewed_about, who, whom).to_string()
        }
        Ok(action) => say(locale, action, &who, &whom, &what),
        // A code this build does not know (an older or a newer one): shown as it is.
        Err(_) => {
            let whom = &line.action;
            td_string!(locale, audit.unknown_action, who, whom).to_string()
        }
    }
}

/// The action as the filter offers it: its sentence with nobody's name.
pub fn action_name(locale: Locale, action: AuditAction) -> String {
    say(locale, action, "…", "…", "…")
}

fn record_name(locale: Locale, record: &AuditRecord) -> String {
    match record {
        AuditRecord::Document(kind) => document_kind_name(locale, *kind),
        AuditRecord::Support(kind) => support_kind_name(locale, *kind),
        AuditRecord::VoluntarySupport(title) => title.clone(),
        AuditRecord::Interview(InterviewKind::Worker) => {
            td_string!(locale, interview.kind_worker).to_string()
        }
        AuditRecord::Interview(InterviewKind::Supervisor) => {
            td_string!(locale, interview.kind_supervisor).to_string()
        }
        AuditRecord::Consultation(category) => consultation_category_name(locale, *category),
    }
}

/// Each sentence takes the names it uses: the system's lines name no actor, a failed
/// sign-in only the account.
fn say(locale: Locale, action: AuditAction, who: &str, whom: &str, what: &str) -> String {
    use AuditAction as A;
    match action {
        A::SignedIn => td_string!(locale, audit_says.auth_signed_in, who = who).to_string(),
        A::SignInFailed => {
            td_string!(locale, audit_says.auth_sign_in_failed, whom = whom).to_string()
        }
        A::SignedOut => td_string!(locale, audit_says.auth_signed_out, who = who).to_string(),
        A::SignedOutEverywhere => {
            td_string!(locale, audit_says.auth_signed_out_everywhere, who = who).to_string()
        }
        A::AccountCreated => {
            td_string!(locale, audit_says.account_created, who = who, whom = whom).to_string()
        }
        A::AccountDisabled => {
            td_string!(locale, audit_says.account_disabled, who = who, whom = whom).to_string()
        }
        A::AccountEnabled => {
            td_string!(locale, audit_says.account_enabled, who = who, whom = whom).to_string()
        }
        A::AccountInvited => {
            td_string!(locale, audit_says.account_invited, who = who, whom = whom).to_string()
        }
        A::PasswordSet => td_string!(
            locale,
            audit_says.account_password_set,
            who = who,
            whom = whom
        )
        .to_string(),
        A::WorkerCreated => {
            td_string!(locale, audit_says.worker_created, who = who, whom = whom).to_string()
        }
        A::WorkerViewed => {
            td_string!(locale, audit_says.worker_viewed, who = who, whom = whom).to_string()
        }
        A::WorkerDatesChanged => td_string!(
            locale,
            audit_says.worker_dates_changed,
            who = who,
            whom = whom
        )
        .to_string(),
        A::EmploymentChanged => td_string!(
            locale,
            audit_says.employment_changed,
            who = who,
            whom = whom
        )
        .to_string(),
        A::StayChanged => {
            td_string!(locale, audit_says.stay_changed, who = who, whom = whom).to_string()
        }
        A::RenewalApplied => {
            td_string!(locale, audit_says.renewal_applied, who = who, whom = whom).to_string()
        }
        A::RenewalDecided => {
            td_string!(locale, audit_says.renewal_decided, who = who, whom = whom).to_string()
        }
        A::LeaveAdded => {
            td_string!(locale, audit_says.leave_added, who = who, whom = whom).to_string()
        }
        A::LeaveRemoved => {
            td_string!(locale, audit_says.leave_removed, who = who, whom = whom).to_string()
        }
        A::CompanyCreated => {
            td_string!(locale, audit_says.company_created, who = who, whom = whom).to_string()
        }
        A::CompanyChanged => {
            td_string!(locale, audit_says.company_changed, who = who, whom = whom).to_string()
        }
        A::WorkplaceAdded => {
            td_string!(locale, audit_says.workplace_added, who = who, whom = whom).to_string()
        }
        A::WorkplaceRemoved => {
            td_string!(locale, audit_says.workplace_removed, who = who, whom = whom).to_string()
        }
        A::OrganizationChanged => {
            td_string!(locale, audit_says.organization_changed, who = who).to_string()
        }
        A::OfficeAdded => td_string!(locale, audit_says.office_added, who = who).to_string(),
        A::OfficeRemoved => td_string!(locale, audit_says.office_removed, who = who).to_string(),
        A::SheetUploaded => td_string!(locale, audit_says.sheet_uploaded, who = who).to_string(),
        A::SheetImported => td_string!(locale, audit_says.sheet_imported, who = who).to_string(),
        A::StaffPositionChanged => td_string!(
            locale,
            audit_says.staff_position_changed,
            who = who,
            whom = whom
        )
        .to_string(),
        A::IdentityChanged => {
            td_string!(locale, audit_says.identity_changed, who = who, whom = whom).to_string()
        }
        A::DocumentsViewed => {
            td_string!(locale, audit_says.documents_viewed, who = who, whom = whom).to_string()
        }
        A::DocumentQueueViewed => {
            td_string!(locale, audit_says.document_queue_viewed, who = who).to_string()
        }
        A::DocumentReviewViewed => td_string!(
            locale,
            audit_says.document_review_viewed,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::DocumentViewed => td_string!(
            locale,
            audit_says.document_viewed,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::DocumentDownloaded => td_string!(
            locale,
            audit_says.document_downloaded,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::DocumentUploaded => td_string!(
            locale,
            audit_says.document_uploaded,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::DocumentAccepted => td_string!(
            locale,
            audit_says.document_accepted,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::DocumentResubmissionRequested => td_string!(
            locale,
            audit_says.document_resubmission_requested,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::DocumentRejected => td_string!(
            locale,
            audit_says.document_rejected,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::DocumentWithdrawn => td_string!(
            locale,
            audit_says.document_withdrawn,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::DocumentShared => td_string!(
            locale,
            audit_says.document_shared,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::DocumentUnshared => td_string!(
            locale,
            audit_says.document_unshared,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::DocumentPurged => td_string!(
            locale,
            audit_says.document_purged,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::SupportPlanViewed => td_string!(
            locale,
            audit_says.support_plan_viewed,
            who = who,
            whom = whom
        )
        .to_string(),
        A::SupportRecordPrinted => td_string!(
            locale,
            audit_says.support_record_printed,
            who = who,
            whom = whom
        )
        .to_string(),
        A::SupportViewed => td_string!(
            locale,
            audit_says.support_viewed,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::SupportAdded => td_string!(
            locale,
            audit_says.support_added,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::SupportRecorded => td_string!(
            locale,
            audit_says.support_recorded,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::SupportCorrected => td_string!(
            locale,
            audit_says.support_corrected,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::SupportNotApplicable => td_string!(
            locale,
            audit_says.support_not_applicable,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::SupportNotDelivered => td_string!(
            locale,
            audit_says.support_not_delivered,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::SupportDeliveredAgain => td_string!(
            locale,
            audit_says.support_delivered_again,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::SupportDueAgain => td_string!(
            locale,
            audit_says.support_due_again,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::SupportReplanned => td_string!(
            locale,
            audit_says.support_replanned,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::SupportAcknowledged => td_string!(
            locale,
            audit_says.support_acknowledged,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::SupportSentBack => td_string!(
            locale,
            audit_says.support_sent_back,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::SupportConfirmed => td_string!(
            locale,
            audit_says.support_confirmed,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::InterviewsViewed => {
            td_string!(locale, audit_says.interviews_viewed, who = who, whom = whom).to_string()
        }
        A::InterviewRecordViewed => td_string!(
            locale,
            audit_says.interview_record_viewed,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::InterviewSlotsPublished => {
            td_string!(locale, audit_says.interview_slots_published, who = who).to_string()
        }
        A::InterviewBooked => {
            td_string!(locale, audit_says.interview_booked, who = who, whom = whom).to_string()
        }
        A::InterviewRescheduled => td_string!(
            locale,
            audit_says.interview_rescheduled,
            who = who,
            whom = whom
        )
        .to_string(),
        A::InterviewCancelled => td_string!(
            locale,
            audit_says.interview_cancelled,
            who = who,
            whom = whom
        )
        .to_string(),
        A::InterviewRecorded => td_string!(
            locale,
            audit_says.interview_recorded,
            who = who,
            whom = whom
        )
        .to_string(),
        A::InterviewNoShow => {
            td_string!(locale, audit_says.interview_no_show, who = who, whom = whom).to_string()
        }
        A::InterviewTimeAsked => {
            td_string!(locale, audit_says.interview_time_asked, who = who).to_string()
        }
        A::InterviewReportSent => td_string!(
            locale,
            audit_says.interview_report_sent,
            who = who,
            whom = whom
        )
        .to_string(),
        A::InterviewConsentGiven => td_string!(
            locale,
            audit_says.interview_consent_given,
            who = who,
            whom = whom
        )
        .to_string(),
        A::InterviewConsentWithdrawn => td_string!(
            locale,
            audit_says.interview_consent_withdrawn,
            who = who,
            whom = whom
        )
        .to_string(),
        A::InterviewRecordingAdded => td_string!(
            locale,
            audit_says.interview_recording_added,
            who = who,
            whom = whom
        )
        .to_string(),
        A::InterviewRecordingViewed => td_string!(
            locale,
            audit_says.interview_recording_viewed,
            who = who,
            whom = whom
        )
        .to_string(),
        A::InterviewRecordingPurged => td_string!(
            locale,
            audit_says.interview_recording_purged,
            who = who,
            whom = whom
        )
        .to_string(),
        A::ConsultationOpened => td_string!(
            locale,
            audit_says.consultation_opened,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::ConsultationViewed => td_string!(
            locale,
            audit_says.consultation_viewed,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::ConsultationMessage => td_string!(
            locale,
            audit_says.consultation_message,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::ConsultationReplied => td_string!(
            locale,
            audit_says.consultation_replied,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::ConsultationNoted => td_string!(
            locale,
            audit_says.consultation_noted,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::ConsultationAssigned => td_string!(
            locale,
            audit_says.consultation_assigned,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::ConsultationResolved => td_string!(
            locale,
            audit_says.consultation_resolved,
            who = who,
            whom = whom,
            what = what
        )
        .to_string(),
        A::ConsultationPhotoViewed => td_string!(
            locale,
            audit_says.consultation_photo_viewed,
            who = who,
            whom = whom
        )
        .to_string(),
        A::OpeningHoursSet => {
            td_string!(locale, audit_says.consultation_hours_set, who = who).to_string()
        }
        A::NotificationReminded => {
            td_string!(locale, audit_says.notification_reminded, whom = whom).to_string()
        }
        A::AuditLogViewed => td_string!(locale, audit_says.audit_log_viewed, who = who).to_string(),
        A::DemoSeeded => td_string!(locale, audit_says.demo_seed).to_string(),
        A::VolumeSeeded => td_string!(locale, audit_says.volume_seed).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use leptos_i18n::Locale as _;

    use super::*;
    use crate::domain::DocumentKind;

    fn line(action: AuditAction, record: Option<AuditRecord>) -> AuditLine {
        AuditLine {
            at: chrono::DateTime::UNIX_EPOCH,
            actor: Some("田中 健".to_owned()),
            action: action.code().to_owned(),
            subject: Some("NGUYEN VAN AN".to_owned()),
            record,
            ip: None,
        }
    }

    /// Every action has a sentence of its own in every language, naming who did it (where
    /// someone did) and whose record it was (where it was someone's), never a code.
    #[test]
    fn every_action_reads_as_a_sentence_in_every_language() {
        use AuditAction as A;
        let record = Some(AuditRecord::Document(DocumentKind::Passport));
        let system = [
            A::NotificationReminded,
            A::DemoSeeded,
            A::VolumeSeeded,
            A::SignInFailed,
        ];
        for locale in Locale::get_all() {
            let mut seen = std::collections::BTreeSet::new();
            for action in AuditAction::ALL {
                let text = sentence(*locale, &line(action, record.clone()));
                assert!(
                    seen.insert(text.clone()),
                    "{locale:?}: {action:?} says the same as another"
                );
                assert!(
                    !text.contains(action.code()) && !text.contains("{{"),
                    "{locale:?}: {text}"
                );
                assert!(
                    text.contains("田中 健") || system.contains(&action),
                    "{locale:?}: {action:?} names no actor: {text}"
                );
            }
        }
        let approved = sentence(Locale::en, &line(A::DocumentAccepted, record.clone()));
        assert_eq!(
            approved,
            "田中 健 approved the Passport (旅券) of NGUYEN VAN AN"
        );
        let viewed = sentence(Locale::vi, &line(A::DocumentsViewed, None));
        assert_eq!(viewed, "田中 健 đã xem giấy tờ của NGUYEN VAN AN");
    }

    #[test]
    fn a_record_or_person_that_is_gone_is_a_neutral_word_and_an_unknown_code_is_shown() {
        let mut gone = line(AuditAction::DocumentAccepted, None);
        gone.subject = None;
        let removed = td_string!(Locale::ja, audit.removed).to_string();
        assert_eq!(
            sentence(Locale::ja, &gone),
            format!("田中 健が{removed}の{removed}を承認しました")
        );
        let mut unknown = line(AuditAction::SignedIn, None);
        unknown.action = "payroll.exported".to_owned();
        assert!(sentence(Locale::en, &unknown).contains("payroll.exported"));
        let mut system = line(AuditAction::DemoSeeded, None);
        system.actor = None;
        assert_eq!(sentence(Locale::en, &system), "Demo data was created");
    }
}
