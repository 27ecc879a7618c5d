//! The versioned writes again, each with the version its record has just before the call:
//! a refusal is then for the caller, not for the staleness. Refused callers go first; one
//! allowed caller succeeds last (`run` orders them), on a record of its own where the
//! change would stand in the way of another row.

use super::{Call, Case, SKIP, records::Records};

fn current(body: String, table: &'static str, id: uuid::Uuid) -> Call {
    Call::PostCurrent(body, table, id)
}

pub fn cases(r: &Records) -> Vec<Case> {
    let yesterday = app::locale::today_in_japan() - chrono::Days::new(1);
    vec![
        // Supports: staff record and change the plan, the worker acknowledges, her company
        // confirms or sends back.
        Case {
            function: "record_support",
            call: current(
                format!(
                    "id={}&version={{version}}&delivered_on={yesterday}&duration_minutes=60&delivered_by=X&language=vi&mode=in_person&place=&content=Class&internal_note=",
                    r.to_record
                ),
                "supports",
                r.to_record,
            ),
            expect: [401, 403, 403, 403, 403, 403, 200, SKIP, 404, 403, 403],
        },
        Case {
            function: "mark_support_not_applicable",
            call: current(
                format!("id={}&version={{version}}&reason=test", r.to_mark),
                "supports",
                r.to_mark,
            ),
            expect: [401, 403, 403, 403, 403, 403, SKIP, 200, 404, 403, 403],
        },
        Case {
            function: "mark_support_not_delivered",
            call: current(
                format!(
                    "id={}&version={{version}}&not_delivered_reason=test&not_delivered_on={yesterday}",
                    r.to_withhold
                ),
                "supports",
                r.to_withhold,
            ),
            expect: [401, 403, 403, 403, 403, 403, 200, SKIP, 404, 403, 403],
        },
        Case {
            function: "replan_support",
            call: current(
                format!("id={}&version={{version}}", r.to_mark),
                "supports",
                r.to_mark,
            ),
            expect: [401, 403, 403, 403, 403, 403, 200, SKIP, 404, 403, 403],
        },
        Case {
            function: "acknowledge_support",
            call: current(
                format!("id={}&version={{version}}", r.orientation),
                "supports",
                r.orientation,
            ),
            expect: [401, 200, 404, 404, 403, 403, 403, 403, 403, 403, 404],
        },
        Case {
            function: "send_back_support",
            call: current(
                format!(
                    "id={}&version={{version}}&comment=wrong%20date",
                    r.orientation
                ),
                "supports",
                r.orientation,
            ),
            expect: [401, 403, 403, 403, 200, 404, 403, 403, 403, 404, 403],
        },
        Case {
            function: "confirm_supports",
            call: current(
                format!("item[0]={}:{{version}}", r.support),
                "supports",
                r.support,
            ),
            expect: [401, 403, 403, 403, 200, 404, 403, 403, 403, 404, 403],
        },
        // Documents: staff decide on a version, each on one of its own; the worker takes
        // one back.
        Case {
            function: "accept_document",
            call: current(
                format!(
                    "id={}&version={{version}}&number_tail=1234&expires_on=2030-01-01",
                    r.document
                ),
                "document_submissions",
                r.document,
            ),
            expect: [401, 403, 404, 404, 403, 404, 200, SKIP, 404, 404, 404],
        },
        Case {
            function: "ask_document_again",
            call: current(
                format!("id={}&version={{version}}&reason=glare", r.contract),
                "document_submissions",
                r.contract,
            ),
            expect: [401, 403, 404, 404, 403, 404, SKIP, 200, 404, 404, 404],
        },
        Case {
            function: "reject_document",
            call: current(
                format!("id={}&version={{version}}&comment=no", r.health_check),
                "document_submissions",
                r.health_check,
            ),
            expect: [401, 403, 404, 404, 403, 404, 200, SKIP, 404, 404, 404],
        },
        Case {
            function: "withdraw_document",
            call: current(
                format!("id={}&version={{version}}", r.bank_account),
                "document_submissions",
                r.bank_account,
            ),
            expect: [401, 200, 404, 404, 403, 404, 403, 403, 404, 404, 404],
        },
        // Interviews: the company moves its supervisor interview, staff cancel it; staff
        // record yesterday's and mark siti's a no-show.
        Case {
            function: "reschedule_interview",
            call: current(
                format!(
                    "id={}&version={{version}}&slot_id={}",
                    r.supervisor_booking, r.free_slot
                ),
                "interview_bookings",
                r.supervisor_booking,
            ),
            expect: [401, 403, 403, 403, 200, 404, SKIP, SKIP, 404, 404, 404],
        },
        Case {
            function: "cancel_interview",
            call: current(
                format!(
                    "id={}&version={{version}}&reason=sick",
                    r.supervisor_booking
                ),
                "interview_bookings",
                r.supervisor_booking,
            ),
            expect: [401, 403, 403, 403, SKIP, 404, 200, SKIP, 404, 404, 404],
        },
        Case {
            function: "record_interview",
            call: current(
                format!(
                    "id={}&version={{version}}&held_on={yesterday}&mode=in_person&attendees=a&problems={}&action_taken=Talked%20to%20HR&summary={}",
                    r.booking,
                    super::content::SECRETS.interview_problems,
                    super::content::SECRETS.interview_summary,
                ),
                "interview_bookings",
                r.booking,
            ),
            expect: [401, 403, 403, 403, 403, 403, 200, SKIP, 404, 403, 403],
        },
        Case {
            function: "mark_interview_no_show",
            call: current(
                format!("id={}&version={{version}}", r.siti_booking),
                "interview_bookings",
                r.siti_booking,
            ),
            expect: [401, 403, 403, 403, 403, 403, SKIP, 200, 404, 403, 403],
        },
        // Consultations: staff take it, an admin closes it with its record (5-4), which is
        // staff's own.
        Case {
            function: "assign_consultation",
            call: current(
                format!("id={}&version={{version}}&assignee=", r.consultation),
                "consultations",
                r.consultation,
            ),
            expect: [401, 403, 403, 403, 403, 403, 200, SKIP, 404, 403, 403],
        },
        Case {
            function: "resolve_consultation",
            call: current(
                format!(
                    "id={}&version={{version}}&held_on={}&content={}&response=r",
                    r.consultation,
                    app::locale::today_in_japan(),
                    super::content::SECRETS.consultation_record,
                ),
                "consultations",
                r.consultation,
            ),
            expect: [401, 403, 403, 403, 403, 403, SKIP, 200, 404, 403, 403],
        },
        // Read again once closed: the worker's answer has her thread, not staff's record.
        Case {
            function: "consultation",
            call: Call::Post(format!("id={}", r.consultation)),
            expect: [401, 200, 404, 404, 403, 403, 200, 200, 404, 403, 404],
        },
        // Her orientation, corrected by staff with their internal note, as each reads it.
        Case {
            function: "support_detail",
            call: Call::Get(format!("id={}", r.orientation)),
            expect: [401, 200, 404, 404, 200, 404, 200, 200, 404, 404, 404],
        },
        // Her interview, once recorded: the summary for her and staff, the problems for
        // staff; her company reads only that it happened.
        Case {
            function: "my_interviews",
            call: Call::Post(String::new()),
            expect: [401, 200, 200, 200, 403, 403, 403, 403, 403, 403, 200],
        },
        Case {
            function: "worker_interviews",
            call: Call::Post(format!("worker_id={}", r.worker)),
            expect: [401, 403, 403, 403, 200, 404, 200, 200, 404, 404, 403],
        },
        Case {
            function: "interview_booking",
            call: Call::Post(format!("id={}", r.booking)),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 404, 403, 403],
        },
    ]
}
