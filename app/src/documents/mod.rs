//! Documents workers send from their phones (issue #5). So far: what an upload is, by its
//! content, how a photo is cleaned, and where files are stored.

#[cfg(feature = "ssr")]
mod access;
#[cfg(feature = "ssr")]
pub mod content;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod download;
#[cfg(feature = "ssr")]
mod intake;
#[cfg(feature = "ssr")]
pub mod upload;
#[cfg(feature = "ssr")]
pub mod settings;
#[cfg(feature = "ssr")]
pub mod storage;
