//! `/staff/organization`: the organization's record (登録番号 and its expiry, address,
//! phone, the day the caseload caps bind), its offices, and each staff member's position,
//! office and last training. Admins see forms; staff read the same facts.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::hooks::use_query_map;

use crate::{
    domain::{RegistrationStanding, StaffPosition, postal_code_printed},
    i18n::use_i18n,
    layout::{PageTitle, guarded, options_html, returned_fields},
    organization::{
        AddOffice, Office, OrganizationRecord, RemoveOffice, StaffMember, UpdateOrganization,
        UpdateStaffMember,
        labels::{error_text, position_name, saved_text},
        organization_detail,
    },
};

#[component]
pub fn OrganizationPage() -> impl IntoView {
    guarded(
        organization_detail(),
        move |record| view! { <OrganizationView record/> },
    )
}

fn printed_address(postal_code: Option<&str>, address: Option<&str>) -> String {
    match (postal_code, address) {
        (Some(code), Some(address)) => format!("〒{} {address}", postal_code_printed(code)),
        (None, Some(address)) => address.to_owned(),
        _ => "—".to_owned(),
    }
}

#[component]
fn OrganizationView(record: OrganizationRecord) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let query = use_query_map().get_untracked();
    let saved = query
        .get("saved")
        .and_then(|code| saved_text(locale, &code));
    let error = query
        .get("error")
        .and_then(|code| error_text(locale, &code));
    let manage = record.can_manage;
    let standing = record.registration.map(|standing| match standing {
        RegistrationStanding::Valid { renewal_opens_on } => t_string!(
            i18n,
            organization.registration_valid,
            opens = renewal_opens_on.to_string()
        )
        .to_string(),
        RegistrationStanding::RenewalWindow { closes_on } => t_string!(
            i18n,
            organization.warn_renewal_window,
            closes = closes_on.to_string()
        )
        .to_string(),
        RegistrationStanding::WindowMissed { expires_on } => t_string!(
            i18n,
            organization.warn_renewal_missed,
            expires = expires_on.to_string()
        )
        .to_string(),
        RegistrationStanding::Expired => {
            t_string!(i18n, organization.warn_registration_expired).to_string()
        }
        RegistrationStanding::Unknown => String::new(),
    });
    let title = t_string!(i18n, organization.title).to_string();
    let offices = record.offices.clone();
    let staff = record.staff.clone();
    view! {
        <PageTitle page=title.clone()/>
        <section class="card stack" aria-labelledby="organization-title">
            <h1 id="organization-title">{title}</h1>
            {saved.map(|m| view! { <p class="notice" role="status">{m}</p> })}
            {error.map(|m| view! { <div class="alert" role="alert"><p>{m}</p></div> })}
            {standing.map(|s| view! { <p data-testid="registration-standing">{s}</p> })}
            {if manage {
                view! { <RecordForm record=record.clone()/> }.into_any()
            } else {
                view! { <RecordFacts record=record.clone()/> }.into_any()
            }}
        </section>
        <OfficeList offices=offices.clone() manage/>
        <StaffList staff offices manage/>
    }
}

#[component]
fn RecordFacts(record: OrganizationRecord) -> impl IntoView {
    let i18n = use_i18n();
    let dash = || "—".to_owned();
    view! {
        <dl class="facts">
            <dt>{t!(i18n, organization.name)}</dt>
            <dd>{record.name.clone()}</dd>
            <dt>{t!(i18n, organization.registration_number)}</dt>
            <dd>{record.registration_number.clone().unwrap_or_else(dash)}</dd>
            <dt>{t!(i18n, organization.registration_expires_on)}</dt>
            <dd>{record.registration_expires_on.map_or_else(dash, |d| d.to_string())}</dd>
            <dt>{t!(i18n, organization.address)}</dt>
            <dd>{printed_address(record.postal_code.as_deref(), record.address.as_deref())}</dd>
            <dt>{t!(i18n, organization.phone)}</dt>
            <dd>{record.phone.clone().unwrap_or_else(dash)}</dd>
            <dt>{t!(i18n, organization.caseload_caps_from)}</dt>
            <dd>{record.caseload_caps_from.to_string()}</dd>
        </dl>
    }
}

#[component]
fn RecordForm(record: OrganizationRecord) -> impl IntoView {
    let i18n = use_i18n();
    let returned = returned_fields();
    let field = move |name: &'static str,
                      label: String,
                      current: Option<String>,
                      kind: &'static str| {
        let value = returned.or(name, current);
        view! {
            <div class="field">
                <label for=format!("org-{name}")>{label}</label>
                <input id=format!("org-{name}") name=name type=kind value=value autocomplete="off"/>
            </div>
        }
    };
    let caps_from = record
        .caps_from_set
        .then(|| record.caseload_caps_from.to_string());
    view! {
        <form class="stack" method="post" action=UpdateOrganization::url()>
            {field("name", t_string!(i18n, organization.name).to_string(), Some(record.name.clone()), "text")}
            {field("registration_number", t_string!(i18n, organization.registration_number).to_string(),
                record.registration_number.clone(), "text")}
            {field("registration_expires_on", t_string!(i18n, organization.registration_expires_on).to_string(),
                record.registration_expires_on.map(|d| d.to_string()), "date")}
            {field("postal_code", t_string!(i18n, organization.postal_code).to_string(),
                record.postal_code.clone(), "text")}
            {field("address", t_string!(i18n, organization.address).to_string(), record.address.clone(), "text")}
            {field("phone", t_string!(i18n, organization.phone).to_string(), record.phone.clone(), "tel")}
            {field("caseload_caps_from", t_string!(i18n, organization.caseload_caps_from).to_string(),
                caps_from, "date")}
            <p class="hint">{t!(i18n, organization.caseload_caps_from_hint)}</p>
            <button type="submit" class="button">{t!(i18n, organization.save)}</button>
        </form>
    }
}

#[component]
fn OfficeList(offices: Vec<Office>, manage: bool) -> impl IntoView {
    let i18n = use_i18n();
    let returned = returned_fields();
    let empty = offices.is_empty();
    let lines = offices
        .into_iter()
        .map(|o| {
            let remove = (manage && o.staff == 0).then(|| view! {
                <form method="post" action=RemoveOffice::url() class="inline">
                    <input type="hidden" name="id" value=o.id.to_string()/>
                    <button type="submit" class="button secondary">{t!(i18n, organization.remove_office)}</button>
                </form>
            });
            view! {
                <li>
                    <strong>{o.name.clone()}</strong> " · "
                    {printed_address(o.postal_code.as_deref(), Some(&o.address))} " · "
                    {t!(i18n, organization.office_staff, count = o.staff)}
                    {remove}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card stack" aria-labelledby="offices-title" id="offices">
            <h2 id="offices-title">{t!(i18n, organization.offices)}</h2>
            {empty.then(|| view! { <p>{t!(i18n, organization.no_offices)}</p> })}
            <ul class="list" data-testid="offices">{lines}</ul>
            {manage.then(|| view! {
                <form class="stack" method="post" action=AddOffice::url()>
                    <h3>{t!(i18n, organization.add_office)}</h3>
                    <div class="field">
                        <label for="office_name">{t!(i18n, organization.office_name)}</label>
                        <input id="office_name" name="office_name" value=returned.text("office_name")/>
                    </div>
                    <div class="field">
                        <label for="office_postal_code">{t!(i18n, organization.postal_code)}</label>
                        <input id="office_postal_code" name="postal_code" value=returned.text("office_postal_code")/>
                    </div>
                    <div class="field">
                        <label for="office_address">{t!(i18n, organization.address)}</label>
                        <input id="office_address" name="address" value=returned.text("office_address")/>
                    </div>
                    <button type="submit" class="button secondary">{t!(i18n, organization.save_office)}</button>
                </form>
            })}
        </section>
    }
}

#[component]
fn StaffList(staff: Vec<StaffMember>, offices: Vec<Office>, manage: bool) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let lines = staff
        .into_iter()
        .map(|m| {
            let office = m
                .office_id
                .and_then(|id| offices.iter().find(|o| o.id == id))
                .map_or_else(|| "—".to_owned(), |o| o.name.clone());
            let trained = m.trained_on.map_or_else(
                || t_string!(i18n, organization.never_trained).to_string(),
                |on| t_string!(i18n, organization.trained_on_day, on = on.to_string()).to_string(),
            );
            let due = m.training_due.then(|| {
                view! { " · " <strong class="late">{t!(i18n, organization.training_due)}</strong> }
            });
            let form = manage.then(|| {
                let id = m.user_id.to_string();
                let position_html = options_html(
                    StaffPosition::ALL
                        .into_iter()
                        .map(|p| (p.code().to_owned(), position_name(locale, p))),
                    m.position.code(),
                );
                let office_html = options_html(
                    std::iter::once((String::new(), "—".to_owned()))
                        .chain(offices.iter().map(|o| (o.id.to_string(), o.name.clone()))),
                    &m.office_id.map(|o| o.to_string()).unwrap_or_default(),
                );
                let (p_id, o_id, t_id) =
                    (format!("position-{id}"), format!("office-{id}"), format!("trained-{id}"));
                view! {
                    <form class="stack" method="post" action=UpdateStaffMember::url()>
                        <input type="hidden" name="user_id" value=id.clone()/>
                        <div class="field">
                            <label for=p_id.clone()>{t!(i18n, organization.position)}</label>
                            <select id=p_id name="position" inner_html=position_html></select>
                        </div>
                        <div class="field">
                            <label for=o_id.clone()>{t!(i18n, organization.office)}</label>
                            <select id=o_id name="office_id" inner_html=office_html></select>
                        </div>
                        <div class="field">
                            <label for=t_id.clone()>{t!(i18n, organization.trained_on)}</label>
                            <input id=t_id name="trained_on" type="date"
                                value=m.trained_on.map(|d| d.to_string()).unwrap_or_default()/>
                        </div>
                        <button type="submit" class="button secondary">{t!(i18n, organization.save_staff)}</button>
                    </form>
                }
            });
            view! {
                <li class="stack" data-testid="staff-member">
                    <p>
                        <strong>{m.name.clone()}</strong> " · " {position_name(locale, m.position)}
                        " · " {office} " · " {trained} {due}
                    </p>
                    {form}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card stack" aria-labelledby="staff-title" id="staff">
            <h2 id="staff-title">{t!(i18n, organization.staff)}</h2>
            <p class="hint">{t!(i18n, organization.staff_hint)}</p>
            <ul class="list">{lines}</ul>
        </section>
    }
}
