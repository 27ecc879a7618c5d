use leptos::prelude::*;
use leptos_i18n::t;

use crate::i18n::use_i18n;
use crate::workers::WorkerRecord;

/// The facts of a worker's record, on their page and on their own home.
#[component]
pub fn WorkerFacts(worker: WorkerRecord) -> impl IntoView {
    let i18n = use_i18n();
    let s = worker.summary;
    let expiry = s
        .residence_card_expiry
        .map_or_else(|| "—".to_owned(), |d| d.to_string());
    view! {
        <section class="card">
            <dl class="facts">
                <dt>{t!(i18n, workers.company)}</dt>
                <dd>{s.company_name}</dd>
                <dt>{t!(i18n, workers.login_id)}</dt>
                <dd><code>{s.login_id.unwrap_or_default()}</code></dd>
                <dt>{t!(i18n, workers.card_expiry)}</dt>
                <dd>{expiry}</dd>
            </dl>
        </section>
    }
}
