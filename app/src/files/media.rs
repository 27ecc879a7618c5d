//! A recording on its way in (an online interview's): streamed to storage within its own
//! limit, hashed on the way, and kept only if its content is audio or video. Never read
//! whole into memory, never decoded: a 2 GB file costs a few hundred kilobytes of memory.

use bytes::Bytes;
use futures_util::Stream;

use super::{
    intake::{Declared, Pending, check_file_name},
    storage::{PutError, Storage},
};

/// A stored recording, ready for its row.
#[derive(Debug)]
pub struct TakenMedia {
    pub storage_key: String,
    /// As its content says (`video/mp4`, `audio/ogg`…), never as the browser said.
    pub content_type: &'static str,
    pub size_bytes: i64,
    pub sha256: String,
}

/// Why a recording was not kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MediaProblem {
    BadName,
    Empty,
    TooLarge,
    Interrupted,
    /// Its content is neither audio nor video.
    NotMedia,
    /// The store failed (logged).
    Storage,
}

/// The type of a recording by its first bytes: audio or video, else `None`.
pub fn sniff_media(head: &[u8]) -> Option<&'static str> {
    let kind = infer::get(head)?;
    matches!(
        kind.matcher_type(),
        infer::MatcherType::Video | infer::MatcherType::Audio
    )
    .then(|| kind.mime_type())
}

/// Streams one recording in (`body`, the file field) to `storage`, at most `max_bytes`.
/// What was stored is held by `pending` until the caller's row commits.
pub async fn take_media<S, E>(
    storage: &Storage,
    pending: &mut Pending,
    max_bytes: u64,
    declared: &Declared<'_>,
    body: S,
) -> Result<TakenMedia, MediaProblem>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
    E: std::fmt::Display,
{
    if let Some(name) = declared.file_name {
        check_file_name(name).map_err(|_| MediaProblem::BadName)?;
    }
    let stored = match storage.put_stream(body, max_bytes).await {
        Ok(stored) => stored,
        Err(PutError::TooLarge) => return Err(MediaProblem::TooLarge),
        Err(PutError::Interrupted(detail)) => {
            tracing::info!(detail, "a recording upload broke off");
            return Err(MediaProblem::Interrupted);
        }
        Err(PutError::Storage(error)) => {
            tracing::error!(%error, "cannot store a recording");
            return Err(MediaProblem::Storage);
        }
    };
    pending.hold(stored.key.clone());
    if stored.size == 0 {
        return Err(MediaProblem::Empty);
    }
    let content_type = sniff_media(&stored.head).ok_or(MediaProblem::NotMedia)?;
    Ok(TakenMedia {
        storage_key: stored.key,
        content_type,
        size_bytes: i64::try_from(stored.size).map_err(|_| MediaProblem::TooLarge)?,
        sha256: stored.sha256,
    })
}

#[cfg(test)]
mod tests {
    use super::sniff_media;

    #[test]
    fn only_audio_and_video_are_recordings() {
        // The start of an MP4 (ISO base media, `ftyp isom`), of a WebM/Matroska file, of
        // an Ogg stream and of a PDF.
        let mp4 = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41";
        assert_eq!(sniff_media(mp4), Some("video/mp4"));
        let ogg = b"OggS\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00";
        assert!(sniff_media(ogg).is_some_and(|t| t.starts_with("audio/")));
        assert_eq!(sniff_media(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3"), None);
        assert_eq!(sniff_media(b"\xff\xd8\xff\xe0\x00\x10JFIF"), None);
        assert_eq!(sniff_media(b"MZ\x90\x00"), None);
    }
}
