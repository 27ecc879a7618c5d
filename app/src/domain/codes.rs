//! The text codes of the domain's enums, declared once per enum.
//!
//! A code is how a value is stored in the database, sent in a form or a link, and named in
//! a locale key (`supports.status_<code>`), so it never changes once released. Each enum
//! lists its codes once, in [`enum_codes!`], which writes the `ALL`, `code`,
//! `from_code` and `FromStr` that used to be written by hand for each: the compiler then
//! checks that every variant has a code, and the tests that every code reads back.

/// Declares the codes of a fieldless enum: `enum_codes!(Side, "side", { Front => "front",
/// Back => "back" })` gives `Side::ALL` (the variants in the order listed, which is the
/// order lists show them in), `code()`, `from_code()` (an [`UnknownCode`] naming the
/// kind for any other text) and `FromStr` (the same as `from_code`).
///
/// [`UnknownCode`]: crate::domain::UnknownCode
macro_rules! enum_codes {
    ($ty:ident, $kind:literal, { $($variant:ident => $code:literal),+ $(,)? }) => {
        impl $ty {
            /// Every value, in the order lists show them.
            pub const ALL: [Self; [$($code),+].len()] = [$(Self::$variant),+];

            /// The stable code: stored, sent in forms and links, part of locale keys.
            pub fn code(self) -> &'static str {
                match self {
                    $(Self::$variant => $code,)+
                }
            }

            /// The value of a stored or posted code.
            pub fn from_code(code: &str) -> Result<Self, $crate::domain::UnknownCode> {
                match code {
                    $($code => Ok(Self::$variant),)+
                    _ => Err($crate::domain::UnknownCode {
                        kind: $kind,
                        code: code.to_owned(),
                    }),
                }
            }
        }

        impl std::str::FromStr for $ty {
            type Err = $crate::domain::UnknownCode;

            fn from_str(code: &str) -> Result<Self, Self::Err> {
                Self::from_code(code)
            }
        }
    };
}

pub(crate) use enum_codes;

/// Every value's code reads back as that value, through `from_code` and `parse`; no two
/// values share a code; and an unknown code is refused, naming its kind. For the tests of
/// each enum declared with [`enum_codes!`].
#[cfg(test)]
macro_rules! assert_codes_round_trip {
    ($($ty:ty => $kind:literal),+ $(,)?) => {$(
        let mut seen = std::collections::BTreeSet::new();
        for value in <$ty>::ALL {
            assert_eq!(<$ty>::from_code(value.code()), Ok(value));
            assert_eq!(value.code().parse::<$ty>(), Ok(value));
            assert!(seen.insert(value.code()), "{} twice", value.code());
        }
        let unknown = <$ty>::from_code("no such code").expect_err("unknown");
        assert_eq!((unknown.kind, unknown.code.as_str()), ($kind, "no such code"));
    )+};
}

#[cfg(test)]
pub(crate) use assert_codes_round_trip;

#[cfg(test)]
mod tests {
    use crate::domain::{
        AuditAction, ConsultationCategory, ConsultationStatus, Country, DeliveryMode, DocumentKind,
        DocumentStatus, InterviewKind, InterviewMode, InterviewTopic, ResubmitReason, Role, Side,
        SswField, SupportKind, SupportStatus,
    };

    #[test]
    fn every_variant_round_trips() {
        assert_codes_round_trip!(
            AuditAction => "audit action",
            ConsultationCategory => "consultation category",
            ConsultationStatus => "consultation status",
            Country => "country",
            DocumentKind => "document",
            ResubmitReason => "resubmission reason",
            Side => "side",
            DocumentStatus => "document status",
            SswField => "field",
            InterviewKind => "interview",
            InterviewMode => "interview mode",
            InterviewTopic => "interview topic",
            Role => "role",
            SupportKind => "support",
            SupportStatus => "support status",
            DeliveryMode => "delivery mode",
        );
    }
}
