use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{I18nContext, t, t_string};
use leptos_router::hooks::use_query_map;

use crate::auth::{SignIn, SignOut, SignOutEverywhere, home_path, me};
use crate::{
    i18n::{Locale, use_i18n},
    layout::{ForgetDrafts, PageTitle, redirect_to},
};

/// The sign-in page: a plain form that works before (and without) any wasm. Someone who
/// is signed in already goes straight to their start page.
#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let error = query
        .get("error")
        .and_then(|code| error_message(i18n, &code));
    let signed_out = query.get("signed_out").is_some();
    let login = crate::auth::typed_login();
    let login_invalid = error
        .as_ref()
        .is_some_and(|(field, _)| matches!(*field, "login" | "form"));
    let password_invalid = error
        .as_ref()
        .is_some_and(|(field, _)| matches!(*field, "password" | "form"));

    let form = view! {
        <PageTitle page=t_string!(i18n, sign_in.title).to_string()/>
        <section class="card">
            <h1>{t!(i18n, sign_in.title)}</h1>
            {signed_out.then(|| view! {
                <p class="notice" role="status">{t!(i18n, sign_in.signed_out)}</p>
                <ForgetDrafts/>
            })}
            <p>{t!(i18n, sign_in.intro)}</p>
            {error.map(|(_, message)| view! {
                <div class="alert" role="alert" id="sign-in-error">
                    <strong>{t!(i18n, sign_in.error_title)}</strong>
                    <p>{message}</p>
                </div>
            })}
            <form class="stack" method="post" action=SignIn::url()>
                <div class="field">
                    <label for="login">{t!(i18n, sign_in.login_label)}</label>
                    <input
                        id="login"
                        name="login"
                        type="text"
                        autocomplete="username"
                        autocapitalize="none"
                        spellcheck="false"
                        required
                        maxlength="254"
                        value=login
                        aria-describedby="login-hint"
                        aria-invalid=login_invalid.then_some("true")
                    />
                    <p class="hint" id="login-hint">{t!(i18n, sign_in.login_hint)}</p>
                </div>
                <div class="field">
                    <label for="password">{t!(i18n, sign_in.password_label)}</label>
                    <input
                        id="password"
                        name="password"
                        type="password"
                        autocomplete="current-password"
                        required
                        maxlength="128"
                        aria-invalid=password_invalid.then_some("true")
                    />
                </div>
                <button type="submit" class="button">{t!(i18n, sign_in.submit)}</button>
            </form>
            <p class="hint">{t!(i18n, sign_in.forgot)}</p>
        </section>
    };
    view! {
        <Suspense>
            {Suspend::new(async move {
                match me().await {
                    Ok(Some(me)) => {
                        redirect_to(home_path(me.role));
                        None
                    }
                    _ => Some(form),
                }
            })}
        </Suspense>
    }
}

/// The field an error code concerns and its message in the page's language. Unknown codes
/// (typed by hand into the address) are ignored.
fn error_message(i18n: I18nContext<Locale>, code: &str) -> Option<(&'static str, String)> {
    let (field, message) = match code {
        "sign_in.err_login_missing" => ("login", t_string!(i18n, sign_in.err_login_missing)),
        "sign_in.err_password_missing" => {
            ("password", t_string!(i18n, sign_in.err_password_missing))
        }
        "sign_in.err_invalid" => ("form", t_string!(i18n, sign_in.err_invalid)),
        "too_many_attempts" => ("throttle", t_string!(i18n, sign_in.err_too_many)),
        "unauthorized" => ("session", t_string!(i18n, sign_in.err_session)),
        "bad_request" | "internal" | "unavailable" => ("form", t_string!(i18n, error.generic)),
        _ => return None,
    };
    Some((field, message.to_string()))
}

/// "Sign out" and "Sign out on all devices", as two small forms.
#[component]
pub fn SignOutForms() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card stack" aria-labelledby="sign-out-title">
            <h2 id="sign-out-title">{t!(i18n, sign_out.title)}</h2>
            // Sent by the browser itself: the page it lands on is loaded whole, so that its
            // script forgets the drafts kept on this device.
            <form method="post" action=SignOut::url() data-reload="true">
                <button type="submit" class="button secondary">{t!(i18n, sign_out.submit)}</button>
            </form>
            <form method="post" action=SignOutEverywhere::url() data-reload="true">
                <p class="hint">{t!(i18n, sign_out.everywhere_hint)}</p>
                <button type="submit" class="button secondary">
                    {t!(i18n, sign_out.everywhere)}
                </button>
            </form>
        </section>
    }
}
