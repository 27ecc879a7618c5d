//! What an answer must not hold, whatever its status: distinctive text seeded through
//! staff's and the worker's own functions (`records.rs`), looked for in every answer each
//! caller gets, from server functions, files, routes and pages alike.

use super::callers::Caller;

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
    /// Her name, for those who must not know of her at all.
    pub name: &'static str,
    /// The name of siti, her colleague, whom she must not find either.
    pub colleague: &'static str,
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
    name: "VAN AN",
    colleague: "RAHMAWATI",
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
            out.push(("her colleague's name", s.colleague));
        }
        // Her company: her documents' status and dates only (none of them is shared), no
        // internal note, no consultation.
        Caller::OwnCompany => {
            out.extend(review);
            out.push(("the internal note", s.internal_note));
            out.push(("her consultation", s.consultation));
            out.push(("staff's consultation record", s.consultation_record));
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
            out.push(("her name", s.name));
        }
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
