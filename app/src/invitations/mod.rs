//! Invitations (issue #3): staff make a one-time link and QR code for a person; the person
//! opens it on their phone, in their language, and chooses a password.

mod api;
#[cfg(feature = "ssr")]
mod db;
mod islands;
mod pages;
#[cfg(feature = "ssr")]
mod parts;
mod rules;
#[cfg(feature = "ssr")]
mod service;

pub use api::{
    AcceptInvitation, Invitation, InvitationView, InvitePreview, InviteeInfo, IssueInvitation,
    accept_invitation, invitation, invite_preview, issue_invitation,
};
pub use islands::{InvitationActions, NewPasswordFields};
pub use pages::{AcceptInvitationPage, InvitationPage};
#[cfg(feature = "ssr")]
pub use service::{issue, issue_unshown, preferred_locale};
