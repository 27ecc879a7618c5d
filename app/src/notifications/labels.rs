//! A notice in words, in one language: the bell's list renders in the page's language, an
//! e-mail in the recipient's. Locale keys must be literal, hence one arm per kind.

use leptos_i18n::td_string;

use crate::notifications::Notice;
use crate::{
    i18n::Locale,
    locale::{
        format_date_time,
        words::{
            consultation_category_name, document_kind_name as document_name,
            support_kind_name as support_name,
        },
    },
};

/// The one sentence that says what happened.
pub fn sentence(locale: Locale, notice: &Notice) -> String {
    use Notice as N;
    match notice {
        N::DocumentAccepted { document } => {
            let document = document_name(locale, *document);
            td_string!(locale, notice.document_accepted, document).to_string()
        }
        N::DocumentReturned { document } => {
            let document = document_name(locale, *document);
            td_string!(locale, notice.document_returned, document).to_string()
        }
        N::InterviewBooked { starts_at } => {
            let at = format_date_time(*starts_at);
            td_string!(locale, notice.interview_booked, at).to_string()
        }
        N::InterviewMoved { starts_at } => {
            let at = format_date_time(*starts_at);
            td_string!(locale, notice.interview_moved, at).to_string()
        }
        N::InterviewCancelled { starts_at } => {
            let at = format_date_time(*starts_at);
            td_string!(locale, notice.interview_cancelled, at).to_string()
        }
        N::InterviewSoon { starts_at } => {
            let at = format_date_time(*starts_at);
            td_string!(locale, notice.interview_soon, at).to_string()
        }
        N::SupportToAcknowledge { support } => {
            let support = support_name(locale, *support);
            td_string!(locale, notice.support_to_acknowledge, support).to_string()
        }
        N::ConsultationReply => td_string!(locale, notice.consultation_reply).to_string(),
        N::ConsultationResolved => td_string!(locale, notice.consultation_resolved).to_string(),
        N::CardExpiring { expires_on } => {
            let date = expires_on.to_string();
            td_string!(locale, notice.card_expiring, date).to_string()
        }
        N::SupportToConfirm { worker, support } => {
            let support = support_name(locale, *support);
            td_string!(locale, notice.support_to_confirm, worker, support).to_string()
        }
        N::SupervisorInterviewDue { worker, due_on } => {
            let date = due_on.to_string();
            td_string!(locale, notice.supervisor_interview_due, worker, date).to_string()
        }
        N::DocumentUploaded { worker, document } => {
            let document = document_name(locale, *document);
            td_string!(locale, notice.document_uploaded, worker, document).to_string()
        }
        N::ConsultationOpened {
            worker,
            category,
            urgent,
        } => {
            let category = consultation_category_name(locale, *category);
            if *urgent {
                td_string!(locale, notice.consultation_urgent, worker, category).to_string()
            } else {
                td_string!(locale, notice.consultation_opened, worker, category).to_string()
            }
        }
        N::ConsultationMessage { worker } => {
            td_string!(locale, notice.consultation_message, worker).to_string()
        }
        N::RecordMistake { worker } => {
            td_string!(locale, notice.record_mistake, worker).to_string()
        }
        N::InterviewBookedBy { worker, starts_at } => {
            let at = format_date_time(*starts_at);
            td_string!(locale, notice.interview_booked_by, worker, at).to_string()
        }
        N::InterviewMovedBy { worker, starts_at } => {
            let at = format_date_time(*starts_at);
            td_string!(locale, notice.interview_moved_by, worker, at).to_string()
        }
        N::InterviewCancelledBy { worker, starts_at } => {
            let at = format_date_time(*starts_at);
            td_string!(locale, notice.interview_cancelled_by, worker, at).to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ConsultationCategory, DocumentKind};

    #[test]
    fn the_same_notice_reads_in_each_language() {
        let notice = Notice::DocumentReturned {
            document: DocumentKind::Passport,
        };
        let english = sentence(Locale::en, &notice);
        let tagalog = sentence(Locale::tl, &notice);
        assert!(english.contains(&document_name(Locale::en, DocumentKind::Passport)));
        assert!(tagalog.contains(&document_name(Locale::tl, DocumentKind::Passport)));
        assert_ne!(english, tagalog);
        let urgent = Notice::ConsultationOpened {
            worker: "SANTOS MARIA".into(),
            category: ConsultationCategory::Harassment,
            urgent: true,
        };
        let calm = Notice::ConsultationOpened {
            worker: "SANTOS MARIA".into(),
            category: ConsultationCategory::Harassment,
            urgent: false,
        };
        assert!(sentence(Locale::ja, &urgent).contains("SANTOS MARIA"));
        assert_ne!(sentence(Locale::ja, &urgent), sentence(Locale::ja, &calm));
    }
}
