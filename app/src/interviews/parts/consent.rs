//! A consent to online interviews on the page: when it was given, what it covers, and the
//! button to withdraw it (for the person who gave it, and for staff when told).

use chrono::{DateTime, Utc};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};

use crate::interviews::WithdrawInterviewConsent;
use crate::{
    domain::{ConsentPerson, WorkerId},
    i18n::use_i18n,
    locale::format_date_time,
};

/// One person's consent. `worker_id` is sent for staff and the company (a worker withdraws
/// their own); `None` given shows that there is none in force.
#[component]
pub fn ConsentState(
    person: ConsentPerson,
    given_at: Option<DateTime<Utc>>,
    worker_id: Option<WorkerId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let title = match person {
        ConsentPerson::Worker => t_string!(i18n, interview.consent_worker_title),
        ConsentPerson::Supervisor => t_string!(i18n, interview.consent_supervisor_title),
    };
    let heading = format!("consent-{}", person.code());
    let labelled_by = heading.clone();
    view! {
        <section class="card stack" aria-labelledby=labelled_by>
            <h2 id=heading>{title}</h2>
            {match given_at {
                Some(at) => view! {
                    <p>{t_string!(i18n, interview.consent_given_on, date = format_date_time(at)).to_string()}</p>
                    <p class="hint">{t!(i18n, interview.consent_covers)}</p>
                    <form method="post" action=WithdrawInterviewConsent::url() data-reload="true">
                        <input type="hidden" name="person" value=person.code()/>
                        {worker_id.map(|id| view! { <input type="hidden" name="worker_id" value=id.to_string()/> })}
                        <button type="submit" class="button secondary">{t!(i18n, interview.consent_withdraw)}</button>
                    </form>
                    <p class="hint">{t!(i18n, interview.consent_withdraw_hint)}</p>
                }
                .into_any(),
                None => view! { <p class="hint">{t!(i18n, interview.consent_none)}</p> }.into_any(),
            }}
        </section>
    }
}
