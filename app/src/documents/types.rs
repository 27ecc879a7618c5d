//! What travels to the document pages. Files are listed only for callers who may open
//! them (decided on the server, never filtered in the browser).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::{
    CompanyId, DocumentId, DocumentKind, DocumentStatus, ExpiryAlert, FileId, ResubmitReason, Side,
    WorkerId,
};

/// One stored file of a version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileView {
    pub id: FileId,
    pub side: Side,
    pub is_pdf: bool,
    pub has_thumbnail: bool,
}

/// One uploaded version of a document, with its review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentVersion {
    pub id: DocumentId,
    /// For the optimistic check: a decision names the version it was made from.
    pub version: i64,
    pub kind: DocumentKind,
    pub status: DocumentStatus,
    pub sent_at: DateTime<Utc>,
    pub sent_by: String,
    pub reviewed_by: Option<String>,
    pub reviewed_at: Option<DateTime<Utc>>,
    pub reason: Option<ResubmitReason>,
    pub comment: Option<String>,
    pub number_tail: Option<String>,
    pub expires_on: Option<NaiveDate>,
    pub issued_on: Option<NaiveDate>,
    /// Empty when the caller may see the status but not the files.
    pub files: Vec<FileView>,
}

/// One kind of document for one worker: its newest version first, then the earlier ones.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindLine {
    pub kind: DocumentKind,
    pub versions: Vec<DocumentVersion>,
    /// For cards and passports: how close the expiry is.
    pub alert: Option<ExpiryAlert>,
    pub expires_on: Option<NaiveDate>,
    /// A Japanese certificate issued more than 3 months ago.
    pub too_old: bool,
    /// Staff share this kind's files with the worker's company.
    pub shared: bool,
}

impl KindLine {
    pub fn latest(&self) -> Option<&DocumentVersion> {
        self.versions.first()
    }

    /// What the worker sees on the list.
    pub fn status(&self) -> Option<DocumentStatus> {
        self.latest().map(|v| v.status)
    }

    /// The worker may send a (new) version now: nothing waits for review.
    pub fn may_send(&self) -> bool {
        self.status() != Some(DocumentStatus::WaitingForReview)
    }
}

/// A worker's documents, as the caller may see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentSet {
    pub worker_id: WorkerId,
    pub worker_name: String,
    pub kinds: Vec<KindLine>,
    pub card_expiry: Option<NaiveDate>,
    pub passport_expiry: Option<NaiveDate>,
    pub today: NaiveDate,
    /// The upload limit, for the message before a too-large file is sent.
    pub max_mb: u64,
    pub can_upload: bool,
    pub can_review: bool,
    pub can_share: bool,
}

impl DocumentSet {
    pub fn kind(&self, kind: DocumentKind) -> Option<&KindLine> {
        self.kinds.iter().find(|k| k.kind == kind)
    }
}

/// One version waiting in the review queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueItem {
    pub id: DocumentId,
    pub kind: DocumentKind,
    pub worker_id: WorkerId,
    pub worker_name: String,
    pub company_name: String,
    pub sent_at: DateTime<Utc>,
    /// The first file, for its thumbnail.
    pub first_file: Option<FileView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueView {
    pub items: Vec<QueueItem>,
    pub companies: Vec<(CompanyId, String)>,
    /// How many wait in all (as searched and filtered), and the page shown.
    pub answer: crate::layout::DeskAnswer,
}

/// A version under review, with the worker's other documents beside it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewDetail {
    pub version: DocumentVersion,
    pub worker_id: WorkerId,
    pub worker_name: String,
    pub others: Vec<KindLine>,
}
