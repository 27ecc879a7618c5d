//! Pieces the worker's and staff's consultation pages share: the opening hours, a thread's
//! messages, and the message form (multipart, with a photo and a kept draft).

use leptos::prelude::*;
use leptos_i18n::{t, t_string};
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    ConsultationItem, MessageView, Reachable, Thread,
    islands::{DraftText, draft_key},
    labels::{I18n, category_name, status_name, weekday_name},
};
use crate::{
    domain::{ConsultationId, UserId},
    error::AppError,
    i18n::use_i18n,
    layout::{ReturnedFields, returned_fields},
    locale::format_date_time,
    paths,
};

/// What a refused message form typed, for this page (read once).
pub fn returned_here() -> ReturnedFields {
    returned_fields()
}

/// What the page follows: `?saved=sent`, `?saved=opened`, …
pub fn saved() -> Option<String> {
    use_query_map().get_untracked().get("saved")
}

/// The thread of the route's `:id`, for its reader; a malformed id is "not found".
pub fn thread_of_route()
-> impl std::future::Future<Output = Result<Thread, AppError>> + Send + 'static {
    let id = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse::<ConsultationId>().ok());
    async move {
        match id {
            Some(id) => super::consultation(id).await,
            None => Err(AppError::NotFound),
        }
    }
}

/// When someone answers, and whether they do now.
#[component]
pub fn HoursCard(reachable: Reachable) -> impl IntoView {
    let i18n = use_i18n();
    if reachable.hours.is_empty() {
        return view! { <p class="hint">{t!(i18n, consultation.hours_unset)}</p> }.into_any();
    }
    let now = if reachable.open_now {
        t_string!(i18n, consultation.open_now).to_string()
    } else {
        t_string!(i18n, consultation.closed_now).to_string()
    };
    view! {
        <div class="stack hours">
            <p class=if reachable.open_now { "badge ok" } else { "badge" }>{now}</p>
            <dl class="facts">
                {reachable.hours.into_iter().map(|day| view! {
                    <dt>{weekday_name(i18n, day.weekday)}</dt>
                    <dd>{format!("{} – {}", day.opens.format("%H:%M"), day.closes.format("%H:%M"))}</dd>
                }).collect_view()}
            </dl>
            <p class="hint">{t!(i18n, consultation.hours_hint)}</p>
        </div>
    }
    .into_any()
}

/// A thread's messages, oldest first; the reader's own side on the right.
#[component]
pub fn MessageList(messages: Vec<MessageView>, staff_reader: bool) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ol class="messages" role="list">
            {messages.into_iter().map(|m| message(i18n, m, staff_reader)).collect_view()}
        </ol>
    }
}

fn message(i18n: I18n, m: MessageView, staff_reader: bool) -> impl IntoView {
    let mine = m.from_staff == staff_reader;
    let class = match (m.internal, mine) {
        (true, _) => "message note",
        (false, true) => "message mine",
        (false, false) => "message theirs",
    };
    let photo = m.photo.then(|| {
        let full = paths::consultation_photo(m.id, false);
        let thumb = paths::consultation_photo(m.id, true);
        view! {
            <a href=full target="_blank" rel="noopener" class="message-photo">
                <img src=thumb alt=t_string!(i18n, consultation.photo_alt).to_string() loading="lazy"/>
            </a>
        }
    });
    let seen = (m.seen_by_staff && !staff_reader)
        .then(|| view! { <span class="seen">{t!(i18n, consultation.seen)}</span> });
    view! {
        <li class=class>
            {m.internal.then(|| view! { <p class="note-label">{t!(i18n, consultation.note_label)}</p> })}
            <p class="message-author">{m.author}</p>
            <p class="message-body">{m.body}</p>
            {photo}
            <p class="message-meta">
                <time datetime=m.at.to_rfc3339()>{format_date_time(m.at)}</time>
                {seen}
            </p>
        </li>
    }
}

/// The form that sends a message: text (its draft kept on the device), an optional photo
/// from the camera or the gallery, and for a new thread the category and "urgent".
#[component]
pub fn MessageForm(
    /// `None`: a new consultation.
    thread: Option<ConsultationId>,
    /// Staff may write a note instead of a reply.
    #[prop(optional)]
    staff: bool,
    /// What the page's `?saved=` says was just sent: `sent` (this thread's message) or
    /// `opened` (a new consultation).
    saved: Option<String>,
    /// What a refused send typed, shown again.
    #[prop(optional)]
    returned: ReturnedFields,
) -> impl IntoView {
    let i18n = use_i18n();
    // Only signed-in people reach a message form; the nil id is never a real user's.
    let writer = crate::auth::signed_in_user_id().unwrap_or_default();
    let chosen = returned.get("category").unwrap_or_default().to_owned();
    let urgent = returned.get("urgent").is_some_and(|u| !u.is_empty());
    let new_thread = thread.is_none().then(|| {
        view! {
            <label for="category">{t!(i18n, consultation.category_label)}</label>
            <select id="category" name="category" required>
                <option value="">{t!(i18n, consultation.category_choose)}</option>
                {crate::domain::ConsultationCategory::ALL.into_iter().map(|c| view! {
                    <option value=c.code() selected=c.code() == chosen>{category_name(i18n, c)}</option>
                }).collect_view()}
            </select>
            <label class="check">
                <input type="checkbox" name="urgent" value="1" checked=urgent/>
                <span>{t!(i18n, consultation.urgent_label)}</span>
            </label>
            <p class="hint">{t!(i18n, consultation.urgent_hint)}</p>
        }
    });
    let hidden = thread.map(|id| {
        view! { <input type="hidden" name="consultation_id" value=id.to_string()/> }
    });
    let label = if thread.is_some() {
        t_string!(i18n, consultation.reply_label).to_string()
    } else {
        t_string!(i18n, consultation.message_label).to_string()
    };
    let note = staff.then(|| {
        view! {
            <label class="check">
                <input type="checkbox" name="internal" value="1"/>
                <span>{t!(i18n, consultation.internal_label)}</span>
            </label>
        }
    });
    view! {
        <form
            method="post"
            action=paths::CONSULTATION_MESSAGES
            enctype="multipart/form-data"
            class="stack"
            data-reload="true"
        >
            {hidden}
            {new_thread}
            <label for="body">{label}</label>
            <DraftText
                id="body".to_owned()
                name="body".to_owned()
                storage_key=draft_key(writer, thread)
                forget=sent_draft(writer, thread, saved.as_deref())
                initial=returned.get("body").unwrap_or_default().to_owned()
            />
            <p class="hint">{t!(i18n, consultation.any_language)}</p>
            <label for="photo">{t!(i18n, consultation.photo_label)}</label>
            <input id="photo" type="file" name="photo" accept="image/*"/>
            {note}
            <button type="submit" class="button">{t!(i18n, consultation.send)}</button>
        </form>
    }
}

/// The draft to forget after `saved`: this box's, or the new-consultation box's.
fn sent_draft(
    writer: UserId,
    thread: Option<ConsultationId>,
    saved: Option<&str>,
) -> Option<String> {
    match saved {
        Some("sent") => Some(draft_key(writer, thread)),
        Some("opened") => Some(draft_key(writer, None)),
        _ => None,
    }
}

/// One thread in a list: category, status, and for staff the worker and who handles it.
pub fn item_row(i18n: I18n, item: ConsultationItem, href: String) -> impl IntoView {
    let who = item
        .worker
        .clone()
        .map(|w| view! { <span class="item-worker">{w}</span> });
    let assigned = item
        .assigned_to
        .clone()
        .map(|a| view! { <span class="hint">{t_string!(i18n, consultation.handled_by, name = a).to_string()}</span> });
    view! {
        <li class=if item.unread { "consultation unread" } else { "consultation" }>
            <a href=href class="item-link">
                {item.urgent.then(|| view! { <span class="badge urgent">{t!(i18n, consultation.urgent)}</span> })}
                {who}
                <span class="item-title">{category_name(i18n, item.category)}</span>
                <span class="badge">{status_name(i18n, item.status)}</span>
                {item.unread.then(|| view! { <span class="badge new">{t!(i18n, consultation.new_message)}</span> })}
                <span class="hint">
                    {t_string!(i18n, consultation.opened_on, at = format_date_time(item.opened_at)).to_string()}
                </span>
                {assigned}
            </a>
        </li>
    }
}
