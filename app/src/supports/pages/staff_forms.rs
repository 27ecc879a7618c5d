//! Staff's forms on a support's page: record the first delivery, one more of a recurring
//! support, or a correction; mark it "not applicable" or "could not be delivered"; plan it
//! again.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_i18n::{t, t_string};

use crate::supports::{
    MarkSupportNotApplicable, MarkSupportNotDelivered, RecordSupport, ReplanSupport, SupportLine,
    labels::mode_label,
};
use crate::{
    domain::{DeliveryMode, SupportKind, SupportStatus},
    i18n::use_i18n,
    layout::{ReturnedFields, options_html},
    locale::LANGUAGES,
};

/// What a delivery form is for: its `intent`, the prefix of its field ids (two forms on one
/// page), and whether it starts from the latest delivery.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Purpose {
    First,
    Again,
    /// The housing support: the worker moved.
    Move,
    Correct,
}

impl Purpose {
    fn intent(self) -> &'static str {
        match self {
            Self::First => "",
            Self::Again => "again",
            Self::Move => "move",
            Self::Correct => "correct",
        }
    }

    fn prefix(self) -> &'static str {
        match self {
            Self::First => "record",
            Self::Again => "again",
            Self::Move => "move",
            Self::Correct => "correct",
        }
    }
}

/// Staff: the forms the support's status allows.
#[component]
pub(super) fn StaffForms(line: SupportLine) -> impl IntoView {
    let i18n = use_i18n();
    let returned = crate::layout::returned_fields();
    let (id, version) = (line.id.to_string(), line.version.to_string());
    let planned = line.status == SupportStatus::Planned;
    let settled = matches!(
        line.status,
        SupportStatus::NotApplicable | SupportStatus::NotDelivered
    );
    let delivered = !planned && !settled;
    let housing = !settled && line.kind == Some(SupportKind::HousingAndContracts);
    view! {
        {planned.then(|| view! {
            <DeliveryForm line=line.clone() purpose=Purpose::First/>
            <section class="card stack no-print">
                <h2>{t!(i18n, supports.na_title)}</h2>
                <form class="stack" method="post" action=MarkSupportNotApplicable::url()>
                    <input type="hidden" name="id" value=id.clone()/>
                    <input type="hidden" name="version" value=version.clone()/>
                    <div class="field">
                        <label for="reason">{t!(i18n, supports.reason)}</label>
                        <textarea id="reason" name="reason" maxlength="2000" rows="2">
                            {returned.text("reason")}
                        </textarea>
                        <p class="hint">{t!(i18n, supports.na_hint)}</p>
                    </div>
                    <button type="submit" class="button secondary">{t!(i18n, supports.na_button)}</button>
                </form>
            </section>
            <section class="card stack no-print">
                <h2>{t!(i18n, supports.status_not_delivered)}</h2>
                <p class="hint">{t!(i18n, supports.not_delivered_hint)}</p>
                <form class="stack" method="post" action=MarkSupportNotDelivered::url()>
                    <input type="hidden" name="id" value=id.clone()/>
                    <input type="hidden" name="version" value=version.clone()/>
                    <div class="field">
                        <label for="not_delivered_reason">{t!(i18n, supports.not_delivered_reason)}</label>
                        <textarea id="not_delivered_reason" name="not_delivered_reason" required
                            maxlength="2000" rows="3">
                            {returned.text("not_delivered_reason")}
                        </textarea>
                    </div>
                    <div class="field">
                        <label for="not_delivered_on">{t!(i18n, supports.not_delivered_on)}</label>
                        <input id="not_delivered_on" name="not_delivered_on" type="date" required
                            value=returned.text("not_delivered_on")/>
                    </div>
                    <button type="submit" class="button secondary">{t!(i18n, supports.mark_not_delivered)}</button>
                </form>
            </section>
        }.into_any())}
        {housing.then(|| view! { <DeliveryForm line=line.clone() purpose=Purpose::Move/> }.into_any())}
        {(delivered && line.can_record_again()).then(|| view! {
            <DeliveryForm line=line.clone() purpose=Purpose::Again/>
        }.into_any())}
        {delivered.then(|| view! { <DeliveryForm line=line.clone() purpose=Purpose::Correct/> }.into_any())}
        {settled.then(|| view! {
            <section class="card stack no-print">
                <form method="post" action=ReplanSupport::url()>
                    <input type="hidden" name="id" value=id.clone()/>
                    <input type="hidden" name="version" value=version.clone()/>
                    <button type="submit" class="button secondary">{t!(i18n, supports.replan_button)}</button>
                </form>
            </section>
        }.into_any())}
    }
    .into_any()
}

/// The typed values after a refused save of this very form, else what the form starts
/// from: the latest delivery for a correction, nothing for a new one.
struct Start {
    returned: ReturnedFields,
    mine: bool,
    from: Option<SupportLine>,
}

impl Start {
    fn value(&self, name: &str, current: impl Fn(&SupportLine) -> Option<String>) -> String {
        if self.mine {
            return self.returned.text(name);
        }
        self.from.as_ref().and_then(current).unwrap_or_default()
    }
}

#[component]
fn DeliveryForm(line: SupportLine, purpose: Purpose) -> impl IntoView {
    let i18n = use_i18n();
    let returned = crate::layout::returned_fields();
    // A post without an intent recorded the first delivery, or corrected the latest.
    let came_from = match returned.get("intent").unwrap_or_default() {
        "again" => Purpose::Again,
        "move" => Purpose::Move,
        "correct" => Purpose::Correct,
        _ if line.status == SupportStatus::Planned => Purpose::First,
        _ => Purpose::Correct,
    };
    let mine = returned.get("delivered_on").is_some() && came_from == purpose;
    let start = Start {
        returned,
        mine,
        from: (purpose == Purpose::Correct).then(|| line.clone()),
    };
    let delivered_on = start.value("delivered_on", |l| l.delivered_on.map(|d| d.to_string()));
    let duration = start.value("duration_minutes", |l| {
        l.duration_minutes.map(|m| m.to_string())
    });
    let delivered_by = start.value("delivered_by", |l| l.delivered_by.clone());
    let language = start.value("language", |l| l.language.clone());
    let mode = start.value("mode", |l| l.mode.map(|m| m.code().to_owned()));
    let place = start.value("place", |l| l.place.clone());
    let content = start.value("content", |l| l.content.clone());
    let note = start.value("internal_note", |l| l.internal_note.clone());
    let reason = start.value("correction_reason", |_| None);
    let sessions = start.value("sessions", |l| l.sessions.clone());
    let language_html = options_html(
        LANGUAGES
            .iter()
            .map(|(code, name)| ((*code).to_owned(), (*name).to_owned())),
        &language,
    );
    let mode_html = options_html(
        DeliveryMode::ALL
            .iter()
            .map(|m| (m.code().to_owned(), mode_label(i18n, *m))),
        &mode,
    );
    let (title, hint) = match purpose {
        Purpose::First => (t_string!(i18n, supports.record_title).to_string(), None),
        Purpose::Again => (
            t_string!(i18n, supports.record_again).to_string(),
            Some(t_string!(i18n, supports.record_again_hint).to_string()),
        ),
        Purpose::Move => (
            t_string!(i18n, supports.record_move).to_string(),
            Some(t_string!(i18n, supports.record_move_hint).to_string()),
        ),
        Purpose::Correct => (
            t_string!(i18n, supports.correct_latest).to_string(),
            Some(t_string!(i18n, supports.correction_hint).to_string()),
        ),
    };
    let p = purpose.prefix();
    let field = move |name: &str| format!("{p}-{name}");
    let orientation = line.kind == Some(SupportKind::LifeOrientation);
    let guidance = line.kind == Some(SupportKind::PreEntryGuidance);
    view! {
        <section class="card stack no-print">
            <h2>{title}</h2>
            {hint.map(|h| view! { <p class="hint">{h}</p> })}
            <form class="stack" method="post" action=RecordSupport::url()>
                <input type="hidden" name="id" value=line.id.to_string()/>
                <input type="hidden" name="version" value=line.version.to_string()/>
                <input type="hidden" name="intent" value=purpose.intent()/>
                {(purpose == Purpose::Correct).then(|| view! {
                    <div class="field">
                        <label for=field("correction_reason")>{t!(i18n, supports.correction_reason)}</label>
                        <textarea id=field("correction_reason") name="correction_reason" required
                            maxlength="2000" rows="2">{reason}</textarea>
                    </div>
                })}
                // An orientation given in sessions takes its days and length from them.
                <div class="field">
                    <label for=field("delivered_on")>{t!(i18n, supports.delivered_on)}</label>
                    <input id=field("delivered_on") name="delivered_on" type="date"
                        required=!orientation value=delivered_on/>
                </div>
                <div class="field">
                    <label for=field("duration_minutes")>{t!(i18n, supports.duration_minutes)}</label>
                    <input id=field("duration_minutes") name="duration_minutes" type="number"
                        inputmode="numeric" min="1" max="1440" required=!orientation value=duration/>
                    {orientation.then(|| view! {
                        <p class="hint">{t!(i18n, supports.orientation_hint)}</p>
                    })}
                </div>
                {orientation.then(|| view! {
                    <div class="field">
                        <label for=field("sessions")>{t!(i18n, supports.sessions)}</label>
                        <textarea id=field("sessions") name="sessions" rows="3"
                            placeholder="2026-04-11 09:00-12:00">{sessions}</textarea>
                        <p class="hint">{t!(i18n, supports.sessions_hint)}</p>
                    </div>
                })}
                {guidance.then(|| view! {
                    <label class="check" for=field("short_confirmed")>
                        <input type="checkbox" id=field("short_confirmed") name="short_confirmed" value="on"/>
                        <span>{t!(i18n, supports.short_confirmed)}</span>
                    </label>
                })}
                <div class="field">
                    <label for=field("delivered_by")>{t!(i18n, supports.delivered_by)}</label>
                    <input id=field("delivered_by") name="delivered_by" required maxlength="200" value=delivered_by/>
                </div>
                <div class="field">
                    <label for=field("language")>{t!(i18n, supports.language)}</label>
                    <select id=field("language") name="language" required inner_html=language_html></select>
                </div>
                <div class="field">
                    <label for=field("mode")>{t!(i18n, supports.mode)}</label>
                    <select id=field("mode") name="mode" required inner_html=mode_html></select>
                </div>
                <div class="field">
                    <label for=field("place")>{t!(i18n, supports.place)}</label>
                    <input id=field("place") name="place" maxlength="200" value=place/>
                </div>
                <div class="field">
                    <label for=field("content")>{t!(i18n, supports.content)}</label>
                    <textarea id=field("content") name="content" maxlength="2000" rows="4">{content}</textarea>
                </div>
                <div class="field">
                    <label for=field("internal_note")>{t!(i18n, supports.internal_note_label)}</label>
                    <textarea id=field("internal_note") name="internal_note" maxlength="2000" rows="3">{note}</textarea>
                </div>
                <button type="submit" class="button">{t!(i18n, supports.save_record)}</button>
            </form>
        </section>
    }
}
