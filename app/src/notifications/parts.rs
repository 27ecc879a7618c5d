//! The bell in the header: a link to the notifications with the unread count. Rendered on
//! the server with every page (the islands router fetches each page whole), so it costs
//! the phone no wasm and is never stale after a tap.

use leptos::prelude::*;
use leptos_i18n::t_string;

use crate::i18n::use_i18n;
use crate::notifications::unread_notifications;
use crate::paths;

#[component]
pub fn Bell() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Suspense>
            {Suspend::new(async move {
                // Signed out, or the count could not be read: no bell, never an error page.
                let Ok(Some(count)) = unread_notifications().await else {
                    return ().into_any();
                };
                let label = t_string!(i18n, notifications.bell_label, count = count).to_string();
                view! {
                    <a class="bell" href=paths::NOTIFICATIONS aria-label=label.clone() title=label>
                        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                            <path
                                fill="currentColor"
                                d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
                            ></path>
                        </svg>
                        {(count > 0).then(|| view! {
                            <span class="bell-count" data-testid="bell-count">
                                {if count > 99 { "99+".to_owned() } else { count.to_string() }}
                            </span>
                        })}
                    </a>
                }
                .into_any()
            })}
        </Suspense>
    }
}
