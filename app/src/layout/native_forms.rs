//! Forms the browser sends itself, at every moment of a page's life.
//!
//! The islands router's script sends every form it sees as `x-www-form-urlencoded`, even a
//! `multipart/form-data` one: a photo or a file then arrives as the text "[object File]"
//! and the message is lost (issue 16). That script runs from the first byte, long before
//! the wasm has loaded on a slow phone, and alone when the wasm never loads. This one runs
//! before it and lets the browser send multipart and `data-reload` forms natively, as
//! without JavaScript. Once an island handles a form (the upload island sends its files
//! itself, with progress), it prevents the default and this script steps aside.

use leptos::{nonce::use_nonce, prelude::*};

/// Registered on `window` before the router's listener (the same phase, so first): a
/// submit nobody handled yet, of a form the router would break, goes no further.
const SCRIPT: &str = "addEventListener('submit',function(e){var f=e.target;\
if(e.defaultPrevented||!(f instanceof HTMLFormElement))return;\
if(f.enctype==='multipart/form-data'||f.hasAttribute('data-reload'))e.stopImmediatePropagation()})";

/// Put in the document's head before `HydrationScripts`.
#[component]
pub fn NativeForms() -> impl IntoView {
    view! { <script nonce=use_nonce() inner_html=SCRIPT></script> }
}
