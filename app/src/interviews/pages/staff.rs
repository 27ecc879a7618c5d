//! Staff pages: `/staff/interviews`, a week of slots with their bookings and the form to
//! publish free times; `/staff/interviews/:id`, one booking to record or mark absent.

use chrono::{Duration, Weekday};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};
use leptos_router::{
    components::A,
    hooks::{use_params_map, use_query_map},
};

use crate::interviews::{
    BookingDetail, InterviewWeek, MarkInterviewNoShow, MarkInterviewReportSent,
    PublishInterviewSlots,
    form::RecordForm,
    interview_booking,
    labels::{day_heading, kind_name, mode_name, status_name, time_range, topic_name, when},
    pages::online::{OnlineFacts, RecordingCard},
    parts::Outcome,
    staff_interviews,
};
use crate::{
    domain::{BookingId, InterviewMode},
    error::AppError,
    i18n::use_i18n,
    layout::{PageTitle, ReloadForms, guarded},
    locale::{LANGUAGES, format_date_time, weekday_name},
    paths,
};

/// `/staff/interviews?week=YYYY-MM-DD`.
#[component]
pub fn StaffInterviewsPage() -> impl IntoView {
    let i18n = use_i18n();
    let week = use_query_map().get_untracked().get("week");
    guarded(staff_interviews(week), move |data: InterviewWeek| {
        let title = t_string!(i18n, interview.staff_title).to_string();
        let prev = data.week_of - Duration::days(7);
        let next = data.week_of + Duration::days(7);
        view! {
            <PageTitle page=title.clone()/>
            <ReloadForms/>
            <section class="card stack">
                <h1>{title}</h1>
                <Outcome/>
                <p>{t_string!(i18n, interview.week_of, date = data.week_of.to_string()).to_string()}</p>
                <nav class="links" aria-label=t_string!(i18n, interview.week_nav).to_string()>
                    <a href=paths::interview_week(prev) target="_self">{t!(i18n, interview.prev_week)}</a>
                    " · "
                    <a href=paths::interview_week(next) target="_self">{t!(i18n, interview.next_week)}</a>
                </nav>
            </section>
            {data.days.is_empty().then(|| view! {
                <section class="card"><p class="hint">{t!(i18n, interview.week_empty)}</p></section>
            })}
            {data.days.into_iter().map(|day| {
                let today = day.day == data.today;
                view! {
                    <section class="card stack" class:today=today aria-label=day_heading(i18n, day.day)>
                        <h2>{day_heading(i18n, day.day)}</h2>
                        <ul class="list">
                            {day.entries.into_iter().map(|entry| {
                                let slot = entry.slot;
                                let what = match entry.booking {
                                    Some(b) => view! {
                                        <A href=paths::staff_interview(b.id)>
                                            {b.worker_name.clone()}" · "{kind_name(i18n, b.kind)}
                                        </A>
                                        " · "{status_name(i18n, b.status)}
                                    }.into_any(),
                                    None => view! { <span class="hint">{t!(i18n, interview.free)}</span> }.into_any(),
                                };
                                view! {
                                    <li>
                                        <strong>{time_range(&slot)}</strong>
                                        " · "{mode_name(i18n, slot.mode)}" · "{slot.staff_name.clone()}
                                        <br/>{what}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                }
            }).collect_view()}
            <PublishForm notice_hours=data.notice_hours/>
        }
    })
}

/// The form to publish free times: one day and one slot is a pattern of 1 week.
#[component]
fn PublishForm(notice_hours: u32) -> impl IntoView {
    let i18n = use_i18n();
    let returned = crate::layout::returned_fields();
    let kept = move |name: &str| returned.text(name);
    let days = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    view! {
        <section class="card stack" aria-labelledby="publish-title">
            <h2 id="publish-title">{t!(i18n, interview.publish_title)}</h2>
            <p class="hint">{t_string!(i18n, interview.notice_hint, hours = notice_hours).to_string()}</p>
            <form method="post" action=PublishInterviewSlots::url() class="stack" data-reload="true">
                <label for="from">{t!(i18n, interview.from)}</label>
                <input id="from" name="from" type="date" required value=kept("from")/>
                <label for="weeks">{t!(i18n, interview.weeks)}</label>
                <input id="weeks" name="weeks" type="number" min="1" max="26" value="1" required/>
                <fieldset>
                    <legend>{t!(i18n, interview.weekdays)}</legend>
                    {days.into_iter().map(|d| {
                        let code = d.to_string().to_lowercase();
                        view! {
                            <label class="check">
                                <input type="checkbox" name=format!("day[{code}]") value="on"/>
                                <span>{weekday_name(i18n, d)}</span>
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <label for="start">{t!(i18n, interview.start)}</label>
                <input id="start" name="start" type="time" required value=kept("start")/>
                <label for="end">{t!(i18n, interview.end)}</label>
                <input id="end" name="end" type="time" required value=kept("end")/>
                <label for="length_minutes">{t!(i18n, interview.length)}</label>
                <input id="length_minutes" name="length_minutes" type="number" min="10" max="240" value="30" required/>
                <label for="buffer_minutes">{t!(i18n, interview.buffer)}</label>
                <input id="buffer_minutes" name="buffer_minutes" type="number" min="0" max="120" value="0"/>
                <fieldset>
                    <legend>{t!(i18n, interview.mode)}</legend>
                    {InterviewMode::ALL.into_iter().map(|m| view! {
                        <label class="check">
                            <input type="radio" name="mode" value=m.code() checked=m == InterviewMode::InPerson/>
                            <span>{mode_name(i18n, m)}</span>
                        </label>
                    }).collect_view()}
                </fieldset>
                <label for="place">{t!(i18n, interview.place_field)}</label>
                <input id="place" name="place" maxlength="200" value=kept("place")/>
                <label for="video_url">{t!(i18n, interview.video_url_field)}</label>
                <input id="video_url" name="video_url" type="url" maxlength="500" placeholder="https://"/>
                <fieldset>
                    <legend>{t!(i18n, interview.languages_field)}</legend>
                    {LANGUAGES.into_iter().map(|(code, name)| view! {
                        <label class="check">
                            <input type="checkbox" name=format!("language[{code}]") value="on"/>
                            <span>{name}</span>
                        </label>
                    }).collect_view()}
                </fieldset>
                <label class="check">
                    <input type="checkbox" name="interpreter" value="on"/>
                    <span>{t!(i18n, interview.interpreter_field)}</span>
                </label>
                <button type="submit" class="button">{t!(i18n, interview.publish)}</button>
            </form>
        </section>
    }
}

/// `/staff/interviews/:id`.
#[component]
pub fn InterviewBookingPage() -> impl IntoView {
    let i18n = use_i18n();
    let id: Option<BookingId> = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok());
    let load = async move { interview_booking(id.ok_or(AppError::NotFound)?).await };
    guarded(load, move |detail: BookingDetail| {
        let b = detail.booking;
        let title =
            t_string!(i18n, interview.booking_title, name = b.worker_name.clone()).to_string();
        let week = crate::interviews::labels::tokyo_day(&b.slot);
        view! {
            <PageTitle page=title.clone()/>
            <ReloadForms/>
            <section class="card stack">
                <p><A href=paths::interview_week(week)>{t!(i18n, interview.staff_title)}</A></p>
                <h1>{title}</h1>
                <Outcome/>
                <p><strong>{kind_name(i18n, b.kind)}</strong>" · "{status_name(i18n, b.status)}</p>
                <p class="when">{when(i18n, &b.slot)}</p>
                <p>{mode_name(i18n, b.slot.mode)}{b.slot.place.clone().map(|p| format!(" · {p}"))}" · "{b.slot.staff_name.clone()}</p>
                {b.cancel_reason.clone().map(|reason| view! { <p>{t_string!(i18n, interview.cancelled_because, reason = reason).to_string()}</p> })}
                <p><A href=paths::worker_interviews(b.worker_id)>{t!(i18n, interview.open_list)}</A></p>
            </section>
            {(detail.may_record || detail.recording.is_some()).then(|| view! {
                <RecordingCard booking=b.id recording=detail.recording.clone() may_upload=detail.may_record max_mb=detail.recording_max_mb/>
            })}
            {detail.may_record.then(|| view! {
                <section class="card stack">
                    <form method="post" action=MarkInterviewNoShow::url() data-reload="true">
                        <input type="hidden" name="id" value=b.id.to_string()/>
                        <input type="hidden" name="version" value=b.version.to_string()/>
                        <button type="submit" class="button secondary">{t!(i18n, interview.no_show)}</button>
                    </form>
                </section>
                <RecordForm booking=b.clone() consent_given_at=detail.consent_given_at has_recording=detail.recording.is_some()/>
            })}
            {detail.record.map(|r| {
                let online = r.clone();
                let report = r.report_labour_office || r.report_immigration;
                let pending = report && r.report_done_at.is_none();
                view! {
                    <section class="card stack" aria-labelledby="record-title">
                        <h2 id="record-title">{t!(i18n, interview.record_view_title)}</h2>
                        <dl class="facts">
                            <dt>{t!(i18n, interview.held_on)}</dt><dd>{r.held_on.to_string()}" · "{mode_name(i18n, r.mode)}</dd>
                            <dt>{t!(i18n, interview.attendees)}</dt><dd>{r.attendees}</dd>
                            <dt>{t!(i18n, interview.interpreter_name)}</dt><dd>{r.interpreter.unwrap_or_else(|| "—".into())}</dd>
                            <dt>{t!(i18n, interview.topics)}</dt>
                            <dd>{r.topics.iter().map(|t| topic_name(i18n, *t)).collect::<Vec<_>>().join(", ")}</dd>
                            <dt>{t!(i18n, interview.problems)}</dt><dd>{r.problems.unwrap_or_else(|| "—".into())}</dd>
                            <dt>{t!(i18n, interview.action_taken)}</dt><dd>{r.action_taken.unwrap_or_else(|| "—".into())}</dd>
                            <dt>{t!(i18n, interview.summary)}</dt><dd>{r.summary}</dd>
                        </dl>
                        <OnlineFacts record=online/>
                        {r.report_labour_office.then(|| view! { <p>{t!(i18n, interview.report_labour_office)}</p> })}
                        {r.report_immigration.then(|| view! { <p>{t!(i18n, interview.report_immigration)}</p> })}
                        {r.report_done_at.map(|at| view! {
                            <p>{t_string!(i18n, interview.report_sent_on, date = format_date_time(at)).to_string()}</p>
                        })}
                        {pending.then(|| view! {
                            <p class="alert">{t!(i18n, interview.report_pending)}</p>
                            <form method="post" action=MarkInterviewReportSent::url() data-reload="true">
                                <input type="hidden" name="id" value=b.id.to_string()/>
                                <button type="submit" class="button">{t!(i18n, interview.report_sent)}</button>
                            </form>
                        })}
                        <p class="hint">
                            {t_string!(i18n, interview.recorded_by, name = r.recorded_by.clone(), date = format_date_time(r.recorded_at)).to_string()}
                        </p>
                    </section>
                }
            })}
        }
    })
}
