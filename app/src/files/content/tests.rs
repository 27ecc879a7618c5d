//! With the project's fixtures (`app/tests/fixtures/README.md` says what each is).

use image::ImageDecoder;

use super::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Whether `bytes` contain `needle` anywhere.
fn contains(bytes: &[u8], needle: &[u8]) -> bool {
    bytes.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn the_type_is_decided_by_content_not_by_name() {
    assert_eq!(
        sniff(&fixture("card-photo-exif-gps.jpg")),
        Some(UploadType::Jpeg)
    );
    assert_eq!(sniff(&fixture("contract.pdf")), Some(UploadType::Pdf));
    // A Windows executable named .jpg.
    assert_eq!(sniff(&fixture("not-an-image.jpg")), None);
    assert_eq!(sniff(b""), None);
}

#[test]
fn a_phone_photo_is_stored_upright_without_any_metadata() {
    let original = fixture("card-photo-exif-gps.jpg");
    // The fixture does carry what must go: EXIF with GPS and the camera.
    assert!(contains(&original, b"Exif"));
    let clean = clean_photo(&original, MAX_PIXELS).expect("a photo");
    // 1600×1200 with orientation 6 (rotate 90°) is 1200×1600 upright.
    assert_eq!((clean.width, clean.height), (1200, 1600));
    assert!(!contains(&clean.jpeg, b"Exif"), "no EXIF block");
    assert!(!contains(&clean.jpeg, b"GPS"), "no GPS");
    let mut decoder = ImageReader::new(Cursor::new(&clean.jpeg))
        .with_guessed_format()
        .expect("reader")
        .into_decoder()
        .expect("decoder");
    assert_eq!(decoder.dimensions(), (1200, 1600));
    assert_eq!(
        decoder.orientation().expect("orientation"),
        image::metadata::Orientation::NoTransforms
    );
    // The thumbnail is small and upright too.
    let thumb = image::load_from_memory(&clean.thumbnail).expect("thumbnail");
    assert_eq!((thumb.width(), thumb.height()), (240, 320));
    assert!(clean.thumbnail.len() < 40_000, "{}", clean.thumbnail.len());
}

#[test]
fn broken_or_disguised_files_are_refused() {
    assert_eq!(
        clean_photo(&fixture("truncated.jpg"), MAX_PIXELS).err(),
        Some(PhotoProblem::Unreadable)
    );
    assert_eq!(
        clean_photo(&fixture("not-an-image.jpg"), MAX_PIXELS).err(),
        Some(PhotoProblem::NotAnImage)
    );
    // A PDF is stored as it is, never decoded as a photo.
    assert_eq!(
        clean_photo(&fixture("contract.pdf"), MAX_PIXELS).err(),
        Some(PhotoProblem::NotAnImage)
    );
}

#[test]
fn too_many_pixels_are_refused_before_decoding() {
    // The same photo against a budget below its 1.92 million pixels.
    assert_eq!(
        clean_photo(&fixture("card-photo-exif-gps.jpg"), 1_000_000).err(),
        Some(PhotoProblem::TooManyPixels)
    );
}

#[test]
fn a_jpeg_is_complete_only_up_to_its_end_marker() {
    let photo = fixture("card-photo-exif-gps.jpg");
    assert!(jpeg_is_complete(&photo));
    // Data a camera appends after the end marker does not matter.
    let mut trailer = photo.clone();
    trailer.extend_from_slice(b"SEFT trailer \xFF\xDA");
    assert!(jpeg_is_complete(&trailer));
    // Cut anywhere before the end, it is incomplete.
    for cut in [2, 100, photo.len() / 2, photo.len() - 1] {
        assert!(!jpeg_is_complete(&photo[..cut]), "cut at {cut}");
    }
    assert!(!jpeg_is_complete(&fixture("truncated.jpg")));
    assert!(!jpeg_is_complete(b"GIF89a"));
}

/// CRC-32 (ISO-HDLC) of a PNG chunk's type and data.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFF_u32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = u32::try_from(data.len())
        .expect("short")
        .to_be_bytes()
        .to_vec();
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
    out
}

/// A PNG of a few dozen bytes whose header claims `width` × `height` pixels (its one
/// IDAT holds nothing: decoding it would fail, so a refusal must come from the header).
fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = width.to_be_bytes().to_vec();
    header.extend_from_slice(&height.to_be_bytes());
    header.extend_from_slice(&[8, 2, 0, 0, 0]);
    png.extend(chunk(b"IHDR", &header));
    png.extend(chunk(
        b"IDAT",
        &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    ));
    png.extend(chunk(b"IEND", &[]));
    png
}

#[test]
fn a_decompression_bomb_is_refused_by_its_header() {
    // A few dozen bytes that claim 50,000 × 50,000 pixels (7.5 GB once decoded).
    let png = png_claiming(50_000, 50_000);
    assert_eq!(sniff(&png), Some(UploadType::Png));
    assert_eq!(
        clean_photo(&png, MAX_PIXELS).err(),
        Some(PhotoProblem::TooManyPixels)
    );
}

#[test]
fn the_56_megapixel_png_of_the_review_and_a_long_strip_are_refused_by_their_header() {
    // Issue 17: 7,500 × 7,500 (56 MP) was decoded before being refused.
    assert_eq!(
        clean_photo(&png_claiming(7_500, 7_500), MAX_PIXELS).err(),
        Some(PhotoProblem::TooManyPixels)
    );
    // Few pixels in all, but a side no photo of a paper has.
    assert_eq!(
        clean_photo(&png_claiming(40_000, 100), MAX_PIXELS).err(),
        Some(PhotoProblem::TooManyPixels)
    );
}

#[test]
fn a_phone_cameras_largest_photo_is_within_the_bounds() {
    // The 50 MP mode of a phone camera, either way round; an A4 page at 600 dpi.
    assert!(dimensions_allowed(8_160, 6_120, MAX_PIXELS));
    assert!(dimensions_allowed(6_120, 8_160, MAX_PIXELS));
    assert!(dimensions_allowed(4_961, 7_016, MAX_PIXELS));
    assert!(!dimensions_allowed(7_500, 7_500, MAX_PIXELS));
    assert!(!dimensions_allowed(MAX_INPUT_SIDE + 1, 1, MAX_PIXELS));
    assert!(!dimensions_allowed(1, MAX_INPUT_SIDE + 1, MAX_PIXELS));
}
