//! How uploads are stored and limited, shared by every request through `AppState`.

use std::sync::Arc;

use tokio::sync::Semaphore;

use super::storage::Storage;

/// The default upload limit per file (`SHIEN_UPLOAD_MAX_MB`).
pub const DEFAULT_MAX_BYTES: u64 = 15 * 1024 * 1024;

/// The most pixels a photo may claim in its header, checked before a pixel is decoded.
/// The largest photo a worker's phone makes is its camera's 50 MP mode (8160 × 6120 =
/// 49.9 MP; by default phones save 12 to 50 MP), and a page scanned at 600 dpi is under
/// 35 MP; anything more is not a photo of a paper but a decompression bomb (a 180 KB PNG
/// claiming 56 MP took 1.3 s of CPU and ~190 MB to decode, issue 17). At this bound a
/// decoded colour photo takes about 150 MB, and `photo_slots` lets only two decode at once.
pub const MAX_PIXELS: u64 = 50_500_000;

#[derive(Debug)]
pub struct DocumentSettings {
    pub storage: Storage,
    /// The largest file accepted, checked while it streams in.
    pub max_bytes: u64,
    /// A photo bigger than this is refused before it is decoded.
    pub max_pixels: u64,
    /// Photos cleaned at once: decoding takes a core and up to a few hundred megabytes,
    /// so the rest wait their turn instead of exhausting the machine.
    pub photo_slots: Arc<Semaphore>,
}

impl DocumentSettings {
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
