use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::hooks::use_query_map;

use crate::accounts::{AccountSummary, InviteAccount, SetAccountDisabled, list_accounts};
use crate::{
    domain::Role,
    error::AppError,
    i18n::use_i18n,
    layout::{PageTitle, guarded, options_html},
    workers::{CompanyOption, company_options},
};

/// `/staff/accounts`: the admin's list of accounts, and the form to invite staff and
/// company users.
#[component]
pub fn AccountsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let error = query.get("error");
    let returned = crate::layout::returned_fields();
    let kept = |name: &str| returned.text(name);
    let (email, name, role) = (kept("email"), kept("display_name"), kept("role"));
    guarded(
        async move {
            let accounts = list_accounts().await?;
            Ok::<_, AppError>((accounts, company_options().await?))
        },
        move |(accounts, companies)| {
            let message = error.as_deref().and_then(|code| {
                Some(match code {
                    "accounts.err_email" => t_string!(i18n, accounts.err_email),
                    "accounts.err_email_taken" => t_string!(i18n, accounts.err_email_taken),
                    "accounts.err_name" => t_string!(i18n, accounts.err_name),
                    "accounts.err_role" => t_string!(i18n, accounts.err_role),
                    "accounts.err_self" => t_string!(i18n, accounts.err_self),
                    "workers.err_company" => t_string!(i18n, workers.err_company),
                    "bad_request" | "internal" | "not_found" => t_string!(i18n, error.generic),
                    _ => return None,
                })
            });
            view! {
                <PageTitle page=t_string!(i18n, accounts.title).to_string()/>
                <section class="card">
                    <h1>{t!(i18n, accounts.title)}</h1>
                    {message.map(|m| view! { <div class="alert" role="alert"><p>{m}</p></div> })}
                </section>
                <InviteAccountForm companies email=email.clone() name=name.clone() role=role.clone()/>
                <AccountList accounts/>
            }
        },
    )
}

#[component]
fn InviteAccountForm(
    companies: Vec<CompanyOption>,
    email: String,
    name: String,
    role: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let roles = [
        (Role::Staff, t_string!(i18n, accounts.role_staff)),
        (Role::Admin, t_string!(i18n, accounts.role_admin)),
        (Role::Company, t_string!(i18n, accounts.role_company)),
    ];
    let role_html = options_html(
        roles
            .iter()
            .map(|(r, label)| (r.code().to_owned(), (*label).to_owned())),
        &role,
    );
    let company_html = options_html(
        std::iter::once((String::new(), "—".to_owned()))
            .chain(companies.into_iter().map(|c| (c.id.to_string(), c.name))),
        "",
    );
    view! {
        <section class="card" aria-labelledby="invite-title">
            <h2 id="invite-title">{t!(i18n, accounts.invite_title)}</h2>
            <form class="stack" method="post" action=InviteAccount::url()>
                <div class="field">
                    <label for="email">{t!(i18n, accounts.email)}</label>
                    <input id="email" name="email" type="email" required maxlength="254"
                        autocomplete="off" value=email/>
                </div>
                <div class="field">
                    <label for="display_name">{t!(i18n, accounts.name)}</label>
                    <input id="display_name" name="display_name" required maxlength="100" value=name/>
                </div>
                <div class="field">
                    <label for="role">{t!(i18n, accounts.role)}</label>
                    <select id="role" name="role" required inner_html=role_html></select>
                </div>
                <div class="field">
                    <label for="company_id">{t!(i18n, workers.company)}</label>
                    <select id="company_id" name="company_id" inner_html=company_html></select>
                    <p class="hint">{t!(i18n, accounts.company_hint)}</p>
                </div>
                <button type="submit" class="button">{t!(i18n, accounts.invite)}</button>
            </form>
        </section>
    }
}

#[component]
fn AccountList(accounts: Vec<AccountSummary>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="accounts-title">
            <h2 id="accounts-title">{t!(i18n, accounts.list_title)}</h2>
            <ul class="list">
                {accounts.into_iter().map(|a| {
                    let role = match a.role {
                        Role::Admin => t_string!(i18n, accounts.role_admin),
                        Role::Staff => t_string!(i18n, accounts.role_staff),
                        Role::Company => t_string!(i18n, accounts.role_company),
                        Role::Worker => t_string!(i18n, accounts.role_worker),
                    };
                    let state = if a.disabled {
                        Some(t_string!(i18n, accounts.disabled))
                    } else if !a.active {
                        Some(t_string!(i18n, workers.not_active))
                    } else {
                        None
                    };
                    let (button, value) = if a.disabled {
                        (t_string!(i18n, accounts.enable), "false")
                    } else {
                        (t_string!(i18n, accounts.disable), "true")
                    };
                    let label = format!("{button}: {}", a.display_name);
                    view! {
                        <li class="account">
                            <span>
                                <strong>{a.display_name.clone()}</strong>
                                <span class="hint">
                                    " " {a.login.clone()} " · " {role}
                                    {a.company_name.clone().map(|c| format!(" · {c}"))}
                                    {state.map(|s| format!(" · {s}"))}
                                </span>
                            </span>
                            <form method="post" action=SetAccountDisabled::url()>
                                <input type="hidden" name="user_id" value=a.user_id.to_string()/>
                                <input type="hidden" name="disabled" value=value/>
                                <button type="submit" class="button secondary" aria-label=label>
                                    {button}
                                </button>
                            </form>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
