//! `/staff/consultations/hours`: when the organization answers consultations. The law
//! asks for at least 3 weekdays and 1 weekend day (support 7); workers see these hours
//! on their consultation page, with the telephone number given here.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};

use crate::consultations::{
    Reachable, SaveOpeningHours,
    labels::{error_message, saved_message, weekday_name},
    opening_hours,
};
use crate::{
    i18n::use_i18n,
    layout::{FormOutcome, PageTitle, guarded},
    paths,
};

#[component]
pub fn OpeningHoursPage() -> impl IntoView {
    let i18n = use_i18n();
    guarded(opening_hours(), move |reachable: Reachable| {
        let phone = reachable.phone.clone().unwrap_or_default();
        let rows = (0u8..7)
            .map(|weekday| {
                let day = reachable.hours.iter().find(|d| d.weekday == weekday);
                let opens = day.map_or("09:00".to_owned(), |d| d.opens.format("%H:%M").to_string());
                let closes = day.map_or("18:00".to_owned(), |d| d.closes.format("%H:%M").to_string());
                let name = weekday_name(i18n, weekday);
                view! {
                    <fieldset class="hours-day">
                        <legend>{name.clone()}</legend>
                        <label class="check">
                            <input type="checkbox" name=format!("open[{weekday}]") value="on" checked=day.is_some()/>
                            <span>{t!(i18n, consultation.hours_open)}</span>
                        </label>
                        <label>
                            {t!(i18n, consultation.hours_from)}
                            <input type="time" name=format!("opens[{weekday}]") value=opens/>
                        </label>
                        <label>
                            {t!(i18n, consultation.hours_until)}
                            <input type="time" name=format!("closes[{weekday}]") value=closes/>
                        </label>
                    </fieldset>
                }
            })
            .collect_view();
        view! {
            <PageTitle page=t_string!(i18n, consultation.hours_title).to_string()/>
            <section class="card stack">
                <p><a href=paths::CONSULTATION_INBOX>{t!(i18n, consultation.back_to_inbox)}</a></p>
                <h1>{t!(i18n, consultation.hours_title)}</h1>
                <p class="hint">{t!(i18n, consultation.hours_rule)}</p>
                <FormOutcome saved=saved_message error=error_message/>
                <form method="post" action=SaveOpeningHours::url() class="stack">
                    {rows}
                    <label for="phone">{t!(i18n, consultation.phone_label)}</label>
                    <input
                        id="phone"
                        type="tel"
                        name="phone"
                        autocomplete="tel"
                        maxlength="24"
                        value=phone
                        aria-describedby="phone-hint"
                    />
                    <p class="hint" id="phone-hint">{t!(i18n, consultation.phone_hint)}</p>
                    <button type="submit" class="button">{t!(i18n, consultation.hours_save)}</button>
                </form>
            </section>
        }
    })
}
