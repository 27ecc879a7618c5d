//! The document routes that are not server functions: uploads streamed in, files read back.

pub mod download;
pub mod upload;
