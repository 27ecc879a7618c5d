//! What an answer must not hold, whatever its status: distinctive text seeded through
//! staff's and the worker's own functions (`records.rs`), looked for in every answer each
//! caller gets, from server functions, files, routes and pages alike.

use super::{
    callers::{Caller, Sessions},
    records::Records,
};
use crate::support::{TestServer, body_text};

/// The distinctive text written about an.nguyen.
pub struct Secrets {
    /// Staff's comment to her when they sent her first passport back.
    pub review_comment: &'static str,
    /// The resubmission reason of that version: its code (in JSON) …
    pub reason_code: &'static str,
    /// … and its Japanese text (on a company's pages, which are in Japanese).
    pub reason_text: &'static str,
    /// The last characters of her passport's number, recorded when staff accepted it.
    pub number_tail: &'static str,
    /// Who reviewed her documents (田中, the staff member of the demo).
    pub reviewer: &'static str,
    /// Staff's internal note on her life orientation.
    pub internal_note: &'static str,
    /// What she wrote in her consultation (a company never reads consultations).
    pub consultation: &'static str,
    /// What staff wrote in the consultation's record (5-4), which no worker page shows.
    pub consultation_record: &'static str,
    /// Staff's note on her consultation (a message marked internal).
    pub staff_note: &'static str,
    /// Her interview record of yesterday: the summary (hers to read, not her company's)
    /// and the problems found (staff's).
    pub interview_summary: &'static str,
    pub interview_problems: &'static str,
    /// Her name, for those who must not know of her at all.
    pub name: &'static str,
    /// The name of siti, her colleague, whom she must not find either.
    pub colleague: &'static str,
    /// The kind of her leave, in JSON and in Japanese: it tells of illness, so her company
    /// never reads it (issue 20).
    pub leave_kind: &'static str,
    pub leave_kind_text: &'static str,
    /// Her residence card and passport numbers: her company reads the last 4 characters
    /// only (issue 20) …
    pub card_number: &'static str,
    pub card_tail: &'static str,
    pub passport_number: &'static str,
    /// … and neither her date of birth nor her address.
    pub birth_date: &'static str,
    pub address: &'static str,
    /// A worker's family name on an import sheet staff uploaded: only the organization's
    /// staff read an upload (issue 20).
    pub sheet_worker: &'static str,
}

pub const SECRETS: Secrets = Secrets {
    review_comment: "REVIEW-SECRET-1",
    reason_code: "side_missing",
    reason_text: "片面がありません",
    number_tail: "Q7Z9",
    reviewer: "田中 健",
    internal_note: "INTERNAL-NOTE-SECRET-2",
    consultation: "CONSULTATION-SECRET-3",
    consultation_record: "RECORD-SECRET-4",
    staff_note: "STAFF-NOTE-SECRET-5",
    interview_summary: "INTERVIEW-SUMMARY-SECRET-6",
    interview_problems: "INTERVIEW-PROBLEMS-SECRET-7",
    name: "VAN AN",
    colleague: "RAHMAWATI",
    leave_kind: "sickness_or_injury",
    leave_kind_text: "疾病・負傷による休業",
    card_number: "ZX98765432QW",
    card_tail: "…32QW",
    passport_number: "PX4455667",
    birth_date: "1997-07-07",
    address: "SECRET-ADDRESS 桜町9-9",
    sheet_worker: "SHEETSECRET",
};

/// What `caller` must not find in the answer of the row `name` (a function, route or
/// page): a list of (what, text).
pub fn forbidden(caller: Caller, name: &str) -> Vec<(&'static str, &'static str)> {
    let s = &SECRETS;
    let review = [
        ("the review comment", s.review_comment),
        ("the resubmission reason", s.reason_code),
        ("the resubmission reason", s.reason_text),
        ("the number's last characters", s.number_tail),
    ];
    let mut out = Vec::new();
    // Pages carry every reason's code for the upload form's messages: the code is looked
    // for in the server functions' JSON, the Japanese text everywhere.
    let is_page = name.starts_with('/');
    let review = review
        .into_iter()
        .filter(|(_, text)| !is_page || *text != s.reason_code);
    match caller {
        // She reads what staff wrote to her, not what staff wrote for themselves.
        Caller::Worker => {
            out.push(("the internal note", s.internal_note));
            out.push(("staff's consultation record", s.consultation_record));
            out.push(("staff's note on her consultation", s.staff_note));
            out.push(("the problems of her interview", s.interview_problems));
            out.push(("her colleague's name", s.colleague));
        }
        // Her company: her documents' status and dates only (none of them is shared), no
        // internal note, no consultation.
        Caller::OwnCompany => {
            out.extend(review);
            out.push(("the kind of her leave", s.leave_kind));
            out.push(("the kind of her leave", s.leave_kind_text));
            out.push(("her whole card number", s.card_number));
            out.push(("her whole passport number", s.passport_number));
            out.push(("her date of birth", s.birth_date));
            out.push(("her address", s.address));
            out.push(("the internal note", s.internal_note));
            out.push(("her consultation", s.consultation));
            out.push(("staff's consultation record", s.consultation_record));
            out.push(("staff's note on her consultation", s.staff_note));
            out.push(("the summary of her interview", s.interview_summary));
            out.push(("the problems of her interview", s.interview_problems));
            // 田中 is also the staff member who delivers supports, which the company
            // confirms: only the document answers must not name the reviewer.
            if name.contains("document") {
                out.push(("the reviewer", s.reviewer));
            }
        }
        Caller::Staff | Caller::Admin => {}
        // Everyone else must not learn anything of her, her name included.
        _ => {
            out.extend(review);
            out.push(("the internal note", s.internal_note));
            out.push(("her consultation", s.consultation));
            out.push(("staff's consultation record", s.consultation_record));
            out.push(("staff's note on her consultation", s.staff_note));
            out.push(("the summary of her interview", s.interview_summary));
            out.push(("the problems of her interview", s.interview_problems));
            out.push(("her name", s.name));
            out.push(("the kind of her leave", s.leave_kind));
            out.push(("the kind of her leave", s.leave_kind_text));
            out.push(("her card number", s.card_number));
            out.push(("her card number's end", s.card_tail));
            out.push(("her passport number", s.passport_number));
            out.push(("her date of birth", s.birth_date));
            out.push(("her address", s.address));
        }
    }
    if !matches!(caller, Caller::Staff | Caller::Admin) {
        out.push(("a worker of an import sheet", s.sheet_worker));
    }
    // A dead session is signed out: even where a signed-out visitor gets 200 too (`me`,
    // the help page), nothing may show whose it was.
    match caller {
        Caller::Disabled => out.push(("the disabled user's name", super::callers::DISABLED_NAME)),
        Caller::Expired => out.push(("the expired session's user", super::callers::EXPIRED_NAME)),
        _ => {}
    }
    out
}

/// The texts of `forbidden` found in `body`.
pub fn leaks(caller: Caller, name: &str, body: &str) -> Vec<String> {
    forbidden(caller, name)
        .into_iter()
        .filter(|(_, text)| body.contains(text))
        .map(|(what, text)| format!("{what} ({text})"))
        .collect()
}

/// The other side of the checks: those who may read the seeded texts do find them, so
/// that an absence above means refused, not never written. Run after the writes (the
/// consultation's record and the interview's are written there).
pub async fn assert_seeded(server: &TestServer, sessions: &Sessions, r: &Records) {
    let s = &SECRETS;
    let reads = [
        (
            Caller::Staff,
            "worker_documents",
            format!("worker_id={}", r.worker),
            vec![s.review_comment, s.reason_code, s.number_tail, s.reviewer],
        ),
        (
            Caller::Staff,
            "sheet_import_detail",
            format!("id={}", r.sheet),
            vec![s.sheet_worker],
        ),
        (
            Caller::Staff,
            "support_detail",
            format!("id={}", r.orientation),
            vec![s.internal_note],
        ),
        (
            Caller::OwnCompany,
            "list_workers",
            String::new(),
            vec![s.name, s.colleague],
        ),
        (
            Caller::Staff,
            "worker_detail",
            format!("id={}", r.worker),
            vec![s.leave_kind],
        ),
        (
            Caller::Worker,
            "worker_detail",
            format!("id={}", r.worker),
            vec![
                s.leave_kind,
                s.card_number,
                s.passport_number,
                s.birth_date,
                s.address,
            ],
        ),
        (
            Caller::Staff,
            "worker_detail",
            format!("id={}", r.worker),
            vec![s.card_number, s.passport_number, s.birth_date, s.address],
        ),
        (
            Caller::OwnCompany,
            "worker_detail",
            format!("id={}", r.worker),
            vec![s.card_tail],
        ),
    ];
    for (caller, function, query, texts) in reads {
        let text = body_text(
            server
                .call_get(function, &query, sessions.cookie(caller))
                .await,
        )
        .await;
        for seeded in texts {
            assert!(
                text.contains(seeded),
                "{function} as {caller:?} without {seeded}: {text}"
            );
        }
    }
    let posts = [
        (
            Caller::Staff,
            "consultation",
            format!("id={}", r.consultation),
            vec![s.consultation, s.staff_note, s.consultation_record],
        ),
        (
            Caller::Staff,
            "interview_booking",
            format!("id={}", r.booking),
            vec![s.interview_summary, s.interview_problems],
        ),
        (
            Caller::Worker,
            "my_interviews",
            String::new(),
            vec![s.interview_summary],
        ),
    ];
    for (caller, function, body, texts) in posts {
        let text = body_text(server.call(function, &body, sessions.cookie(caller)).await).await;
        for seeded in texts {
            assert!(
                text.contains(seeded),
                "{function} as {caller:?} without {seeded}: {text}"
            );
        }
    }
}
