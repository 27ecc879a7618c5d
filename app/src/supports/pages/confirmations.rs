//! `/company/confirmations`: what waits for the company, confirmed one by one or several
//! at once.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::components::A;

use crate::supports::{
    ConfirmSupports,
    pages::plan::{Outcome, SupportFacts, line_name},
    supports_to_confirm,
};
use crate::{
    i18n::use_i18n,
    layout::{PageTitle, guarded},
    paths,
};

/// `/company/confirmations`: supports waiting for the company's confirmation, confirmed
/// one by one or several at once.
#[component]
pub fn ConfirmationsPage() -> impl IntoView {
    let i18n = use_i18n();
    guarded(supports_to_confirm(), move |waiting| {
        let empty = waiting.is_empty();
        view! {
            <PageTitle page=t_string!(i18n, supports.confirm_title).to_string()/>
            <section class="card stack">
                <h1>{t!(i18n, supports.confirm_title)}</h1>
                <p>{t!(i18n, supports.confirm_intro)}</p>
                <Outcome/>
                {empty.then(|| view! { <p>{t!(i18n, supports.confirm_none)}</p> })}
            </section>
            {(!empty).then(|| view! {
                <section class="card">
                    <form class="stack" method="post" action=ConfirmSupports::url()>
                        <ul class="list supports">
                            {waiting.into_iter().enumerate().map(|(n, item)| {
                                let name = line_name(i18n, &item.line);
                                let value = format!("{}:{}", item.line.id, item.line.version);
                                let label_id = format!("item-{n}");
                                let href = paths::support(item.line.id);
                                view! {
                                    <li class="support">
                                        <div class="support-head">
                                            <label class="check" for=label_id>
                                                <input type="checkbox" id=label_id.clone() name=format!("item[{n}]") value=value/>
                                                <span>{item.worker_name.clone()} " · " {name}</span>
                                            </label>
                                            <A href=href>{t!(i18n, supports.open)}</A>
                                        </div>
                                        <SupportFacts line=item.line/>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        <button type="submit" class="button">{t!(i18n, supports.confirm_button)}</button>
                    </form>
                </section>
            })}
        }
    })
}
