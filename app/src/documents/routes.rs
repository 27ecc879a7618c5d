//! The document routes that are not server functions: uploads streamed in, files read back.

pub(super) mod download;
pub(super) mod upload;
