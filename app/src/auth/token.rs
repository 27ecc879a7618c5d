//! Secret tokens (invitation links, sign-in devices): 128 random bits, given out once as
//! text, stored only as a hash.

use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
use sha2::{Digest, Sha256};

/// A new token (22 URL-safe characters) and the hash to store.
pub fn new_token() -> (String, String) {
    let mut bytes = [0u8; 16];
    // ThreadRng is a CSPRNG (ChaCha12) seeded from the operating system.
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let hash = hash_token(&token);
    (token, hash)
}

/// SHA-256 of the token, in hex. A plain hash suffices: the token has 128 random bits, so
/// there is nothing to guess that a slow hash would protect.
pub fn hash_token(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether `text` could be a token at all: checked before touching the database.
pub fn looks_like_token(text: &str) -> bool {
    text.len() == 22
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_url_safe_and_stored_hashed() {
        let (a, hash_a) = new_token();
        let (b, _) = new_token();
        assert_ne!(a, b);
        assert!(looks_like_token(&a), "{a}");
        assert_eq!(URL_SAFE_NO_PAD.decode(&a).map(|v| v.len()), Ok(16));
        assert_eq!(hash_a, hash_token(&a));
        assert_eq!(hash_a.len(), 64);
        assert!(!hash_a.contains(&a));
        assert!(!looks_like_token("../../etc/passwd"));
        assert!(!looks_like_token(&"a".repeat(23)));
    }
}
