//! The record's fields, for a new company and a known one: what a refused post typed comes
//! back, else what is stored.

use leptos::prelude::*;
use leptos_i18n::{t, t_string};

use crate::layout::FieldSuspension;
use crate::{
    companies::CompanyRecord,
    domain::{SswField, SupportKind},
    i18n::use_i18n,
    layout::{options_html, returned_fields},
    locale::words::support_kind_name,
};

#[component]
pub fn CompanyFields(record: Option<CompanyRecord>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let returned = returned_fields();
    let stored = record.unwrap_or_default();
    let value = |name: &str, stored: Option<String>| returned.or(name, stored);
    let field_html = options_html(
        std::iter::once((
            String::new(),
            t_string!(i18n, companies.choose_field).to_string(),
        ))
        .chain(
            SswField::ALL
                .into_iter()
                .map(|f| (f.code().to_owned(), f.name_ja().to_owned())),
        ),
        &value("field", Some(stored.field.clone())),
    );
    let text = |name: &'static str, label: String, current: Option<String>, kind: &'static str| {
        view! {
            <div class="field">
                <label for=format!("company-{name}")>{label}</label>
                <input id=format!("company-{name}") name=name type=kind value=value(name, current) autocomplete="off"/>
            </div>
        }
    };
    // The boxes ticked in a refused post, else the stored ones.
    let ticked: Vec<SupportKind> = match returned.get("entrusted_supports") {
        Some(codes) => codes
            .lines()
            .filter_map(|code| SupportKind::from_code(code).ok())
            .collect(),
        None => stored.entrusted_supports.clone(),
    };
    let supports = SupportKind::ALL
        .into_iter()
        .enumerate()
        .map(|(n, kind)| {
            let id = format!("entrusted-{}", kind.code());
            let label_for = id.clone();
            view! {
                <label class="check" for=label_for>
                    <input type="checkbox" id=id name=format!("entrusted_supports[{n}]") value=kind.code()
                        checked=ticked.contains(&kind)/>
                    <span>{support_kind_name(locale, kind)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        {text("name", t_string!(i18n, companies.name).to_string(), Some(stored.name.clone()).filter(|n| !n.is_empty()), "text")}
        <div class="field">
            <label for="company-field">{t!(i18n, companies.field)}</label>
            <select id="company-field" name="field" inner_html=field_html></select>
            <p class="hint">{t!(i18n, companies.food_service_hint)}</p>
            <FieldSuspension field=SswField::from_code(&stored.field).ok()/>
        </div>
        {text("corporate_number", t_string!(i18n, companies.corporate_number).to_string(), stored.corporate_number.clone(), "text")}
        {text("postal_code", t_string!(i18n, companies.postal_code).to_string(), stored.postal_code.clone(), "text")}
        {text("address", t_string!(i18n, companies.address).to_string(), stored.address.clone(), "text")}
        {text("representative", t_string!(i18n, companies.representative).to_string(), stored.representative.clone(), "text")}
        {text("phone", t_string!(i18n, companies.phone).to_string(), stored.phone.clone(), "tel")}
        {text("entrusted_on", t_string!(i18n, companies.entrusted_on).to_string(), stored.entrusted_on.map(|d| d.to_string()), "date")}
        <fieldset class="stack">
            <legend>{t!(i18n, companies.entrusted_supports)}</legend>
            {supports}
        </fieldset>
    }
}
