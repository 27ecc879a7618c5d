//! Documents workers send from their phones (issue #5). So far: what an upload is, by its
//! content, and how a photo is cleaned before it is stored.

#[cfg(feature = "ssr")]
pub mod content;
