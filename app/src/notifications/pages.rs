//! `/notifications`: the signed-in user's notifications in the page's language, unread
//! first marked; tapping one marks it read and opens its page.

use leptos::prelude::*;
use leptos_i18n::{t, t_string};

use crate::notifications::{NotificationView, labels::sentence, my_notifications};
use crate::{
    i18n::use_i18n,
    layout::{FormOutcome, PageTitle, guarded, shared_error},
    locale::format_date_time,
};

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let i18n = use_i18n();
    guarded(my_notifications(), move |items: Vec<NotificationView>| {
        let locale = i18n.get_locale_untracked();
        let any_unread = items.iter().any(|n| !n.read);
        let list = if items.is_empty() {
            view! { <p>{t!(i18n, notifications.none)}</p> }.into_any()
        } else {
            let rows = items
                .into_iter()
                .map(|item| {
                    let text = sentence(locale, &item.notice);
                    let class = match (item.read, item.notice.is_urgent()) {
                        (false, true) => "notification unread urgent",
                        (false, false) => "notification unread",
                        (true, _) => "notification",
                    };
                    let state = if item.read {
                        t_string!(i18n, notifications.read).to_string()
                    } else {
                        t_string!(i18n, notifications.unread).to_string()
                    };
                    view! {
                        <li class=class>
                            <form method="post" action="/api/open_notification">
                                <input type="hidden" name="id" value=item.id.to_string()/>
                                <button type="submit" class="notification-open">
                                    <span class="notification-text">{text}</span>
                                    <span class="notification-meta">
                                        <span class="visually-hidden">{state}</span>
                                        <time datetime=item.created_at.to_rfc3339()>
                                            {format_date_time(item.created_at)}
                                        </time>
                                    </span>
                                </button>
                            </form>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="notifications" role="list">{rows}</ul> }.into_any()
        };
        view! {
            <PageTitle page=t_string!(i18n, notifications.title).to_string()/>
            <section class="card stack">
                <h1>{t!(i18n, notifications.title)}</h1>
                <FormOutcome saved=saved_message error=shared_error/>
                {list}
                {any_unread.then(|| view! {
                    <form method="post" action="/api/mark_all_notifications_read">
                        <button type="submit" class="button secondary">
                            {t!(i18n, notifications.mark_all)}
                        </button>
                    </form>
                })}
            </section>
        }
    })
}

fn saved_message(
    i18n: leptos_i18n::I18nContext<crate::i18n::Locale>,
    code: &str,
) -> Option<String> {
    (code == "all_read").then(|| t_string!(i18n, notifications.all_read).to_string())
}
