//! Pure rules of the domain (DESIGN.md §2): no I/O, usable on both sides, unit tested.

mod field;
mod role;

pub use field::SswField;
pub use role::Role;

/// The text of an enum value that is not one of its known codes.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} code: {code}")]
pub struct UnknownCode {
    pub kind: &'static str,
    pub code: String,
}
