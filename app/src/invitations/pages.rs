use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{Locale as _, t, t_string, td_string};
use leptos_router::{
    components::A,
    hooks::{use_params_map, use_query_map},
};

use crate::invitations::{
    AcceptInvitation, InvitationView, IssueInvitation, invitation, invite_preview,
    islands::{InvitationActions, NewPasswordFields, PasswordTexts, ShareTexts},
    rules::{message_with_link, share_links},
};
use crate::{
    domain::InvitationId,
    error::AppError,
    i18n::{Locale, use_i18n},
    layout::{PageTitle, guarded},
    locale::format_date_time_with_zone,
    paths,
};

fn id_param() -> Option<InvitationId> {
    use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok())
}

/// `/invitations/:id`: the invitation for staff to show on screen or print.
#[component]
pub fn InvitationPage() -> impl IntoView {
    let id = id_param();
    guarded(
        async move {
            match id {
                Some(id) => invitation(id).await,
                None => Err(AppError::NotFound),
            }
        },
        |view| view! { <InvitationCard view/> },
    )
}

/// The languages the invitation is written in: the invitee's, then Japanese beside it
/// (for the company, staff, and whoever helps the worker), once when they are the same.
fn invitation_languages(invitee: &str) -> Vec<Locale> {
    let invitee = invitee.parse::<Locale>().unwrap_or_default();
    match invitee {
        Locale::ja => vec![Locale::ja],
        other => vec![other, Locale::ja],
    }
}

/// A label in each of the invitation's languages, side by side.
fn in_each(languages: &[Locale], text: fn(Locale) -> String) -> impl IntoView + use<> {
    languages
        .iter()
        .enumerate()
        .map(|(at, locale)| {
            view! {
                {(at > 0).then_some(" / ")}
                <span lang=locale.as_str()>{text(*locale)}</span>
            }
        })
        .collect_view()
}

#[component]
fn InvitationCard(view: InvitationView) -> impl IntoView {
    let i18n = use_i18n();
    let languages = invitation_languages(&view.invitee_locale);
    let invitee = languages.first().copied().unwrap_or_default();
    let expires = format_date_time_with_zone(view.expires_at);
    let back = view
        .worker_id
        .map_or(paths::STAFF_HOME.to_owned(), paths::worker);
    let state = if view.used {
        Some(t_string!(i18n, invitation.used))
    } else if view.replaced {
        Some(t_string!(i18n, invitation.replaced))
    } else if view.link.is_none() {
        Some(t_string!(i18n, invitation.link_hidden))
    } else {
        None
    };
    let name = view.display_name.clone();
    let letters = languages
        .iter()
        .map(|locale| {
            let name = name.clone();
            view! {
                <div class="invitation-letter" lang=locale.as_str()>
                    <p>{td_string!(*locale, invitation.greeting, name).to_string()}</p>
                    <p>{td_string!(*locale, invitation.how_to)}</p>
                </div>
            }
        })
        .collect_view();
    let share_texts = ShareTexts {
        link_label: t_string!(i18n, invitation.link_label).to_string(),
        print: t_string!(i18n, invitation.print).to_string(),
        copy: t_string!(i18n, invitation.copy).to_string(),
        copied: t_string!(i18n, invitation.copied).to_string(),
        copy_by_hand: t_string!(i18n, invitation.copy_by_hand).to_string(),
        share: t_string!(i18n, invitation.share).to_string(),
    };
    let (login, until) = (view.login.clone(), expires.clone());
    let share_text = td_string!(invitee, invitation.share_text, name, login, until).to_string();
    let shown = view.link.clone().zip(view.qr_svg.clone()).map(|(link, svg)| {
        let links = share_links(&message_with_link(&share_text, &link), &link);
        let (href, shown_link) = (link.clone(), link.clone());
        view! {
            <div class="invitation-letters">{letters}</div>
            <div class="qr" role="img" aria-label=t_string!(i18n, invitation.qr_label) inner_html=svg></div>
            <p class="invitation-link print-only">
                <a id="invitation-link" href=href>{shown_link}</a>
            </p>
            <InvitationActions link share_text texts=share_texts/>
            <p class="no-print">{t!(i18n, invitation.send_by)}</p>
            // A new tab: the link is shown once, and this page must stay open.
            <ul class="links no-print">
                <li><a href=links.line target="_blank" rel="noopener noreferrer">"LINE"</a></li>
                <li><a href=links.whatsapp target="_blank" rel="noopener noreferrer">"WhatsApp"</a></li>
                <li><a href=links.messenger target="_blank" rel="noopener noreferrer">"Messenger"</a></li>
            </ul>
            <p class="hint no-print">{t!(i18n, invitation.print_hint)}</p>
        }
    });
    view! {
        <PageTitle page=t_string!(i18n, invitation.title).to_string()/>
        <section class="card invitation">
            <h1>{t!(i18n, invitation.title)}</h1>
            <p class="invitation-name">{view.display_name.clone()}</p>
            <dl class="facts">
                <dt>{in_each(&languages, |l| td_string!(l, invitation.login_label).to_string())}</dt>
                <dd><code id="invitation-login">{view.login.clone()}</code></dd>
                <dt>{in_each(&languages, |l| td_string!(l, invitation.expires_label).to_string())}</dt>
                <dd id="invitation-expires">{expires}</dd>
            </dl>
            {shown}
            {state.map(|s| view! { <p class="notice" role="status">{s}</p> })}
            // Voiding the link just given is one step away, and says so: a `<details>`
            // opens the question without JavaScript, and only its button makes the new one.
            <details class="make-new no-print">
                <summary class="button secondary">{t!(i18n, invitation.make_new)}</summary>
                <p>{t!(i18n, invitation.new_warning)}</p>
                <form method="post" action=IssueInvitation::url()>
                    <input type="hidden" name="user_id" value=view.user_id.to_string()/>
                    <button type="submit" class="button">{t!(i18n, invitation.new_confirm)}</button>
                </form>
            </details>
            <p class="no-print"><A href=back>{t!(i18n, invitation.back)}</A></p>
        </section>
    }
}

/// `/invite/:token`: the invitee chooses a password. An invalid or expired link gets a
/// page that says what to do instead.
#[component]
pub fn AcceptInvitationPage() -> impl IntoView {
    let i18n = use_i18n();
    let token = use_params_map()
        .get_untracked()
        .get("token")
        .unwrap_or_default();
    let query = use_query_map().get_untracked();
    let error_code = query.get("error");
    let texts = PasswordTexts {
        password: t_string!(i18n, invitation.password_label).to_string(),
        confirm: t_string!(i18n, invitation.confirm_label).to_string(),
        hint: t_string!(i18n, invitation.password_hint).to_string(),
        too_short: t_string!(i18n, password.err_too_short).to_string(),
        too_long: t_string!(i18n, password.err_too_long).to_string(),
        blank: t_string!(i18n, password.err_blank).to_string(),
        common: t_string!(i18n, password.err_common).to_string(),
        mismatch: t_string!(i18n, password.err_mismatch).to_string(),
    };
    let server_error = error_code.as_deref().and_then(|code| match code {
        "password.err_too_short" => Some(("password", texts.too_short.clone())),
        "password.err_too_long" => Some(("password", texts.too_long.clone())),
        "password.err_blank" => Some(("password", texts.blank.clone())),
        "password.err_common" => Some(("password", texts.common.clone())),
        "password.err_mismatch" => Some(("confirm", texts.mismatch.clone())),
        _ => None,
    });
    let server_error = server_error.map(|(f, m)| (f.to_owned(), m));
    let generic_error = error_code
        .filter(|c| !c.starts_with("password."))
        .map(|_| t_string!(i18n, error.generic).to_string());
    let load_token = token.clone();
    view! {
        <Suspense>
            {Suspend::new(async move {
                match invite_preview(load_token).await {
                    Ok(preview) => {
                        let texts = texts.clone();
                        let server_error = server_error.clone();
                        let generic_error = generic_error.clone();
                        let token = token.clone();
                        view! {
                            <PageTitle page=t_string!(i18n, invitation.welcome_title).to_string()/>
                            <section class="card">
                                <h1>{t!(i18n, invitation.welcome_title)}</h1>
                                <p>{t!(i18n, invitation.welcome_body, name = preview.display_name.clone())}</p>
                                <dl class="facts">
                                    <dt>{t!(i18n, invitation.login_label)}</dt>
                                    <dd><code id="your-login">{preview.login.clone()}</code></dd>
                                </dl>
                                <p class="hint">{t!(i18n, invitation.login_remember)}</p>
                                {generic_error.map(|m| view! { <div class="alert" role="alert"><p>{m}</p></div> })}
                                <form class="stack" method="post" action=AcceptInvitation::url()>
                                    <input type="hidden" name="token" value=token/>
                                    // A hidden username lets password managers save the pair.
                                    <input type="hidden" name="username" autocomplete="username" value=preview.login.clone()/>
                                    <NewPasswordFields texts server_error/>
                                    <button type="submit" class="button">{t!(i18n, invitation.submit)}</button>
                                </form>
                            </section>
                        }
                        .into_any()
                    }
                    Err(_) => view! { <InvalidInvitation/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// An unknown, used, replaced or expired invitation.
#[component]
fn InvalidInvitation() -> impl IntoView {
    let i18n = use_i18n();
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <PageTitle page=t_string!(i18n, invitation.invalid_title).to_string()/>
        <section class="card">
            <h1>{t!(i18n, invitation.invalid_title)}</h1>
            <p>{t!(i18n, invitation.invalid_body)}</p>
            <p>{t!(i18n, invitation.invalid_next)}</p>
            <p><A href=paths::HELP attr:class="button">{t!(i18n, footer.help)}</A></p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_invitation_is_in_the_invitees_language_then_japanese_once() {
        assert_eq!(invitation_languages("vi"), [Locale::vi, Locale::ja]);
        assert_eq!(invitation_languages("my"), [Locale::my, Locale::ja]);
        assert_eq!(invitation_languages("ja"), [Locale::ja]);
        // An unknown stored value reads as the default, Japanese.
        assert_eq!(invitation_languages("xx"), [Locale::ja]);
    }
}
