//! `/me/record`: the worker's own record on their phone (identity, status and stay, read
//! only), and the form that tells their officer when something in it is wrong.

use leptos::prelude::*;
use leptos_i18n::{t, t_string};

use crate::{
    consultations::RecordMistakeForm,
    i18n::use_i18n,
    layout::{PageTitle, guarded},
    workers::{IdentityCard, StayCard, my_worker_record},
};

#[component]
pub fn MyRecordPage() -> impl IntoView {
    let i18n = use_i18n();
    guarded(my_worker_record(), move |worker| {
        let id = worker.summary.id;
        view! {
            <PageTitle page=t_string!(i18n, me.record_title).to_string()/>
            <section class="card stack">
                <h1>{worker.summary.name.clone()}</h1>
                <p>{t!(i18n, me.record_intro)}</p>
            </section>
            <IdentityCard worker=id identity=worker.identity.clone() manage=false/>
            <StayCard worker=id stay=worker.stay.clone() manage=false/>
            <RecordMistakeForm/>
        }
    })
}
