//! `/me/consultations` and `/me/consultations/:id`: a worker asks for help in their own
//! language (support 7), follows the answer, and sees when staff have read it.

use leptos::prelude::*;
use leptos_i18n::{t, t_string};

use crate::consultations::{
    OwnConsultations, Thread,
    labels::{error_message, saved_message, status_name, thread_title},
    my_consultations,
    parts::{HoursCard, MessageForm, MessageList, item_row, returned_here, saved, thread_of_route},
};
use crate::{
    i18n::use_i18n,
    layout::{FormOutcome, PageTitle, ReloadForms, guarded},
    paths,
};

#[component]
pub fn MyConsultationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let saved = saved();
    let load = my_consultations();
    let returned = returned_here();
    let load = async move { Ok((load.await?, returned)) };
    guarded(load, move |(data, returned): (OwnConsultations, _)| {
        let list = if data.items.is_empty() {
            view! { <p class="hint">{t!(i18n, consultation.none_yet)}</p> }.into_any()
        } else {
            view! {
                <ul class="list consultations" role="list">
                    {data.items.into_iter().map(|item| {
                        let href = paths::my_consultation(item.id);
                        item_row(i18n, item, href)
                    }).collect_view()}
                </ul>
            }
            .into_any()
        };
        view! {
            <PageTitle page=t_string!(i18n, consultation.my_title).to_string()/>
            <ReloadForms/>
            // The form first: a worker came to write. Whether someone answers now is one
            // line above it; the week's hours are folded below.
            <section class="card stack">
                <h1>{t!(i18n, consultation.my_title)}</h1>
                <p>{t!(i18n, consultation.intro)}</p>
                <FormOutcome saved=saved_message error=error_message/>
                <HoursCard reachable=data.reachable/>
            </section>
            <section class="card stack" aria-labelledby="new-title">
                <h2 id="new-title">{t!(i18n, consultation.new_title)}</h2>
                <MessageForm thread=None saved=saved.clone() returned/>
                <p class="hint">{t!(i18n, consultation.confidential)}</p>
                <p class="hint">{t!(i18n, consultation.emergency)}</p>
            </section>
            <section class="card stack" aria-labelledby="mine-title">
                <h2 id="mine-title">{t!(i18n, consultation.mine_title)}</h2>
                {list}
            </section>
        }
    })
}

#[component]
pub fn MyConsultationPage() -> impl IntoView {
    let i18n = use_i18n();
    let saved = saved();
    let load = thread_of_route();
    let returned = returned_here();
    let load = async move { Ok((load.await?, returned)) };
    guarded(load, move |(thread, returned): (Thread, _)| {
        let title = thread_title(i18n, &thread.item);
        view! {
            <PageTitle page=title.clone()/>
            <ReloadForms/>
            <section class="card stack">
                <p><a href=paths::MY_CONSULTATIONS>{t!(i18n, consultation.back_to_mine)}</a></p>
                <h1>{title}</h1>
                <p class="badge">{status_name(i18n, thread.item.status)}</p>
                <FormOutcome saved=saved_message error=error_message/>
                <MessageList messages=thread.messages staff_reader=false/>
            </section>
            <section class="card stack" aria-labelledby="reply-title">
                <h2 id="reply-title">{t!(i18n, consultation.reply_title)}</h2>
                <MessageForm thread=Some(thread.item.id) saved=saved.clone() returned/>
            </section>
        }
    })
}
