//! Unsent text kept on the device (a consultation's draft) is forgotten when its writer
//! signs out: the next person on a shared phone starts with an empty box (issue 17).

use leptos::{nonce::use_nonce, prelude::*};

/// What the key of every draft kept on the device starts with.
pub const DRAFTS_PREFIX: &str = "shien.draft.";

/// Removes every draft from the device's storage; storage may be disabled (private mode),
/// which leaves nothing to remove. A script of its own, so it runs without the wasm too.
const SCRIPT: &str = "try{for(var i=localStorage.length-1;i>=0;i--){var k=localStorage.key(i);\
if(k&&k.indexOf('shien.draft.')===0)localStorage.removeItem(k)}}catch(e){}";

/// Put on the page a sign-out lands on (loaded whole: its form is `data-reload`).
#[component]
pub fn ForgetDrafts() -> impl IntoView {
    view! { <script nonce=use_nonce() inner_html=SCRIPT></script> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_forgets_exactly_the_drafts() {
        assert!(SCRIPT.contains(&format!("'{DRAFTS_PREFIX}'")));
    }
}
