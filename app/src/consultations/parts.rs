//! Pieces the worker's and staff's consultation pages share: the opening hours, a thread's
//! messages, and the message form (multipart, with a photo and a kept draft).

mod record_mistake;

pub use record_mistake::RecordMistakeForm;

use leptos::prelude::*;
use leptos_i18n::{t, t_string};
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    ConsultationItem, MessageView, Reachable, Thread,
    islands::{DraftText, draft_key},
    labels::{I18n, category_name, status_name, thread_title, weekday_name},
};
use crate::{
    domain::{ConsultationCategory, ConsultationId, UserId},
    error::AppError,
    i18n::use_i18n,
    layout::{PhotoField, PhotoTexts, ReturnedFields, returned_fields},
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

/// Whether someone answers now, in one line, the number to call, and the week's hours
/// folded (the form comes first on a phone; the hours are there for who looks).
#[component]
pub fn HoursCard(reachable: Reachable) -> impl IntoView {
    let i18n = use_i18n();
    let call = reachable.phone.clone().map(|phone| {
        let label = t_string!(i18n, consultation.call, phone = phone.clone()).to_string();
        view! {
            <p><a class="button secondary" href=tel_href(&phone)>{label}</a></p>
        }
    });
    if reachable.hours.is_empty() {
        return view! {
            <div class="stack hours">
                <p class="hint">{t!(i18n, consultation.hours_unset)}</p>
                {call}
            </div>
        }
        .into_any();
    }
    let now = if reachable.open_now {
        t_string!(i18n, consultation.open_now).to_string()
    } else {
        t_string!(i18n, consultation.closed_now).to_string()
    };
    view! {
        <div class="stack hours">
            <p class=if reachable.open_now { "badge ok" } else { "badge" }>{now}</p>
            {call}
            <details class="hours-week">
                <summary>{t!(i18n, consultation.hours_title)}</summary>
                <dl class="facts">
                    {reachable.hours.into_iter().map(|day| view! {
                        <dt>{weekday_name(i18n, day.weekday)}</dt>
                        <dd>{format!("{} – {}", day.opens.format("%H:%M"), day.closes.format("%H:%M"))}</dd>
                    }).collect_view()}
                </dl>
                <p class="hint">{t!(i18n, consultation.hours_hint)}</p>
            </details>
        </div>
    }
    .into_any()
}

/// A `tel:` address of the number as staff wrote it: the digits and a leading `+`.
fn tel_href(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .enumerate()
        .filter(|(at, c)| c.is_ascii_digit() || (*at == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect();
    format!("tel:{digits}")
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
    let about = thread.is_none().then(prefill).flatten();
    let chosen = returned
        .get("category")
        .map(str::to_owned)
        .or_else(|| about.map(|a| a.category().code().to_owned()))
        .unwrap_or_default();
    let initial = returned
        .get("body")
        .map(str::to_owned)
        .or_else(|| about.map(|a| a.text(i18n)))
        .unwrap_or_default();
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
                initial=initial
            />
            <p class="hint">{t!(i18n, consultation.any_language)}</p>
            // The documents page's picker: the camera button and a preview (issue 19).
            <PhotoField
                id=format!("photo-{}", thread.map(|t| t.to_string()).unwrap_or_else(|| "new".to_owned()))
                name="photo".to_owned()
                texts=PhotoTexts {
                    title: t_string!(i18n, consultation.photo_label).to_string(),
                    camera_label: t_string!(i18n, consultation.photo_camera).to_string(),
                    file_label: t_string!(i18n, consultation.photo_file).to_string(),
                    preview_alt: t_string!(i18n, consultation.photo_alt).to_string(),
                }
            />
            {note}
            <button type="submit" class="button">{t!(i18n, consultation.send)}</button>
        </form>
    }
}

/// A need another page sends the worker here with (`?about=`), to start the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum About {
    /// From the interview page: no free time to book.
    InterviewTime,
}

impl About {
    fn category(self) -> ConsultationCategory {
        match self {
            Self::InterviewTime => ConsultationCategory::Other,
        }
    }

    fn text(self, i18n: I18n) -> String {
        match self {
            Self::InterviewTime => t_string!(i18n, consultation.about_interview_time).to_string(),
        }
    }
}

/// The `?about=` of the page, if it names a known need.
fn prefill() -> Option<About> {
    match use_query_map().get_untracked().get("about").as_deref() {
        Some(paths::ABOUT_INTERVIEW_TIME) => Some(About::InterviewTime),
        _ => None,
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
                <span class="item-title">{thread_title(i18n, &item)}</span>
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

#[cfg(test)]
mod tests {
    use super::tel_href;

    #[test]
    fn a_phone_link_dials_the_digits() {
        assert_eq!(tel_href("03-1234-5678"), "tel:0312345678");
        assert_eq!(tel_href("+81 (3) 1234 5678"), "tel:+81312345678");
        assert_eq!(tel_href("1+2"), "tel:12");
    }
}
