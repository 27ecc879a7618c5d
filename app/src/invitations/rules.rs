//! The links that hand an invitation to a messaging app: plain `<a href>`s, so that they
//! work without JavaScript, each carrying the message URL-encoded.

/// Where each app takes a message to send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareLinks {
    /// LINE's share page: opens the app on a phone, the web page elsewhere.
    pub line: String,
    /// WhatsApp's click-to-chat link, without a number: the sender picks the chat.
    pub whatsapp: String,
    /// Messenger's app link. It takes only a link (no text) and opens where the app is
    /// installed; Facebook's web dialog would need an app id of our own.
    pub messenger: String,
}

/// The share links of `message`, which ends with `link`.
pub fn share_links(message: &str, link: &str) -> ShareLinks {
    let text = encode(message);
    ShareLinks {
        line: format!("https://line.me/R/share?text={text}"),
        whatsapp: format!("https://wa.me/?text={text}"),
        messenger: format!("fb-messenger://share/?link={}", encode(link)),
    }
}

/// The message sent with a link: the text, then the link on its own line.
pub fn message_with_link(text: &str, link: &str) -> String {
    format!("{text}\n{link}")
}

/// Percent-encodes every byte but RFC 3986's unreserved characters, so the text is one
/// query value whatever it holds (`&`, `#`, `+`, spaces, any script).
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(char::from(byte));
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_travels_whole_and_encoded() {
        let link = "https://shien.example/i/AbC-12_xyz";
        let message = message_with_link("Xin chào LE & co. #1 + 2", link);
        let links = share_links(&message, link);
        let encoded = "Xin%20ch%C3%A0o%20LE%20%26%20co.%20%231%20%2B%202%0A\
                       https%3A%2F%2Fshien.example%2Fi%2FAbC-12_xyz";
        assert_eq!(
            links.line,
            format!("https://line.me/R/share?text={encoded}")
        );
        assert_eq!(links.whatsapp, format!("https://wa.me/?text={encoded}"));
        assert_eq!(
            links.messenger,
            "fb-messenger://share/?link=https%3A%2F%2Fshien.example%2Fi%2FAbC-12_xyz"
        );
    }

    #[test]
    fn unreserved_characters_stay_and_every_other_byte_is_encoded() {
        assert_eq!(encode("aZ09-._~"), "aZ09-._~");
        assert_eq!(encode("ရွေး"), "%E1%80%9B%E1%80%BD%E1%80%B1%E1%80%B8");
        assert_eq!(encode("\"<>'"), "%22%3C%3E%27");
    }
}
