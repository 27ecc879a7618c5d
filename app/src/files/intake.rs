//! One uploaded file on its way in: streamed to storage within the size limit, its type
//! told by its content, a photo cleaned (upright, no metadata, thumbnail) with bounded
//! concurrency. Every stored key is held by [`Pending`] until the database row commits;
//! a failure, or a request dropped half-way (the client went away), deletes them.

use bytes::Bytes;
use futures_util::Stream;
use sha2::{Digest, Sha256};

use super::{
    content::{PhotoProblem, UploadType, clean_photo, sniff},
    settings::UploadSettings,
    storage::{PutError, Storage},
};
use crate::{domain::Side, error::AppError};

/// Reads what the browser is still sending after a refusal (bounded by the body limit),
/// so that it gets the answer instead of a broken connection.
pub async fn drain(multipart: &mut axum::extract::Multipart) {
    while let Ok(Some(mut field)) = multipart.next_field().await {
        while let Ok(Some(_)) = field.chunk().await {}
    }
}

/// The longest file name accepted; phones name photos with a few dozen characters.
const MAX_NAME_CHARS: usize = 255;

/// A file ready for its database row.
#[derive(Debug)]
pub struct TakenFile {
    pub side: Side,
    pub storage_key: String,
    pub thumbnail_key: Option<String>,
    pub content_type: &'static str,
    pub size_bytes: i64,
    pub sha256: String,
    pub width: Option<i32>,
    pub height: Option<i32>,
}

/// What the browser said about a file, checked against what it is.
#[derive(Debug, Default)]
pub struct Declared<'a> {
    pub file_name: Option<&'a str>,
    pub content_type: Option<&'a str>,
}

/// The error a worker sees, by its locale key under `document_error`.
fn refuse(key: &str) -> AppError {
    AppError::validation("file", &format!("document_error.{key}"))
}

/// Stored keys of an upload that has not committed yet.
pub struct Pending {
    storage: Storage,
    keys: Vec<String>,
}

impl Pending {
    pub fn new(storage: Storage) -> Self {
        Self {
            storage,
            keys: Vec::new(),
        }
    }

    /// Holds a stored key until the row commits.
    pub(super) fn hold(&mut self, key: String) {
        self.keys.push(key);
    }

    /// The row now points at the files: they stay.
    pub fn committed(mut self) {
        self.keys.clear();
    }

    /// After a multipart request: kept when its rows committed; otherwise the stored files
    /// go, and the rest of the request is read so the browser gets the answer instead of
    /// a broken connection.
    pub async fn settle(self, kept: bool, multipart: &mut axum::extract::Multipart) {
        if kept {
            self.committed();
        } else {
            self.discard().await;
            drain(multipart).await;
        }
    }

    /// Removes the stored files now (the drop would do it in the background).
    pub async fn discard(mut self) {
        for key in std::mem::take(&mut self.keys) {
            if let Err(error) = self.storage.delete(&key).await {
                tracing::warn!(%error, key, "could not remove a refused upload; removed at next start");
            }
        }
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        let keys = std::mem::take(&mut self.keys);
        if keys.is_empty() {
            return;
        }
        // The request was dropped mid-way (the client went away): delete in the
        // background. If even that cannot run, the start-up clean-up removes them.
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            let storage = self.storage.clone();
            runtime.spawn(async move {
                for key in keys {
                    let _ = storage.delete(&key).await;
                }
            });
        }
    }
}

/// Checks the name a browser sent: a bare file name, not a path, of a sane length.
pub fn check_file_name(name: &str) -> Result<(), AppError> {
    let bad = name.chars().count() > MAX_NAME_CHARS
        || name.contains(['/', '\\'])
        || name.chars().any(char::is_control)
        || name == ".."
        || name == ".";
    if bad { Err(refuse("bad_name")) } else { Ok(()) }
}

/// A file whose name or browser type says image but whose content is a PDF (or the other
/// way round) is refused: it is not what the worker thinks they are sending.
fn contradicts(declared: &Declared<'_>, actual: UploadType) -> bool {
    let extension = declared
        .file_name
        .and_then(|n| n.rsplit_once('.'))
        .map(|(_, ext)| ext.to_ascii_lowercase());
    let says_pdf =
        extension.as_deref() == Some("pdf") || declared.content_type == Some("application/pdf");
    let says_image = matches!(
        extension.as_deref(),
        Some("jpg" | "jpeg" | "png" | "webp" | "heic")
    ) || declared
        .content_type
        .is_some_and(|t| t.starts_with("image/"));
    if actual == UploadType::Pdf {
        says_image
    } else {
        says_pdf
    }
}

/// Streams one file in and makes it ready to store: `body` is the file field.
pub async fn take<S, E>(
    settings: &UploadSettings,
    pending: &mut Pending,
    side: Side,
    declared: &Declared<'_>,
    body: S,
) -> Result<TakenFile, AppError>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
    E: std::fmt::Display,
{
    if let Some(name) = declared.file_name {
        check_file_name(name)?;
    }
    let stored = match settings.storage.put_stream(body, settings.max_bytes).await {
        Ok(stored) => stored,
        Err(PutError::TooLarge) => return Err(refuse("too_large")),
        Err(PutError::Interrupted(detail)) => {
            tracing::info!(detail, "an upload broke off");
            return Err(refuse("interrupted"));
        }
        Err(PutError::Storage(error)) => {
            tracing::error!(%error, "cannot store an upload");
            return Err(AppError::Internal);
        }
    };
    pending.keys.push(stored.key.clone());
    if stored.size == 0 {
        return Err(refuse("empty"));
    }
    let Some(kind) = sniff(&stored.head) else {
        return Err(refuse("wrong_type"));
    };
    if contradicts(declared, kind) {
        return Err(refuse("type_mismatch"));
    }
    if !kind.is_image() {
        return Ok(TakenFile {
            side,
            storage_key: stored.key,
            thumbnail_key: None,
            content_type: kind.stored_content_type(),
            size_bytes: i64::try_from(stored.size).map_err(|_| refuse("too_large"))?,
            sha256: stored.sha256,
            width: None,
            height: None,
        });
    }
    let photo = clean(settings, &stored.key).await?;
    let jpeg_sha = format!("{:x}", Sha256::digest(&photo.jpeg));
    let jpeg_size = i64::try_from(photo.jpeg.len()).map_err(|_| refuse("too_large"))?;
    let (width, height) = (
        i32::try_from(photo.width).ok(),
        i32::try_from(photo.height).ok(),
    );
    let storage_key = put(&settings.storage, pending, photo.jpeg).await?;
    let thumbnail_key = put(&settings.storage, pending, photo.thumbnail).await?;
    // The original, with its EXIF and GPS, goes as soon as the clean copy is stored.
    if let Err(error) = settings.storage.delete(&stored.key).await {
        tracing::warn!(%error, "could not remove an original photo; removed at next start");
    } else {
        pending.keys.retain(|k| *k != stored.key);
    }
    Ok(TakenFile {
        side,
        storage_key,
        thumbnail_key: Some(thumbnail_key),
        content_type: kind.stored_content_type(),
        size_bytes: jpeg_size,
        sha256: jpeg_sha,
        width,
        height,
    })
}

/// Decodes and re-encodes a stored photo, one of a few at a time.
async fn clean(
    settings: &UploadSettings,
    key: &str,
) -> Result<super::content::CleanPhoto, AppError> {
    let _slot = settings.photo_slots.acquire().await.map_err(|_| {
        tracing::error!("the photo slots were closed");
        AppError::Internal
    })?;
    let bytes = settings.storage.read(key).await.map_err(|error| {
        tracing::error!(%error, "cannot read back an upload");
        AppError::Internal
    })?;
    let max_pixels = settings.max_pixels;
    let cleaned = tokio::task::spawn_blocking(move || clean_photo(&bytes, max_pixels))
        .await
        .map_err(|error| {
            tracing::error!(%error, "photo cleaning panicked");
            AppError::Internal
        })?;
    cleaned.map_err(|problem| match problem {
        PhotoProblem::TooManyPixels => refuse("too_many_pixels"),
        PhotoProblem::NotAnImage | PhotoProblem::Unreadable => refuse("unreadable"),
    })
}

async fn put(storage: &Storage, pending: &mut Pending, bytes: Vec<u8>) -> Result<String, AppError> {
    let key = storage.put_bytes(bytes).await.map_err(|error| {
        tracing::error!(%error, "cannot store a cleaned photo");
        AppError::Internal
    })?;
    pending.keys.push(key.clone());
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_bare_file_names() {
        assert!(check_file_name("IMG_2024.jpg").is_ok());
        assert!(check_file_name("在留カード 表.jpeg").is_ok());
        assert!(check_file_name("../../etc/passwd").is_err());
        assert!(check_file_name("C:\\Users\\me\\card.jpg").is_err());
        assert!(check_file_name(&format!("{}.jpg", "a".repeat(500))).is_err());
        assert!(check_file_name("card\n.jpg").is_err());
    }

    #[test]
    fn a_pdf_that_says_it_is_a_photo_is_refused() {
        let photo_name = Declared {
            file_name: Some("card.jpg"),
            content_type: Some("image/jpeg"),
        };
        assert!(contradicts(&photo_name, UploadType::Pdf));
        assert!(!contradicts(&photo_name, UploadType::Jpeg));
        let pdf = Declared {
            file_name: Some("contract.PDF"),
            content_type: Some("application/pdf"),
        };
        assert!(!contradicts(&pdf, UploadType::Pdf));
        assert!(contradicts(&pdf, UploadType::Png));
        // A browser that says nothing useful: the content decides.
        let vague = Declared {
            file_name: Some("scan"),
            content_type: Some("application/octet-stream"),
        };
        assert!(!contradicts(&vague, UploadType::Pdf));
        assert!(!contradicts(&vague, UploadType::Webp));
    }
}
