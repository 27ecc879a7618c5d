//! Documents workers send from their phones (issue #5): uploads streamed to storage and
//! cleaned, staff review, expiries, and who may open which file.

mod api;
#[cfg(feature = "ssr")]
mod db;
mod islands;
mod labels;
mod pages;
mod parts;
#[cfg(feature = "ssr")]
mod read;
#[cfg(feature = "ssr")]
mod routes;
#[cfg(feature = "ssr")]
mod service;
mod types;

pub use api::{
    AcceptDocument, AskDocumentAgain, DocumentReview, MyDocuments, RejectDocument, ReviewQueue,
    ShareDocumentKind, WithdrawDocument, WorkerDocuments, accept_document, ask_document_again,
    document_review, my_documents, reject_document, review_queue, share_document_kind,
    withdraw_document, worker_documents,
};
#[cfg(feature = "ssr")]
pub use db::referenced_keys;
pub use islands::UploadForm;
pub(crate) use labels::kind_name;
pub use pages::of_worker::WorkerDocumentsPage;
pub use pages::review::{ReviewPage, ReviewQueuePage};
pub use pages::worker::{MyDocumentPage, MyDocumentsPage};
#[cfg(feature = "ssr")]
pub(crate) use read::{mine, queue};
#[cfg(feature = "ssr")]
pub use routes::{download::download, upload::upload};
#[cfg(feature = "ssr")]
pub use service::purge::{Purged, purge};
pub use types::{
    DocumentSet, DocumentVersion, FileView, KindLine, QueueItem, QueueView, ReviewDetail,
};
