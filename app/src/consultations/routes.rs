//! The consultation routes that are not server functions: a message sent with a photo
//! (multipart), and a photo read back.

pub(super) mod photo;
pub(super) mod send;
