//! `/staff/workers/new`: staff add a worker, who gets a plan and an invitation.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::hooks::use_query_map;

use crate::enrolment::{CreateWorker, islands::LanguageFollowsNationality};
use crate::{
    domain::Country,
    i18n::use_i18n,
    layout::{PageTitle, escape_html, guarded, options_html},
    locale::{LANGUAGES, language_for, nationality_options},
    workers::company_options,
};

/// The field a refused code is about, for the codes that name one field (a name may be
/// either of two: its message stays at the top of the form).
fn field_of(code: &str) -> Option<&'static str> {
    match code {
        "workers.err_company" => Some("company_id"),
        "workers.err_nationality" => Some("nationality"),
        "workers.err_locale" => Some("preferred_locale"),
        _ => None,
    }
}

/// `<option>`s led by an empty one, so that nothing is chosen until staff choose.
fn options_after(first: &str, rest: Vec<(String, String)>, selected: &str) -> String {
    let rest = options_html(rest.into_iter(), selected);
    let first = format!("<option value=\"\">{}</option>", escape_html(first));
    first + &rest
}

/// `/staff/workers/new`: add a worker and get their invitation.
#[component]
pub fn NewWorkerPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let error = query.get("error");
    let returned = crate::layout::returned_fields();
    let value = move |name: &str| returned.text(name);
    let (family, given, nationality) = (
        value("family_name"),
        value("given_name"),
        value("nationality").to_ascii_uppercase(),
    );
    let (company, chosen_locale) = (value("company_id"), value("preferred_locale"));
    guarded(company_options(), move |companies| {
        let message = error.as_deref().and_then(|code| {
            Some(match code {
                "workers.err_company" => t_string!(i18n, workers.err_company),
                "workers.err_name" => t_string!(i18n, workers.err_name),
                "workers.err_nationality" => t_string!(i18n, workers.err_nationality),
                "workers.err_locale" => t_string!(i18n, workers.err_locale),
                "conflict" => t_string!(i18n, workers.err_conflict),
                "bad_request" | "internal" => t_string!(i18n, error.generic),
                _ => return None,
            })
        });
        let field = error.as_deref().and_then(field_of);
        // A field's refusal is said under the field, which takes the focus; the others
        // at the top of the form.
        let (field_message, top_message) = match field {
            Some(_) => (message, None),
            None => (None, message),
        };
        let error_of = move |name: &str| {
            (field == Some(name))
                .then(|| field_message.map(str::to_owned))
                .flatten()
        };
        let invalid = move |name: &str| (field == Some(name)).then_some("true");
        let choose = t_string!(i18n, workers.choose);
        // Options as HTML: a list of <option> views inside <select> breaks the islands
        // router's page swap (TOOLCHAIN.md); the values are our own codes and escaped names.
        let company_html = options_after(
            choose,
            companies
                .iter()
                .map(|c| (c.id.to_string(), c.name.clone()))
                .collect(),
            &company,
        );
        let nationality_html = options_after(
            choose,
            nationality_options(i18n.get_locale_untracked()),
            &nationality,
        );
        // The language follows the nationality until staff choose one; a refused form
        // that came back with a nationality shows that nationality's language.
        let shown_locale = match chosen_locale.as_str() {
            "" => Country::parse_code(&nationality).map_or("", language_for),
            chosen => chosen,
        };
        let locale_html = options_after(
            t_string!(i18n, workers.language_from_nationality),
            LANGUAGES
                .iter()
                .map(|(code, name)| ((*code).to_owned(), (*name).to_owned()))
                .collect(),
            shown_locale,
        );
        let (company_error, nationality_error, locale_error) = (
            error_of("company_id"),
            error_of("nationality"),
            error_of("preferred_locale"),
        );
        view! {
            <PageTitle page=t_string!(i18n, workers.add).to_string()/>
            <section class="card">
                <h1>{t!(i18n, workers.add)}</h1>
                <p>{t!(i18n, workers.add_intro)}</p>
                {top_message.map(|m| view! { <div class="alert" role="alert"><p>{m}</p></div> })}
                <form class="stack" method="post" action=CreateWorker::url()>
                    <div class="field">
                        <label for="company_id">{t!(i18n, workers.company)}</label>
                        <select id="company_id" name="company_id" required
                            aria-invalid=invalid("company_id")
                            aria-describedby="company_id-error"
                            autofocus=company_error.is_some()
                            inner_html=company_html></select>
                        <p class="field-error" id="company_id-error">{company_error}</p>
                    </div>
                    <div class="field">
                        <label for="family_name">{t!(i18n, workers.family_name)}</label>
                        <input id="family_name" name="family_name" required maxlength="100"
                            autocapitalize="characters" value=family.clone()/>
                    </div>
                    <div class="field">
                        <label for="given_name">{t!(i18n, workers.given_name)}</label>
                        <input id="given_name" name="given_name" required maxlength="100"
                            autocapitalize="characters" value=given.clone()/>
                        <p class="hint">{t!(i18n, workers.name_hint)}</p>
                    </div>
                    <div class="field">
                        <label for="nationality">{t!(i18n, workers.nationality)}</label>
                        <select id="nationality" name="nationality" required
                            aria-invalid=invalid("nationality")
                            aria-describedby="nationality-error"
                            autofocus=nationality_error.is_some()
                            inner_html=nationality_html></select>
                        <p class="field-error" id="nationality-error">{nationality_error}</p>
                    </div>
                    <div class="field">
                        <label for="preferred_locale">{t!(i18n, workers.language)}</label>
                        // `data-chosen`: staff chose the language; the nationality no
                        // longer changes it.
                        <select id="preferred_locale" name="preferred_locale"
                            data-chosen=(!chosen_locale.is_empty()).then_some("")
                            aria-invalid=invalid("preferred_locale")
                            aria-describedby="preferred_locale-hint preferred_locale-error"
                            autofocus=locale_error.is_some()
                            inner_html=locale_html></select>
                        <p class="hint" id="preferred_locale-hint">{t!(i18n, workers.language_hint)}</p>
                        <p class="field-error" id="preferred_locale-error">{locale_error}</p>
                    </div>
                    <LanguageFollowsNationality/>
                    <button type="submit" class="button">{t!(i18n, workers.create)}</button>
                </form>
            </section>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_option_is_empty_and_chosen_when_nothing_is() {
        let html = options_after("Choose…", vec![("a".into(), "A".into())], "");
        assert_eq!(
            html,
            "<option value=\"\">Choose…</option><option value=\"a\">A</option>"
        );
        let html = options_after("<x>", vec![("a".into(), "A".into())], "a");
        assert!(html.starts_with("<option value=\"\">&lt;x&gt;</option>"));
        assert!(html.contains("<option value=\"a\" selected>"));
    }
}
