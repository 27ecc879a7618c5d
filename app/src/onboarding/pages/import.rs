//! `/staff/import`: how an import works, the template and its columns, the upload form
//! (a plain multipart form: it works before the wasm arrives) and the latest uploads.

use leptos::prelude::*;
use leptos_i18n::{I18nContext, t, t_string};
use leptos_router::{components::A, hooks::use_query_map};

use crate::{
    i18n::{Locale, use_i18n},
    layout::{PageTitle, guarded},
    locale::format_date_time_with_zone,
    onboarding::{COLUMNS, SheetLine, column_name, sheet_imports, sheet_problem_text},
    paths,
};

/// The message of the refusal the upload came back with (the files' words cover a
/// broken upload, and through them the codes every feature shares).
fn error_message(i18n: I18nContext<Locale>, code: &str) -> Option<String> {
    sheet_problem_text(i18n.get_locale_untracked(), code, 0)
        .or_else(|| crate::files::error_message(i18n, code))
}

#[component]
pub fn ImportPage() -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let error = use_query_map()
        .get_untracked()
        .get("error")
        .and_then(|code| error_message(i18n, &code));
    guarded(sheet_imports(), move |lines| {
        let title = t_string!(i18n, onboarding.title).to_string();
        let (header_h, meaning_h, required_h) = (
            t_string!(i18n, onboarding.h_header).to_string(),
            t_string!(i18n, onboarding.h_meaning).to_string(),
            t_string!(i18n, onboarding.h_required).to_string(),
        );
        let columns = COLUMNS
            .iter()
            .map(|column| {
                let code = column.code;
                let required = if column.required {
                    t_string!(i18n, onboarding.required_yes).to_string()
                } else {
                    t_string!(i18n, onboarding.required_no).to_string()
                };
                view! {
                    <tr>
                        <th scope="row" data-label=header_h.clone()>
                            <span lang="ja">{column.label}</span>" "<code>{format!("({code})")}</code>
                        </th>
                        <td data-label=meaning_h.clone()>{column_name(locale, code)}</td>
                        <td data-label=required_h.clone()>{required}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <PageTitle page=title.clone()/>
            <section class="card stack desk">
                <h1>{title.clone()}</h1>
                <p>{t!(i18n, onboarding.intro)}</p>
                <ol class="steps">
                    <li>{t!(i18n, onboarding.step_template)}</li>
                    <li>{t!(i18n, onboarding.step_save)}</li>
                    <li>{t!(i18n, onboarding.step_upload)}</li>
                </ol>
                <p>
                    <a href=paths::SHEET_TEMPLATE class="button secondary" download="shien-import.csv" rel="external">
                        {t!(i18n, onboarding.template_link)}
                    </a>
                </p>
                {error.clone().map(|m| view! { <div class="alert" role="alert"><p>{m}</p></div> })}
                <form class="stack" method="post" action=paths::SHEET_UPLOAD enctype="multipart/form-data">
                    <div class="field">
                        <label for="sheet-file">{t!(i18n, onboarding.file_label)}</label>
                        <input id="sheet-file" name="file" type="file" accept=".csv,text/csv" required/>
                    </div>
                    <button type="submit" class="button">{t!(i18n, onboarding.upload_button)}</button>
                </form>
            </section>
            <UploadList lines/>
            <details class="card stack desk">
                <summary>{t!(i18n, onboarding.columns_title)}</summary>
                <table class="desk-table" data-testid="import-columns">
                    <thead>
                        <tr>
                            <th scope="col">{header_h.clone()}</th>
                            <th scope="col">{meaning_h.clone()}</th>
                            <th scope="col">{required_h.clone()}</th>
                        </tr>
                    </thead>
                    <tbody>{columns}</tbody>
                </table>
            </details>
        }
    })
}

#[component]
fn UploadList(lines: Vec<SheetLine>) -> impl IntoView {
    let i18n = use_i18n();
    let items = lines
        .into_iter()
        .map(|line| {
            let state = match line.imported {
                Some(c) => t_string!(
                    i18n,
                    onboarding.counts,
                    workers = c.workers_added,
                    companies = c.companies_added,
                    unchanged = c.rows_unchanged
                )
                .to_string(),
                None => t_string!(i18n, onboarding.waiting).to_string(),
            };
            let by = t_string!(
                i18n,
                onboarding.uploaded_by,
                who = line.uploaded_by.clone(),
                at = format_date_time_with_zone(line.uploaded_at)
            )
            .to_string();
            view! {
                <li>
                    <A href=paths::sheet_import(line.id)>{line.file_name}</A>
                    <span class="hint">" · "{by}</span>
                    <br/>
                    <span>{state}</span>
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <section class="card stack desk" aria-labelledby="uploads-title">
            <h2 id="uploads-title">{t!(i18n, onboarding.recent_title)}</h2>
            {if items.is_empty() {
                view! { <p class="hint">{t!(i18n, onboarding.no_uploads)}</p> }.into_any()
            } else {
                view! { <ul class="list" data-testid="uploads">{items}</ul> }.into_any()
            }}
        </section>
    }
}
