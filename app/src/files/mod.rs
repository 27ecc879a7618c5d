//! Uploaded files, shared by every feature that takes them (a document's pages, a
//! consultation's photo, an interview's recording): where they are stored, how one is taken in (streamed within the
//! limit, its type told by its content, a photo cleaned), and the words for what can go
//! wrong on the way. It knows nothing of documents or consultations: their rows point at
//! the keys it hands back.

#[cfg(feature = "ssr")]
mod content;
#[cfg(feature = "ssr")]
mod intake;
mod labels;
#[cfg(feature = "ssr")]
mod media;
#[cfg(feature = "ssr")]
mod serve;
#[cfg(feature = "ssr")]
mod settings;
#[cfg(feature = "ssr")]
mod storage;

#[cfg(feature = "ssr")]
pub use intake::{Declared, Pending, TakenFile, drain, take};
pub use labels::error_message;
#[cfg(feature = "ssr")]
pub use media::{MediaProblem, TakenMedia, take_media};
#[cfg(feature = "ssr")]
pub use serve::stored_body;
#[cfg(feature = "ssr")]
pub use settings::{DEFAULT_MAX_BYTES, UploadSettings};
#[cfg(feature = "ssr")]
pub use storage::{S3Settings, Storage, StorageError, install_tls};
