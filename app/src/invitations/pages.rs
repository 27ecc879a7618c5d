use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::{
    components::A,
    hooks::{use_params_map, use_query_map},
};

use crate::invitations::{
    AcceptInvitation, InvitationView, IssueInvitation, invitation, invite_preview,
    islands::{NewPasswordFields, PasswordTexts},
};
use crate::{
    domain::InvitationId,
    error::AppError,
    i18n::use_i18n,
    layout::{PageTitle, guarded},
    locale::format_date_time,
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

#[component]
fn InvitationCard(view: InvitationView) -> impl IntoView {
    let i18n = use_i18n();
    let expires = format_date_time(view.expires_at);
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
    view! {
        <PageTitle page=t_string!(i18n, invitation.title).to_string()/>
        <section class="card invitation">
            <h1>{t!(i18n, invitation.title)}</h1>
            <p class="invitation-name">{view.display_name.clone()}</p>
            <dl class="facts">
                <dt>{t!(i18n, invitation.login_label)}</dt>
                <dd><code id="invitation-login">{view.login.clone()}</code></dd>
                <dt>{t!(i18n, invitation.expires_label)}</dt>
                <dd>{expires}</dd>
            </dl>
            {view.link.clone().zip(view.qr_svg.clone()).map(|(link, svg)| view! {
                <p>{t!(i18n, invitation.how_to)}</p>
                <div class="qr" role="img" aria-label=t_string!(i18n, invitation.qr_label) inner_html=svg></div>
                <p class="invitation-link">
                    <a id="invitation-link" href=link.clone()>{link.clone()}</a>
                </p>
                <p class="hint">{t!(i18n, invitation.print_hint)}</p>
            })}
            {state.map(|s| view! { <p class="notice" role="status">{s}</p> })}
            <form method="post" action=IssueInvitation::url() class="no-print">
                <input type="hidden" name="user_id" value=view.user_id.to_string()/>
                <button type="submit" class="button secondary">{t!(i18n, invitation.make_new)}</button>
            </form>
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
