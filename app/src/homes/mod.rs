//! The homes: each kind of user's start page and its to-do list, gathered across features.
//! Only the homes read the to-do lists, so both sit here, on top of the features.

mod pages;
mod todo;

pub use pages::{CompanyHome, MyRecordPage, StaffHome, WorkerHome};
