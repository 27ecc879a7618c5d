//! Documents workers send from their phones (issue #5): uploads streamed to storage and
//! cleaned, staff review, expiries, and who may open which file.

#[cfg(feature = "ssr")]
mod access;
mod api;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
mod decisions;
#[cfg(feature = "ssr")]
pub mod download;
pub(crate) mod labels;
mod parts;
#[cfg(feature = "ssr")]
pub mod purge;
#[cfg(feature = "ssr")]
mod queries;
mod review_pages;
#[cfg(feature = "ssr")]
pub(crate) mod service;
mod types;
#[cfg(feature = "ssr")]
pub mod upload;
mod upload_island;
mod worker_documents_page;
mod worker_pages;

pub use api::{
    AcceptDocument, AskDocumentAgain, DocumentReview, MyDocuments, RejectDocument, ReviewQueue,
    ShareDocumentKind, WithdrawDocument, WorkerDocuments, accept_document, ask_document_again,
    document_review, my_documents, reject_document, review_queue, share_document_kind,
    withdraw_document, worker_documents,
};
#[cfg(feature = "ssr")]
pub use db::referenced_keys;
pub use review_pages::{ReviewPage, ReviewQueuePage};
pub use types::{
    DocumentSet, DocumentVersion, FileView, KindLine, QueueItem, QueueView, ReviewDetail,
};
pub use upload_island::UploadForm;
pub use worker_documents_page::WorkerDocumentsPage;
pub use worker_pages::{MyDocumentPage, MyDocumentsPage};

/// Where the upload form posts (`upload::upload`).
pub const UPLOAD_PATH: &str = "/documents/upload";

/// The address of a stored file; `?thumbnail=1` for its small preview, `?download=1` to
/// save it.
pub fn file_url(file_id: uuid::Uuid) -> String {
    format!("/documents/files/{file_id}")
}
