//! `/staff/workers/new`: staff add a worker, who gets a plan and an invitation.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::hooks::use_query_map;

use crate::enrolment::CreateWorker;
use crate::{
    i18n::use_i18n,
    layout::{PageTitle, guarded, options_html},
    locale::LANGUAGES,
    workers::company_options,
};

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
        value("nationality"),
    );
    let (company, locale) = (value("company_id"), value("preferred_locale"));
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
        // Options as HTML: a list of <option> views inside <select> breaks the islands
        // router's page swap (TOOLCHAIN.md); the values are our own ids and escaped names.
        let company_html = options_html(
            companies.iter().map(|c| (c.id.to_string(), c.name.clone())),
            &company,
        );
        let locale_html = options_html(
            LANGUAGES
                .iter()
                .map(|(code, name)| ((*code).to_owned(), (*name).to_owned())),
            &locale,
        );
        view! {
            <PageTitle page=t_string!(i18n, workers.add).to_string()/>
            <section class="card">
                <h1>{t!(i18n, workers.add)}</h1>
                <p>{t!(i18n, workers.add_intro)}</p>
                {message.map(|m| view! { <div class="alert" role="alert"><p>{m}</p></div> })}
                <form class="stack" method="post" action=CreateWorker::url()>
                    <div class="field">
                        <label for="company_id">{t!(i18n, workers.company)}</label>
                        <select id="company_id" name="company_id" required inner_html=company_html></select>
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
                        <input id="nationality" name="nationality" required maxlength="2"
                            autocapitalize="characters" value=nationality.clone()
                            aria-describedby="nationality-hint"/>
                        <p class="hint" id="nationality-hint">{t!(i18n, workers.nationality_hint)}</p>
                    </div>
                    <div class="field">
                        <label for="preferred_locale">{t!(i18n, workers.language)}</label>
                        <select id="preferred_locale" name="preferred_locale" required inner_html=locale_html></select>
                    </div>
                    <button type="submit" class="button">{t!(i18n, workers.create)}</button>
                </form>
            </section>
        }
    })
}
