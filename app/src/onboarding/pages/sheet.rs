//! `/staff/import/{id}`: one upload. A sheet with problems lists each (line, column, what
//! is wrong, in the reader's language) and imports nothing; a sheet without shows what the
//! import would do, row by row, and the button that imports every row; an imported sheet
//! shows what it made and each new worker's invitation.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{I18nContext, t, t_string};
use leptos_router::{
    components::A,
    hooks::{use_params_map, use_query_map},
};

use crate::{
    domain::SheetImportId,
    error::AppError,
    i18n::{Locale, use_i18n},
    invitations::IssueInvitation,
    layout::{PageTitle, guarded},
    locale::format_date_time_with_zone,
    onboarding::{
        ImportCounts, ImportedWorkerLine, PreviewRow, RunSheetImport, SheetPreview, SheetRefusal,
        SheetState, cell_problem_text, column_name, sheet_import_detail, sheet_problem_text,
    },
    paths,
};

fn id_param() -> Option<SheetImportId> {
    use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok())
}

#[component]
pub fn SheetPage() -> impl IntoView {
    let id = id_param();
    guarded(
        async move {
            match id {
                Some(id) => sheet_import_detail(id).await,
                None => Err(AppError::NotFound),
            }
        },
        |preview| view! { <SheetView preview/> },
    )
}

fn error_message(i18n: I18nContext<Locale>, code: &str) -> Option<String> {
    sheet_problem_text(i18n.get_locale_untracked(), code, 0)
        .or_else(|| crate::layout::shared_error(i18n, code))
}

#[component]
fn SheetView(preview: SheetPreview) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let saved = query
        .get("saved")
        .filter(|code| code == "imported")
        .map(|_| t_string!(i18n, onboarding.saved_imported).to_string());
    let error = query
        .get("error")
        .and_then(|code| error_message(i18n, &code));
    let encoding = match preview.encoding.as_str() {
        "shift_jis" => "Shift_JIS",
        _ => "UTF-8",
    };
    let uploaded = t_string!(
        i18n,
        onboarding.uploaded_at,
        at = format_date_time_with_zone(preview.uploaded_at),
        encoding = encoding
    )
    .to_string();
    let title = preview.file_name.clone();
    let id = preview.id;
    view! {
        <PageTitle page=title.clone()/>
        <section class="card stack desk" aria-labelledby="sheet-title">
            <p><a href=paths::STAFF_IMPORT>{t!(i18n, onboarding.title)}</a></p>
            <h1 id="sheet-title">{title}</h1>
            <p class="hint">{uploaded}</p>
            {saved.map(|m| view! { <p class="notice" role="status">{m}</p> })}
            {error.map(|m| view! { <div class="alert" role="alert"><p>{m}</p></div> })}
            {match preview.state {
                SheetState::Refused(refusal) => view! { <Problems refusal/> }.into_any(),
                SheetState::Ready(rows) => view! { <Ready id rows/> }.into_any(),
                SheetState::Imported { at, counts, workers } => {
                    view! { <Imported at=format_date_time_with_zone(at) counts workers/> }.into_any()
                }
            }}
        </section>
    }
}

/// Every problem, and the way back to upload the file put right.
#[component]
fn Problems(refusal: SheetRefusal) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let message = sheet_problem_text(locale, &refusal.key, refusal.line);
    let name = move |code: &str| column_name(locale, code).unwrap_or_else(|| code.to_owned());
    let missing = (!refusal.missing_columns.is_empty()).then(|| {
        let items = refusal
            .missing_columns
            .iter()
            .map(|code| view! { <li>{name(code)}</li> })
            .collect_view();
        view! {
            <h2>{t!(i18n, onboarding.missing_title)}</h2>
            <ul data-testid="missing-columns">{items}</ul>
        }
    });
    let (line_h, column_h, problem_h) = (
        t_string!(i18n, onboarding.h_line).to_string(),
        t_string!(i18n, onboarding.h_column).to_string(),
        t_string!(i18n, onboarding.h_problem).to_string(),
    );
    let problems = (!refusal.problems.is_empty()).then(|| {
        let rows = refusal
            .problems
            .iter()
            .map(|p| {
                let text = cell_problem_text(locale, &p.key).unwrap_or_else(|| p.key.clone());
                view! {
                    <tr>
                        <th scope="row" data-label=line_h.clone()>{p.line}</th>
                        <td data-label=column_h.clone()>{name(&p.column)}</td>
                        <td data-label=problem_h.clone()>{text}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="desk-table" data-testid="sheet-problems">
                <caption>{t!(i18n, onboarding.problems_title)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{line_h.clone()}</th>
                        <th scope="col">{column_h.clone()}</th>
                        <th scope="col">{problem_h.clone()}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    });
    view! {
        <div class="alert" role="alert" data-testid="sheet-refused"><p>{message}</p></div>
        {missing}
        {problems}
        <p><A href=paths::STAFF_IMPORT attr:class="button">{t!(i18n, onboarding.upload_again)}</A></p>
    }
}

/// What the import would do, and its button.
#[component]
fn Ready(id: SheetImportId, rows: Vec<PreviewRow>) -> impl IntoView {
    let i18n = use_i18n();
    let workers = rows.iter().filter(|r| r.new_worker).count();
    let mut new_companies: Vec<&str> = rows
        .iter()
        .filter(|r| r.new_company)
        .map(|r| r.company.as_str())
        .collect();
    new_companies.sort_unstable();
    new_companies.dedup();
    let summary = t_string!(
        i18n,
        onboarding.ready_summary,
        rows = rows.len(),
        workers = workers,
        companies = new_companies.len(),
        unchanged = rows.len() - workers
    )
    .to_string();
    let (line_h, worker_h, company_h, action_h) = (
        t_string!(i18n, onboarding.h_line).to_string(),
        t_string!(i18n, onboarding.h_worker).to_string(),
        t_string!(i18n, onboarding.h_company).to_string(),
        t_string!(i18n, onboarding.h_action).to_string(),
    );
    let lines = rows
        .into_iter()
        .map(|r| {
            let action = if r.new_worker {
                t_string!(i18n, onboarding.action_new_worker).to_string()
            } else {
                t_string!(i18n, onboarding.action_unchanged).to_string()
            };
            let company_tag = r.new_company.then(|| {
                view! { " "<span class="tag">{t!(i18n, onboarding.new_company)}</span> }
            });
            view! {
                <tr>
                    <th scope="row" data-label=line_h.clone()>{r.line}</th>
                    <td data-label=worker_h.clone()>{r.name}</td>
                    <td data-label=company_h.clone()>{r.company}{company_tag}</td>
                    <td data-label=action_h.clone()>{action}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p data-testid="sheet-summary">{summary}</p>
        <table class="desk-table" data-testid="sheet-rows">
            <thead>
                <tr>
                    <th scope="col">{line_h.clone()}</th>
                    <th scope="col">{worker_h.clone()}</th>
                    <th scope="col">{company_h.clone()}</th>
                    <th scope="col">{action_h.clone()}</th>
                </tr>
            </thead>
            <tbody>{lines}</tbody>
        </table>
        <form class="stack" method="post" action=RunSheetImport::url()>
            <input type="hidden" name="id" value=id.to_string()/>
            <p class="hint">{t!(i18n, onboarding.import_hint)}</p>
            <button type="submit" class="button">{t!(i18n, onboarding.import_button)}</button>
        </form>
    }
}

/// What the import made, and the new workers' invitations.
#[component]
fn Imported(at: String, counts: ImportCounts, workers: Vec<ImportedWorkerLine>) -> impl IntoView {
    let i18n = use_i18n();
    let counted = t_string!(
        i18n,
        onboarding.counts,
        workers = counts.workers_added,
        companies = counts.companies_added,
        unchanged = counts.rows_unchanged
    )
    .to_string();
    let (line_h, worker_h, account_h) = (
        t_string!(i18n, onboarding.h_line).to_string(),
        t_string!(i18n, onboarding.h_worker).to_string(),
        t_string!(i18n, onboarding.h_account).to_string(),
    );
    let has_workers = !workers.is_empty();
    let lines = workers
        .into_iter()
        .map(|w| {
            let account = if w.signed_up {
                view! { <span>{t!(i18n, onboarding.signed_up)}</span> }.into_any()
            } else {
                view! {
                    <form method="post" action=IssueInvitation::url()>
                        <input type="hidden" name="user_id" value=w.user_id.to_string()/>
                        <button type="submit" class="button secondary">
                            {t!(i18n, onboarding.show_link)}
                        </button>
                    </form>
                }
                .into_any()
            };
            view! {
                <tr>
                    <th scope="row" data-label=line_h.clone()>{w.line}</th>
                    <td data-label=worker_h.clone()><A href=paths::worker(w.worker_id)>{w.name}</A></td>
                    <td data-label=account_h.clone()>{account}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p>{t!(i18n, onboarding.imported_on, at = at)}</p>
        <p data-testid="sheet-counts">{counted}</p>
        {has_workers.then(|| view! {
            <h2>{t!(i18n, onboarding.new_workers_title)}</h2>
            <p class="hint">{t!(i18n, onboarding.invite_hint)}</p>
            <table class="desk-table" data-testid="imported-workers">
                <thead>
                    <tr>
                        <th scope="col">{line_h.clone()}</th>
                        <th scope="col">{worker_h.clone()}</th>
                        <th scope="col">{account_h.clone()}</th>
                    </tr>
                </thead>
                <tbody>{lines}</tbody>
            </table>
        })}
    }
}
