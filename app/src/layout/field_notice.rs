//! The notice that a field takes no new applications (外食業 since 2026-04-13, DESIGN.md
//! §2): shown where a company or a worker is set up in that field, so that staff know
//! before they prepare an application that will be refused.

use leptos::prelude::*;
use leptos_i18n::t;

use crate::{domain::SswField, i18n::use_i18n, locale::today_in_japan};

/// Nothing for a field that takes applications today; else the notice, as a status the
/// screen reader reads with the form.
#[component]
pub fn FieldSuspension(field: Option<SswField>) -> impl IntoView {
    let i18n = use_i18n();
    let suspended = field.is_some_and(|f| !f.accepts_new_applications_on(today_in_japan()));
    suspended.then(|| {
        view! {
            <p class="notice" data-testid="field-suspended">{t!(i18n, companies.food_service_suspended)}</p>
        }
    })
}
