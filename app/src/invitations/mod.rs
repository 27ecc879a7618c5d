//! Invitations (issue #3): staff make a one-time link and QR code for a person; the person
//! opens it on their phone, in their language, and chooses a password.

mod api;
mod components;
#[cfg(feature = "ssr")]
mod db;
mod islands;
#[cfg(feature = "ssr")]
mod qr;
#[cfg(feature = "ssr")]
mod service;
#[cfg(feature = "ssr")]
mod shown_once;

pub use api::{
    AcceptInvitation, Invitation, InvitationView, InvitePreview, InviteeInfo, IssueInvitation,
    accept_invitation, invitation, invite_preview, issue_invitation,
};
pub use components::{AcceptInvitationPage, InvitationPage};
pub use islands::NewPasswordFields;
#[cfg(feature = "ssr")]
pub use service::{issue, preferred_locale};
