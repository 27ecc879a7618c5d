use chrono::NaiveDate;

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

const TODAY: (i32, u32, u32) = (2026, 11, 25);

fn today() -> NaiveDate {
    day(TODAY.0, TODAY.1, TODAY.2)
}

fn known(code: &str) -> bool {
    ["ja", "vi", "id"].contains(&code)
}

fn fields() -> DeliveryFields<'static> {
    DeliveryFields {
        delivered_on: "2026-11-20",
        duration_minutes: "90",
        delivered_by: " 田中 健 ",
        language: "vi",
        mode: "in_person",
        place: "本社会議室",
        content: "住居の案内",
        internal_note: "",
        sessions: "",
    }
}

fn check(kind: Option<SupportKind>, f: &DeliveryFields<'_>) -> Result<Delivery, RecordProblem> {
    check_delivery(kind, f, today(), known)
}

#[test]
fn a_complete_record_is_accepted_and_trimmed() {
    let d = check(Some(SupportKind::HousingAndContracts), &fields()).expect("valid");
    assert_eq!(d.delivered_on, day(2026, 11, 20));
    assert_eq!(d.duration_minutes, 90);
    assert_eq!(d.delivered_by, "田中 健");
    assert_eq!(d.mode, DeliveryMode::InPerson);
}

#[test]
fn a_support_cannot_be_delivered_in_the_future() {
    let f = DeliveryFields {
        delivered_on: "2026-11-26",
        ..fields()
    };
    let err = check(None, &f).expect_err("tomorrow");
    assert_eq!(err.message_key, "supports.err_date_future");
    // Today is fine.
    let f = DeliveryFields {
        delivered_on: "2026-11-25",
        ..fields()
    };
    assert!(check(None, &f).is_ok());
}

#[test]
fn dates_before_the_status_existed_or_malformed_are_refused() {
    for bad in ["2019-03-31", "2026-13-01", "yesterday", ""] {
        let f = DeliveryFields {
            delivered_on: bad,
            ..fields()
        };
        assert_eq!(
            check(None, &f).map_err(|e| e.message_key),
            Err("supports.err_date"),
            "{bad}"
        );
    }
}

#[test]
fn durations_must_be_positive_and_within_a_day() {
    for bad in ["0", "-30", "1441", "1.5", "", "abc"] {
        let f = DeliveryFields {
            duration_minutes: bad,
            ..fields()
        };
        let err = check(None, &f).expect_err(bad);
        assert_eq!(
            (err.field, err.message_key),
            ("duration_minutes", "supports.err_duration"),
            "{bad}"
        );
    }
}

#[test]
fn an_orientation_in_sessions_takes_its_days_and_length_from_them() {
    let f = DeliveryFields {
        delivered_on: "",
        duration_minutes: "",
        sessions: "2026-11-12 13:00-17:00\n\n2026-11-10 09:00-12:30\n",
        ..fields()
    };
    let d = check(Some(SupportKind::LifeOrientation), &f).expect("two sessions");
    assert_eq!(d.first_day, day(2026, 11, 10));
    assert_eq!(d.delivered_on, day(2026, 11, 12));
    assert_eq!(d.duration_minutes, 7 * 60 + 30);
    assert_eq!(d.sessions.len(), 2);
    // Only the orientation is given in sessions; none may lie ahead.
    let err = check(Some(SupportKind::PublicProcedures), &f).expect_err("not in sessions");
    assert_eq!(err.message_key, "supports.err_sessions");
    let ahead = DeliveryFields {
        sessions: "2026-11-26 09:00-17:00",
        ..f
    };
    let err = check(Some(SupportKind::LifeOrientation), &ahead).expect_err("tomorrow");
    assert_eq!(
        (err.field, err.message_key),
        ("sessions", "supports.err_date_future")
    );
}

#[test]
fn one_day_is_the_first_and_the_last() {
    let d = check(Some(SupportKind::LifeOrientation), &fields()).expect("one day");
    assert_eq!(
        (d.first_day, d.delivered_on),
        (day(2026, 11, 20), day(2026, 11, 20))
    );
    assert!(d.sessions.is_empty());
}

#[test]
fn who_language_and_mode_are_required() {
    let cases = [
        (
            DeliveryFields {
                delivered_by: "  ",
                ..fields()
            },
            "supports.err_delivered_by",
        ),
        (
            DeliveryFields {
                language: "xx",
                ..fields()
            },
            "supports.err_language",
        ),
        (
            DeliveryFields {
                mode: "carrier_pigeon",
                ..fields()
            },
            "supports.err_mode",
        ),
    ];
    for (f, key) in cases {
        assert_eq!(check(None, &f).map_err(|e| e.message_key), Err(key));
    }
}

#[test]
fn texts_have_limits_counted_in_characters() {
    let long = "あ".repeat(TEXT_MAX_CHARS);
    let f = DeliveryFields {
        content: &long,
        ..fields()
    };
    assert!(check(None, &f).is_ok());
    let longer = "あ".repeat(TEXT_MAX_CHARS + 1);
    let f = DeliveryFields {
        content: &longer,
        ..fields()
    };
    assert_eq!(
        check(None, &f).map_err(|e| (e.field, e.message_key)),
        Err(("content", "supports.err_too_long"))
    );
}

#[test]
fn a_reason_is_required_and_a_title_too() {
    assert_eq!(
        check_required_text("  ", "reason").map_err(|e| e.message_key),
        Err("supports.err_reason_missing")
    );
    assert_eq!(
        check_required_text(" 国内で在留資格を変更 ", "reason"),
        Ok("国内で在留資格を変更".to_owned())
    );
    assert_eq!(
        check_title("").map_err(|e| e.message_key),
        Err("supports.err_title")
    );
}
