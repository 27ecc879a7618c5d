//! The invitation's islands: the new-password fields, checked as the person types, in
//! their language (the server checks again; without wasm its message comes back in the
//! page); and the buttons that print, copy and share a new link (`share`).

mod share;

use leptos::{html, prelude::*};
use serde::{Deserialize, Serialize};

pub use share::{InvitationActions, ShareTexts};

use crate::domain::{PASSWORD_MAX_CHARS, PasswordProblem, check_new_password};

/// The translated texts of the fields (islands get their strings as props).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordTexts {
    pub password: String,
    pub confirm: String,
    pub hint: String,
    pub too_short: String,
    pub too_long: String,
    pub blank: String,
    /// Only the server finds this one (the lists stay off the phone).
    pub common: String,
    pub mismatch: String,
}

impl PasswordTexts {
    fn message(&self, problem: PasswordProblem) -> String {
        match problem {
            PasswordProblem::TooShort => self.too_short.clone(),
            PasswordProblem::TooLong => self.too_long.clone(),
            PasswordProblem::Blank => self.blank.clone(),
            PasswordProblem::Common => self.common.clone(),
            PasswordProblem::Mismatch => self.mismatch.clone(),
        }
    }
}

#[island]
pub fn NewPasswordFields(
    texts: PasswordTexts,
    /// The server's refusal of the last attempt: (field, message).
    server_error: Option<(String, String)>,
) -> impl IntoView {
    let password = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    // Messages appear once a field has been left or the form was sent, not while typing.
    let shown = RwSignal::new(false);
    let password_ref = NodeRef::<html::Input>::new();
    let confirm_ref = NodeRef::<html::Input>::new();
    let problem = Memo::new(move |_| check_new_password(&password.get(), &confirm.get()).err());

    let texts_for_effect = texts.clone();
    Effect::new(move |_| {
        let problem = problem.get();
        let message_for = |field: &str| {
            problem
                .filter(|p| p.field() == field)
                .map(|p| texts_for_effect.message(p))
                .unwrap_or_default()
        };
        // The browser then refuses to send the form and shows our message.
        if let Some(input) = password_ref.get() {
            input.set_custom_validity(&message_for("password"));
        }
        if let Some(input) = confirm_ref.get() {
            input.set_custom_validity(&message_for("confirm"));
        }
    });

    let (server_field, server_message) = server_error.unzip();
    let typed = move || !password.get().is_empty() || !confirm.get().is_empty();
    let message = {
        let texts = texts.clone();
        move |field: &'static str| {
            let server = (server_field.as_deref() == Some(field))
                .then(|| server_message.clone())
                .flatten();
            let live = problem
                .get()
                .filter(|p| p.field() == field && shown.get())
                .map(|p| texts.message(p));
            if typed() { live } else { server.or(live) }
        }
    };
    let password_message = {
        let message = message.clone();
        move || message("password")
    };
    let confirm_message = move || message("confirm");

    view! {
        <div class="field">
            <label for="password">{texts.password}</label>
            <input
                id="password"
                name="password"
                type="password"
                autocomplete="new-password"
                required
                maxlength=PASSWORD_MAX_CHARS
                aria-describedby="password-hint password-error"
                node_ref=password_ref
                on:input=move |ev| password.set(event_target_value(&ev))
                on:blur=move |_| shown.set(true)
                on:invalid=move |_| shown.set(true)
            />
            <p class="hint" id="password-hint">{texts.hint}</p>
            <p class="field-error" id="password-error" aria-live="polite">{password_message}</p>
        </div>
        <div class="field">
            <label for="confirm">{texts.confirm}</label>
            <input
                id="confirm"
                name="confirm"
                type="password"
                autocomplete="new-password"
                required
                maxlength=PASSWORD_MAX_CHARS
                aria-describedby="confirm-error"
                node_ref=confirm_ref
                on:input=move |ev| confirm.set(event_target_value(&ev))
                on:blur=move |_| shown.set(true)
                on:invalid=move |_| shown.set(true)
            />
            <p class="field-error" id="confirm-error" aria-live="polite">{confirm_message}</p>
        </div>
    }
}
