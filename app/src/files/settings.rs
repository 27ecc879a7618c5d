//! How uploads are stored and limited, shared by every request through `AppState`.

use std::sync::Arc;

use tokio::sync::Semaphore;

use super::{content::MAX_PIXELS, storage::Storage};

/// The default upload limit per file (`SHIEN_UPLOAD_MAX_MB`).
pub const DEFAULT_MAX_BYTES: u64 = 15 * 1024 * 1024;

#[derive(Debug)]
pub struct UploadSettings {
    pub storage: Storage,
    /// The largest file accepted, checked while it streams in.
    pub max_bytes: u64,
    /// A photo bigger than this is refused before it is decoded.
    pub max_pixels: u64,
    /// Photos cleaned at once: decoding takes a core and up to a few hundred megabytes,
    /// so the rest wait their turn instead of exhausting the machine.
    pub photo_slots: Arc<Semaphore>,
}

impl UploadSettings {
    pub fn new(storage: Storage, max_bytes: u64) -> Self {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        Self {
            storage,
            max_bytes,
            max_pixels: MAX_PIXELS,
            photo_slots: Arc::new(Semaphore::new(cores.clamp(1, 2))),
        }
    }
}
