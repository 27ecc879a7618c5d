//! What the admin's home shows of the organization: its warnings, each a link to the page
//! where it is put right.

use leptos::prelude::*;
use leptos_i18n::t;
use leptos_router::components::A;

use super::{OrganizationWarning, labels::warning_text};
use crate::{i18n::use_i18n, paths};

#[component]
pub fn OrganizationWarnings(warnings: Vec<OrganizationWarning>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    (!warnings.is_empty()).then(move || {
        let lines = warnings
            .iter()
            .map(|w| {
                let href = match w {
                    OrganizationWarning::OverCaseload { .. } => paths::STAFF_CASELOAD,
                    _ => paths::STAFF_ORGANIZATION,
                };
                let text = warning_text(locale, w);
                view! { <li class="urgent"><A href=href><span>{text}</span></A></li> }
            })
            .collect_view();
        view! {
            <section class="card stack" aria-labelledby="organization-warnings-title">
                <h2 id="organization-warnings-title">{t!(i18n, organization.warnings_title)}</h2>
                <ul class="list todo" data-testid="organization-warnings">{lines}</ul>
            </section>
        }
    })
}
