//! What an upload is, decided by its first bytes (never its name or the browser's
//! content type), and the cleaning of a photo: decoded within a pixel budget, turned
//! upright by its EXIF orientation, re-encoded as a JPEG that carries no metadata at all
//! (no GPS, no camera), with a small thumbnail for the review queue.
//!
//! CPU-heavy: callers run it in `spawn_blocking` behind a semaphore.

use std::io::Cursor;

use image::{
    DynamicImage, ImageDecoder, ImageError, ImageReader, Limits, codecs::jpeg::JpegEncoder,
};

/// The types a worker may send.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UploadType {
    Jpeg,
    Png,
    Webp,
    Pdf,
}

impl UploadType {
    /// The content type the file is stored and served with (a cleaned photo is a JPEG).
    pub fn stored_content_type(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Jpeg | Self::Png | Self::Webp => "image/jpeg",
        }
    }

    pub fn is_image(self) -> bool {
        self != Self::Pdf
    }
}

/// The type of an upload by its first bytes; `None` for anything else (an executable
/// named `.jpg` included).
pub fn sniff(head: &[u8]) -> Option<UploadType> {
    match infer::get(head)?.mime_type() {
        "image/jpeg" => Some(UploadType::Jpeg),
        "image/png" => Some(UploadType::Png),
        "image/webp" => Some(UploadType::Webp),
        "application/pdf" => Some(UploadType::Pdf),
        _ => None,
    }
}

/// The most pixels a photo may claim in its header, checked before a pixel is decoded.
/// The largest photo a worker's phone makes is its camera's 50 MP mode (8160 × 6120 =
/// 49.9 MP; by default phones save 12 to 50 MP), and a page scanned at 600 dpi is under
/// 35 MP; anything more is not a photo of a paper but a decompression bomb (a 180 KB PNG
/// claiming 56 MP took 1.3 s of CPU and ~190 MB to decode, issue 17). At this bound a
/// decoded colour photo takes about 150 MB, and `photo_slots` lets only two decode at once.
pub const MAX_PIXELS: u64 = 50_500_000;
/// The longest side a photo may claim. A phone photo's long side is at most 8160 px and
/// an A4 page at 600 dpi is 7016 px; a side beyond this is a long thin strip made to slip
/// under [`MAX_PIXELS`] (1 × 50 million pixels), never a photo of a paper.
pub const MAX_INPUT_SIDE: u32 = 12_000;
/// The longest side of a stored photo: sharp enough to read a card, small enough for a
/// phone to open.
pub const MAX_SIDE: u32 = 3000;
const THUMBNAIL_SIDE: u32 = 320;
const PHOTO_QUALITY: u8 = 85;
const THUMBNAIL_QUALITY: u8 = 70;

/// Why a photo was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PhotoProblem {
    #[error("not an image")]
    NotAnImage,
    #[error("too many pixels")]
    TooManyPixels,
    #[error("cannot be decoded")]
    Unreadable,
}

/// A cleaned photo, ready to store.
#[derive(Debug)]
pub struct CleanPhoto {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
    pub thumbnail: Vec<u8>,
}

/// Decodes `bytes` (the size limit is checked before), refusing more than `max_pixels`
/// before any pixel is allocated; returns it upright, scaled to [`MAX_SIDE`] at most, as a
/// metadata-free JPEG with its thumbnail.
pub fn clean_photo(bytes: &[u8], max_pixels: u64) -> Result<CleanPhoto, PhotoProblem> {
    let kind = sniff(bytes);
    if !kind.is_some_and(UploadType::is_image) {
        return Err(PhotoProblem::NotAnImage);
    }
    // The JPEG decoder fills a cut-off photo with grey instead of failing: a photo that
    // lost its end on a bad connection must be sent again, not stored half grey.
    if kind == Some(UploadType::Jpeg) && !jpeg_is_complete(bytes) {
        return Err(PhotoProblem::Unreadable);
    }
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| PhotoProblem::Unreadable)?;
    // The decoder refuses a side beyond the bound itself too, whatever the format.
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_INPUT_SIDE);
    limits.max_image_height = Some(MAX_INPUT_SIDE);
    reader.limits(limits);
    // Only the header is read here: the dimensions are known before any pixel.
    let mut decoder = reader.into_decoder().map_err(problem_of)?;
    let (width, height) = decoder.dimensions();
    if !dimensions_allowed(width, height, max_pixels) {
        return Err(PhotoProblem::TooManyPixels);
    }
    let orientation = decoder
        .orientation()
        .map_err(|_| PhotoProblem::Unreadable)?;
    let mut photo = DynamicImage::from_decoder(decoder).map_err(|_| PhotoProblem::Unreadable)?;
    photo.apply_orientation(orientation);
    if photo.width().max(photo.height()) > MAX_SIDE {
        // Area averaging in integers: as sharp as a filter for shrinking a photo of
        // paper, without the filters' floating-point copies of the whole image (a 12 MP
        // photo would take over 100 MB more).
        photo = photo.thumbnail(MAX_SIDE, MAX_SIDE);
    }
    let jpeg = encode(&photo, PHOTO_QUALITY)?;
    let thumbnail = encode(
        &photo.thumbnail(THUMBNAIL_SIDE, THUMBNAIL_SIDE),
        THUMBNAIL_QUALITY,
    )?;
    Ok(CleanPhoto {
        jpeg,
        width: photo.width(),
        height: photo.height(),
        thumbnail,
    })
}

/// Whether a photo of `width` × `height` may be decoded: within [`MAX_INPUT_SIDE`] on each
/// side and `max_pixels` in all.
pub fn dimensions_allowed(width: u32, height: u32, max_pixels: u64) -> bool {
    width.max(height) <= MAX_INPUT_SIDE && u64::from(width) * u64::from(height) <= max_pixels
}

/// A decoder's refusal in our words: over a limit is "too big", anything else unreadable.
fn problem_of(error: ImageError) -> PhotoProblem {
    match error {
        ImageError::Limits(_) => PhotoProblem::TooManyPixels,
        _ => PhotoProblem::Unreadable,
    }
}

/// Whether a JPEG runs from its start marker to its end marker (EOI). Walks the
/// segments by their lengths, so an embedded EXIF thumbnail (with an EOI of its own) is
/// skipped, and stops at the first EOI of the image itself, so data a camera appends
/// after it does not matter.
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    const SOI: u8 = 0xD8;
    const EOI: u8 = 0xD9;
    const SOS: u8 = 0xDA;
    if bytes.get(..2) != Some(&[0xFF, SOI][..]) {
        return false;
    }
    let mut at = 2;
    while let (Some(&0xFF), Some(&marker)) = (bytes.get(at), bytes.get(at + 1)) {
        match marker {
            EOI => return true,
            // Fill bytes before a marker.
            0xFF => at += 1,
            // Markers without a length.
            0x01 | 0xD0..=0xD7 => at += 2,
            _ => {
                let length = match bytes.get(at + 2..at + 4) {
                    Some(&[high, low]) => usize::from(u16::from_be_bytes([high, low])),
                    _ => return false,
                };
                at += 2 + length;
                if marker == SOS {
                    // Entropy-coded data: a 0xFF in it is followed by 0x00 (stuffing) or
                    // a restart marker; anything else is the next marker.
                    loop {
                        match (bytes.get(at), bytes.get(at + 1)) {
                            (Some(&0xFF), Some(&next))
                                if next != 0x00 && !(0xD0..=0xD7).contains(&next) =>
                            {
                                break;
                            }
                            (Some(_), Some(_)) => at += 1,
                            _ => return false,
                        }
                    }
                }
            }
        }
    }
    false
}

/// A JPEG of the pixels alone: the encoder writes no EXIF, no XMP, no comment. A photo
/// already in 8-bit RGB (most are) is encoded without a copy.
fn encode(photo: &DynamicImage, quality: u8) -> Result<Vec<u8>, PhotoProblem> {
    let mut out = Vec::new();
    let mut encoder = JpegEncoder::new_with_quality(&mut out, quality);
    let encoded = match photo.as_rgb8() {
        Some(rgb) => encoder.encode_image(rgb),
        None => encoder.encode_image(&photo.to_rgb8()),
    };
    encoded.map_err(|_| PhotoProblem::Unreadable)?;
    Ok(out)
}

#[cfg(test)]
mod tests;
