//! Markup written as text, for the few places where views cannot be used (`<option>`s,
//! which the HTML parser strips of hydration markers).

/// Escapes text for an HTML attribute value or element content.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `<option>`s for (value, label) pairs, the `selected` one marked, text escaped.
pub fn options_html(options: impl Iterator<Item = (String, String)>, selected: &str) -> String {
    options
        .map(|(value, label)| {
            let sel = if value == selected { " selected" } else { "" };
            format!(
                "<option value=\"{}\"{sel}>{}</option>",
                escape_html(&value),
                escape_html(&label)
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_escaped_and_the_current_one_selected() {
        let html = options_html(
            [
                ("a\"".to_owned(), "<b>&".to_owned()),
                ("c".to_owned(), "d".to_owned()),
            ]
            .into_iter(),
            "c",
        );
        assert_eq!(
            html,
            "<option value=\"a&quot;\">&lt;b&gt;&amp;</option><option value=\"c\" selected>d</option>"
        );
    }
}
