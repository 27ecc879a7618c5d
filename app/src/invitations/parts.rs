//! The invitation's QR code, as an SVG the page shows and prints.

use qrcode::{EcLevel, QrCode, render::svg};

use crate::error::AppError;

/// An SVG of `link`. Level M survives a crease or a smudge on a printed invitation and
/// keeps the code coarse enough for a cheap phone's camera.
pub fn qr_svg(link: &str) -> Result<String, AppError> {
    let code = QrCode::with_error_correction_level(link.as_bytes(), EcLevel::M).map_err(|e| {
        tracing::error!(error = %e, "QR code");
        AppError::Internal
    })?;
    let svg = code
        .render::<svg::Color>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .build();
    // Inlined into HTML: the XML declaration before `<svg` has no place there.
    Ok(svg
        .find("<svg")
        .map_or(svg.clone(), |start| svg[start..].to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_becomes_an_svg() {
        let svg = qr_svg("https://shien.example/i/AAAAAAAAAAAAAAAAAAAAAA").unwrap_or_default();
        assert!(svg.starts_with("<svg"), "{svg}");
        assert!(svg.contains("<path"), "{svg}");
    }
}
