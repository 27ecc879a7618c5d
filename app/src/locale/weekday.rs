//! The days of the week in the reader's language: interviews head their days with them,
//! consultations name the opening hours' days. The keys sit under `interview`, where they
//! were first needed. Locale keys must be literal, hence one arm per value.

use chrono::Weekday;
use leptos_i18n::{I18nContext, t_string};

use crate::i18n::Locale;

pub fn weekday_name(i18n: I18nContext<Locale>, day: Weekday) -> String {
    match day {
        Weekday::Mon => t_string!(i18n, interview.weekday_mon),
        Weekday::Tue => t_string!(i18n, interview.weekday_tue),
        Weekday::Wed => t_string!(i18n, interview.weekday_wed),
        Weekday::Thu => t_string!(i18n, interview.weekday_thu),
        Weekday::Fri => t_string!(i18n, interview.weekday_fri),
        Weekday::Sat => t_string!(i18n, interview.weekday_sat),
        Weekday::Sun => t_string!(i18n, interview.weekday_sun),
    }
    .to_string()
}
