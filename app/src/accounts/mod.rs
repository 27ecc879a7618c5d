//! Accounts administration (admins): the list of accounts, inviting staff and company
//! users, disabling and enabling accounts.

mod api;
#[cfg(feature = "ssr")]
mod db;
mod form;
mod pages;
#[cfg(feature = "ssr")]
mod service;

pub use api::{
    AccountSummary, InviteAccount, ListAccounts, SetAccountDisabled, invite_account, list_accounts,
    set_account_disabled,
};
pub use form::InviteForm;
pub use pages::AccountsPage;
