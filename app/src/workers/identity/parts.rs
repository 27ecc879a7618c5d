//! The identity card on a worker's page and on the worker's own home: the facts the caller
//! may read, and for staff the form that changes them (folded, so that a phone shows the
//! facts first). Server-rendered plain forms: no wasm.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::hooks::use_query_map;

use super::labels::{error_text, sex_label};
use super::{IdentityRecord, UpdateWorkerIdentity};
use crate::layout::FieldSuspension;
use crate::{
    domain::{JobCategory, Sex, SswField, postal_code_printed},
    i18n::use_i18n,
    layout::{options_html, returned_fields},
    locale::nationality_name,
};

fn dash() -> String {
    "—".to_owned()
}

/// The identity of one worker; `manage` adds staff's form.
#[component]
pub fn IdentityCard(
    worker: crate::domain::WorkerId,
    identity: IdentityRecord,
    manage: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let query = use_query_map().get_untracked();
    let saved = (query.get("saved").as_deref() == Some("identity"))
        .then(|| t_string!(i18n, identity.saved));
    let error = query
        .get("error")
        .filter(|code| code.starts_with("identity."))
        .and_then(|code| error_text(locale, &code));
    let refused = error.is_some();
    let field = SswField::from_code(&identity.field).ok();
    let status = {
        let mut parts = vec![t_string!(i18n, identity.status_ssw1).to_string()];
        parts.extend(field.map(|f| f.name_ja().to_owned()));
        parts.extend(identity.job_category.map(|c| c.name_ja().to_owned()));
        parts.join(" · ")
    };
    let languages = if identity.languages.is_empty() {
        dash()
    } else {
        identity.languages.join(", ")
    };
    let personal = identity.personal.clone().map(|p| {
        let address = match (p.postal_code.as_deref(), p.address) {
            (None, None) => dash(),
            (code, address) => [
                code.map(|c| format!("〒{}", postal_code_printed(c))),
                address,
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" "),
        };
        view! {
            <dt>{t!(i18n, identity.birth_date)}</dt>
            <dd>{p.birth_date.map_or_else(dash, |d| d.to_string())}</dd>
            <dt>{t!(i18n, identity.sex)}</dt>
            <dd>{p.sex.map_or_else(dash, |s| sex_label(locale, s))}</dd>
            <dt>{t!(i18n, identity.address)}</dt>
            <dd data-testid="identity-address">{address}</dd>
        }
    });
    view! {
        <section class="card stack" aria-labelledby="identity-title" id="identity">
            <h2 id="identity-title">{t!(i18n, identity.title)}</h2>
            {saved.map(|m| view! { <p class="notice" role="status">{m}</p> })}
            {error.map(|m| view! { <div class="alert" role="alert"><p>{m}</p></div> })}
            <dl class="facts">
                <dt>{t!(i18n, identity.name_katakana)}</dt>
                <dd>{identity.name_katakana.clone().unwrap_or_else(dash)}</dd>
                <dt>{t!(i18n, identity.nationality)}</dt>
                <dd>{nationality_name(locale, &identity.nationality)}</dd>
                {personal}
                <dt>{t!(i18n, identity.card_number)}</dt>
                <dd data-testid="card-number"><code>{identity.card_number.clone().unwrap_or_else(dash)}</code></dd>
                <dt>{t!(i18n, identity.passport_number)}</dt>
                <dd data-testid="passport-number"><code>{identity.passport_number.clone().unwrap_or_else(dash)}</code></dd>
                <dt>{t!(i18n, identity.passport_expiry)}</dt>
                <dd>{identity.passport_expiry.map_or_else(dash, |d| d.to_string())}</dd>
                <dt>{t!(i18n, identity.status)}</dt>
                <dd data-testid="identity-status">{status}<FieldSuspension field/></dd>
                <dt>{t!(i18n, identity.workplace)}</dt>
                <dd data-testid="identity-workplace">{identity.workplace.clone().unwrap_or_else(dash)}</dd>
                <dt>{t!(i18n, identity.languages)}</dt>
                <dd data-testid="identity-languages">{languages}</dd>
            </dl>
            {manage.then(|| view! { <IdentityForm worker identity field refused/> })}
        </section>
    }
}

/// Staff's form: every fact at once, what was refused shown again as typed.
#[component]
fn IdentityForm(
    worker: crate::domain::WorkerId,
    identity: IdentityRecord,
    field: Option<SswField>,
    /// Open at once when the post was refused.
    refused: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let returned = returned_fields();
    let personal = identity.personal.clone().unwrap_or_default();
    // What was typed when the post was refused, else what is stored.
    let value = |name: &str, stored: Option<String>| returned.or(name, stored);
    let sex_html = options_html(
        std::iter::once((String::new(), "—".to_owned())).chain(
            Sex::ALL
                .into_iter()
                .map(|s| (s.code().to_owned(), sex_label(locale, s))),
        ),
        &value("sex", personal.sex.map(|s| s.code().to_owned())),
    );
    let categories: Vec<JobCategory> = field.into_iter().flat_map(JobCategory::of_field).collect();
    let category_html = options_html(
        std::iter::once((String::new(), "—".to_owned())).chain(
            categories
                .into_iter()
                .map(|c| (c.code().to_owned(), c.name_ja().to_owned())),
        ),
        &value(
            "job_category",
            identity.job_category.map(|c| c.code().to_owned()),
        ),
    );
    let text = |name: &'static str, label: String, stored: Option<String>, hint: Option<String>| {
        let described = hint.as_ref().map(|_| format!("{name}-hint"));
        view! {
            <div class="field">
                <label for=format!("identity-{name}")>{label}</label>
                {hint.map(|h| view! { <p class="hint" id=format!("{name}-hint")>{h}</p> })}
                <input id=format!("identity-{name}") name=name value=value(name, stored)
                    aria-describedby=described autocomplete="off"/>
            </div>
        }
    };
    let date = |name: &'static str, label: String, stored: Option<chrono::NaiveDate>| {
        view! {
            <div class="field">
                <label for=format!("identity-{name}")>{label}</label>
                <input id=format!("identity-{name}") name=name type="date"
                    value=value(name, stored.map(|d| d.to_string()))/>
            </div>
        }
    };
    let languages = value("languages", Some(identity.languages.join("\n")));
    let workplace_html = options_html(
        std::iter::once((String::new(), "—".to_owned())).chain(
            identity
                .workplaces
                .iter()
                .map(|(id, name)| (id.to_string(), name.clone())),
        ),
        &value(
            "workplace_id",
            identity.workplace_id.map(|id| id.to_string()),
        ),
    );
    view! {
        <details class="edit" open=refused>
            <summary>{t!(i18n, identity.edit)}</summary>
            <form class="stack" method="post" action=UpdateWorkerIdentity::url()>
                <input type="hidden" name="id" value=worker.to_string()/>
                {text("name_katakana", t_string!(i18n, identity.name_katakana).to_string(), identity.name_katakana.clone(), Some(t_string!(i18n, identity.katakana_hint).to_string()))}
                {date("birth_date", t_string!(i18n, identity.birth_date).to_string(), personal.birth_date)}
                <div class="field">
                    <label for="identity-sex">{t!(i18n, identity.sex)}</label>
                    <select id="identity-sex" name="sex" inner_html=sex_html></select>
                </div>
                {text("residence_card_number", t_string!(i18n, identity.card_number).to_string(), identity.card_number.clone(), Some(t_string!(i18n, identity.card_number_hint).to_string()))}
                {text("passport_number", t_string!(i18n, identity.passport_number).to_string(), identity.passport_number.clone(), None)}
                {date("passport_expiry", t_string!(i18n, identity.passport_expiry).to_string(), identity.passport_expiry)}
                {text("postal_code", t_string!(i18n, identity.postal_code).to_string(), personal.postal_code.clone(), None)}
                {text("address", t_string!(i18n, identity.address).to_string(), personal.address.clone(), None)}
                <div class="field">
                    <label for="identity-job_category">{t!(i18n, identity.job_category)}</label>
                    <select id="identity-job_category" name="job_category" inner_html=category_html></select>
                </div>
                <div class="field">
                    <label for="identity-workplace_id">{t!(i18n, identity.workplace)}</label>
                    <select id="identity-workplace_id" name="workplace_id" inner_html=workplace_html></select>
                </div>
                <div class="field">
                    <label for="identity-languages">{t!(i18n, identity.languages)}</label>
                    <p class="hint" id="languages-hint">{t!(i18n, identity.languages_hint)}</p>
                    <textarea id="identity-languages" name="languages" rows="3"
                        aria-describedby="languages-hint">{languages}</textarea>
                </div>
                <button type="submit" class="button secondary">{t!(i18n, identity.save)}</button>
            </form>
        </details>
    }
}
