//! The server functions' rows: each called by every caller on an.nguyen's records, most
//! with a stale version (whoever gets past the checks is refused as "changed meanwhile", so
//! the record stays as it was for the next caller).

use super::{Call, Case, SKIP, records::Records};

pub fn cases(r: &Records) -> Vec<Case> {
    use Call::{Get, Post};
    let post = |body: String| Post(body);
    vec![
        // Public: anyone may try; the answer does not depend on who asks.
        // (`{caller}` becomes the caller's name: a login per caller keeps the throttle out.)
        Case {
            function: "sign_in",
            call: post("login=nobody.{caller}&password=wrong-password".into()),
            expect: [400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400],
        },
        Case {
            function: "sign_out",
            call: post(String::new()),
            expect: [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        },
        Case {
            function: "sign_out_everywhere",
            call: post(String::new()),
            expect: [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        },
        Case {
            function: "me",
            call: Get(String::new()),
            expect: [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        },
        Case {
            function: "invite_preview",
            call: post("token=AAAAAAAAAAAAAAAAAAAAAA".into()),
            expect: [404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        },
        Case {
            function: "accept_invitation",
            call: post(
                "token=AAAAAAAAAAAAAAAAAAAAAA&password=long-password-1&confirm=long-password-1"
                    .into(),
            ),
            expect: [404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        },
        // Workers: staff all of their organization, a company its own, a worker themselves.
        Case {
            function: "list_workers",
            call: Get(String::new()),
            expect: [401, 403, 403, 403, 200, 200, 200, 200, 200, 200, 403],
        },
        // Staff's worker list, searched for her: another tenant's staff find nobody of hers.
        Case {
            function: "search_workers",
            call: Get("q=nguyen&sort=company&dir=desc".into()),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        Case {
            function: "worker_detail",
            call: Get(format!("id={}", r.worker)),
            expect: [401, 200, 404, 404, 200, 404, 200, 200, 404, 404, 404],
        },
        Case {
            function: "my_worker_record",
            call: Get(String::new()),
            expect: [401, 200, 200, 200, 403, 403, 403, 403, 403, 403, 200],
        },
        Case {
            function: "company_options",
            call: Get(String::new()),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        // Another tenant's company is not a choice: the same answer as a made-up id.
        Case {
            function: "create_worker",
            call: post(format!(
                "company_id={}&family_name=PHAM&given_name=THI%20MAI&nationality=VN&preferred_locale=vi",
                r.company
            )),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 400, 403, 403],
        },
        // Invitations: staff invite workers, only admins invite company users and staff.
        Case {
            function: "issue_invitation",
            call: post(format!("user_id={}", r.worker_user)),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 404, 403, 403],
        },
        Case {
            function: "issue_invitation",
            call: post(format!("user_id={}", r.company_user)),
            expect: [401, 403, 403, 403, 403, 403, 403, 200, 404, 403, 403],
        },
        Case {
            function: "invitation",
            call: Get(format!("id={}", r.invitation)),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 404, 403, 403],
        },
        // Accounts: admins only, within their organization.
        Case {
            function: "list_accounts",
            call: Get(String::new()),
            expect: [401, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403],
        },
        Case {
            function: "invite_account",
            call: post(
                "email=new.{caller}%40example.jp&display_name=New&role=staff&company_id=".into(),
            ),
            expect: [401, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403],
        },
        // Enabling (not disabling) a company user no caller is: enabling ends its sessions.
        Case {
            function: "set_account_disabled",
            call: post(format!("user_id={}&disabled=false", r.bystander)),
            expect: [401, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403],
        },
        // Support plans: staff any of their organization, a company its own workers', a
        // worker their own; another tenant's staff find nothing.
        Case {
            function: "support_plan",
            call: Get(format!("worker_id={}", r.worker)),
            expect: [401, 200, 404, 404, 200, 404, 200, 200, 404, 404, 404],
        },
        // The printable support record reads the same plan, with its own audit action.
        Case {
            function: "support_record",
            call: Get(format!("worker_id={}", r.worker)),
            expect: [401, 200, 404, 404, 200, 404, 200, 200, 404, 404, 404],
        },
        Case {
            function: "my_support_plan",
            call: Get(String::new()),
            expect: [401, 200, 200, 200, 403, 403, 403, 403, 403, 403, 200],
        },
        Case {
            function: "support_detail",
            call: Get(format!("id={}", r.support)),
            expect: [401, 200, 404, 404, 200, 404, 200, 200, 404, 404, 404],
        },
        Case {
            function: "supports_to_confirm",
            call: Get(String::new()),
            expect: [401, 403, 403, 403, 200, 200, 403, 403, 403, 200, 403],
        },
        Case {
            function: "support_dashboard",
            call: Get(String::new()),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        Case {
            function: "support_dashboard",
            call: Get("q=nguyen&sort=worker".into()),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        // Changes name version 0, which no record has: whoever gets past the role and
        // record checks is refused as "changed meanwhile" (409), so the table leaves the
        // record as it was for the next caller.
        Case {
            function: "record_support",
            call: post(format!(
                "id={}&version=0&delivered_on=2026-04-11&duration_minutes=60&delivered_by=X&language=vi&mode=in_person&place=&content=&internal_note=",
                r.support
            )),
            expect: [401, 403, 403, 403, 403, 403, 409, 409, 404, 403, 403],
        },
        Case {
            function: "mark_support_not_applicable",
            call: post(format!("id={}&version=0&reason=test", r.support)),
            expect: [401, 403, 403, 403, 403, 403, 409, 409, 404, 403, 403],
        },
        Case {
            function: "mark_support_not_delivered",
            call: post(format!(
                "id={}&version=0&not_delivered_reason=test&not_delivered_on=2026-04-11",
                r.support
            )),
            expect: [401, 403, 403, 403, 403, 403, 409, 409, 404, 403, 403],
        },
        Case {
            function: "replan_support",
            call: post(format!("id={}&version=0", r.support)),
            expect: [401, 403, 403, 403, 403, 403, 409, 409, 404, 403, 403],
        },
        Case {
            function: "acknowledge_support",
            call: post(format!("id={}&version=0", r.support)),
            expect: [401, 409, 404, 404, 403, 403, 403, 403, 403, 403, 404],
        },
        Case {
            function: "confirm_supports",
            call: post(format!("item[0]={}:0", r.support)),
            expect: [401, 403, 403, 403, 409, 404, 403, 403, 403, 404, 403],
        },
        Case {
            function: "send_back_support",
            call: post(format!("id={}&version=0&comment=wrong%20date", r.support)),
            expect: [401, 403, 403, 403, 409, 404, 403, 403, 403, 404, 403],
        },
        // Adding is not idempotent, and need not be: each staff call adds one line.
        Case {
            function: "add_voluntary_support",
            call: post(format!(
                "worker_id={}&title=Bike%20lessons&due_on=",
                r.worker
            )),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 404, 403, 403],
        },
        Case {
            function: "update_worker_dates",
            call: post(format!(
                "id={}&contract_signed_on=&visa_applied_on=&entry_date=2025-04-10&settled_on=&support_officer_id=",
                r.worker
            )),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 404, 403, 403],
        },
        // The stay: staff of the worker's organization only, each finding its record
        // before it reads the form (another tenant's staff: 404 whatever they send). The
        // period is saved again as it is; a second renewal is refused while one is under
        // review; a decision before the application is refused; an overlapping leave is
        // refused; staff remove the leave to remove.
        Case {
            function: "update_worker_stay",
            call: post(format!(
                "id={}&stay_granted_on=&residence_card_expiry=2020-01-01&ssw_first_entered_on=2030-01-01",
                r.worker
            )),
            expect: [401, 403, 403, 403, 403, 403, 400, 400, 404, 403, 403],
        },
        Case {
            function: "apply_for_renewal",
            call: post(format!("id={}&applied_on=2026-01-01", r.worker)),
            expect: [401, 403, 403, 403, 403, 403, 400, 400, 404, 403, 403],
        },
        Case {
            function: "decide_renewal",
            call: post(format!(
                "id={}&worker_id={}&decided_on=2000-01-01&result=granted&new_expiry=",
                r.renewal, r.worker
            )),
            expect: [401, 403, 403, 403, 403, 403, 400, 400, 404, 403, 403],
        },
        Case {
            function: "add_worker_leave",
            call: post(format!(
                "id={}&kind=childcare&starts_on=2000-01-01&ends_on=2099-12-31",
                r.worker
            )),
            expect: [401, 403, 403, 403, 403, 403, 400, 400, 404, 403, 403],
        },
        Case {
            function: "remove_worker_leave",
            call: post(format!("id={}&worker_id={}", r.leave_to_remove, r.worker)),
            // Staff remove it, last (refusals go first); the admin passes the same checks.
            expect: [401, 403, 403, 403, 403, 403, 200, SKIP, 404, 403, 403],
        },
        // Identity: staff only, and the record is found before the form is read (another
        // tenant's staff: 404); the bad card number keeps the seeded identity.
        Case {
            function: "update_worker_identity",
            call: post(format!(
                "id={}&name_katakana=&birth_date=&residence_card_number=bad&passport_number=&passport_expiry=&postal_code=&address=&languages=",
                r.worker
            )),
            expect: [401, 403, 403, 403, 403, 403, 400, 400, 404, 403, 403],
        },
        // Companies: staff keep them; a company reads its own record; the writes refuse
        // bad input (or find nothing) so that an.nguyen's company stays as it was.
        Case {
            function: "list_companies",
            call: Get(String::new()),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        Case {
            function: "company_detail",
            call: Get(format!("id={}", r.company)),
            expect: [401, 403, 403, 403, 200, 404, 200, 200, 404, 404, 403],
        },
        Case {
            function: "create_company",
            call: post("name=&field=construction&corporate_number=&postal_code=&address=&representative=&phone=&entrusted_on=".to_owned()),
            expect: [401, 403, 403, 403, 403, 403, 400, 400, 400, 403, 403],
        },
        Case {
            function: "update_company",
            call: post(format!(
                "id={}&name=x&field=nursing_care&corporate_number=1&postal_code=&address=&representative=&phone=&entrusted_on=",
                r.company
            )),
            expect: [401, 403, 403, 403, 403, 403, 400, 400, 404, 403, 403],
        },
        Case {
            function: "add_workplace",
            call: post(format!(
                "company_id={}&workplace_name=&postal_code=&address=x",
                r.company
            )),
            expect: [401, 403, 403, 403, 403, 403, 400, 400, 404, 403, 403],
        },
        Case {
            function: "remove_workplace",
            call: post(format!("id={}&company_id={}", uuid::Uuid::nil(), r.company)),
            expect: [401, 403, 403, 403, 403, 403, 404, 404, 404, 403, 403],
        },
        Case {
            function: "set_company_officer",
            call: post(format!("id={}&support_officer_id=not-an-id", r.company)),
            expect: [401, 403, 403, 403, 403, 403, 400, 400, 404, 403, 403],
        },
        // The organization's own record: staff read their own organization's, admins
        // change it; a company or a worker reads none of it.
        Case {
            function: "organization_detail",
            call: Get(String::new()),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        Case {
            function: "update_organization",
            call: post("name=&registration_number=&registration_expires_on=&postal_code=&address=&phone=&caseload_caps_from=".to_owned()),
            expect: [401, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403],
        },
        Case {
            function: "add_office",
            call: post("office_name=&postal_code=&address=x".to_owned()),
            expect: [401, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403],
        },
        Case {
            function: "remove_office",
            call: post(format!("id={}", uuid::Uuid::nil())),
            expect: [401, 403, 403, 403, 403, 403, 403, 404, 403, 403, 403],
        },
        Case {
            function: "update_staff_member",
            call: post(format!("user_id={}&position=boss&office_id=&trained_on=", uuid::Uuid::nil())),
            expect: [401, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403],
        },
        // The import: staff of the organization read its uploads; importing a sheet with
        // a bad row is refused (400) for them, before anything else for anyone else.
        Case {
            function: "sheet_imports",
            call: Get(String::new()),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        Case {
            function: "sheet_import_detail",
            call: Get(format!("id={}", r.sheet)),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 404, 403, 403],
        },
        Case {
            function: "run_sheet_import",
            call: post(format!("id={}", r.bad_sheet)),
            expect: [401, 403, 403, 403, 403, 403, 400, 400, 404, 403, 403],
        },
        Case {
            function: "officer_caseloads",
            call: Get(String::new()),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        Case {
            function: "organization_warnings",
            call: Get(String::new()),
            expect: [401, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403],
        },
        // A mistake in one's own record: any worker, of their own; nobody else.
        Case {
            function: "point_out_record_mistake",
            call: post("body=Mein+Geburtsdatum+ist+falsch".to_owned()),
            expect: [401, 200, 200, 200, 403, 403, 403, 403, 403, 403, 200],
        },
        // The employment contract: staff of the worker's organization only; another
        // tenant's staff do not find the worker.
        Case {
            function: "update_worker_employment",
            call: post(format!(
                "id={}&contract_started_on=2025-04-10&contract_ended_on=&employment_end_reason=",
                r.worker
            )),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 404, 403, 403],
        },
        // Documents: status for staff, the worker and their company; review for staff.
        Case {
            function: "my_documents",
            call: Get(String::new()),
            expect: [401, 200, 200, 200, 403, 403, 403, 403, 403, 403, 200],
        },
        Case {
            function: "worker_documents",
            call: Get(format!("worker_id={}", r.worker)),
            expect: [401, 200, 404, 404, 200, 404, 200, 200, 404, 404, 404],
        },
        Case {
            function: "review_queue",
            call: Get(String::new()),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        Case {
            function: "review_queue",
            call: Get("q=nguyen&sort=company&page=1".into()),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        Case {
            function: "document_review",
            call: Get(format!("id={}", r.document)),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 404, 403, 403],
        },
        Case {
            function: "accept_document",
            call: post(format!(
                "id={}&version=0&number_tail=1234&expires_on=2030-01-01",
                r.document
            )),
            expect: [401, 403, 404, 404, 403, 404, 409, 409, 404, 404, 404],
        },
        Case {
            function: "ask_document_again",
            call: post(format!("id={}&version=0&reason=glare", r.document)),
            expect: [401, 403, 404, 404, 403, 404, 409, 409, 404, 404, 404],
        },
        Case {
            function: "reject_document",
            call: post(format!("id={}&version=0&comment=no", r.document)),
            expect: [401, 403, 404, 404, 403, 404, 409, 409, 404, 404, 404],
        },
        Case {
            function: "withdraw_document",
            call: post(format!("id={}&version=0", r.document)),
            expect: [401, 409, 404, 404, 403, 404, 403, 403, 404, 404, 404],
        },
        // Stopping a share that does not exist changes nothing: the table stays repeatable.
        Case {
            function: "share_document_kind",
            call: post(format!("worker_id={}&kind=passport&shared=false", r.worker)),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 404, 403, 403],
        },
        // The file itself: the worker and staff; the company only where shared (it is not).
        // An upload for an.nguyen: her passport already waits for review, so whoever may
        // upload for her is refused with that (400) and nothing is stored.
        // Interviews: staff publish; a worker books their own, a company its supervisor
        // interview about its own worker, staff either.
        Case {
            function: "publish_interview_slots",
            call: post(
                "from=2030-01-07&weeks=1&weekdays=mon&start=10:00&end=10:30&length_minutes=30&mode=video&video_url=https%3A%2F%2Fmeet.example%2Fx"
                    .into(),
            ),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        Case {
            function: "book_interview",
            call: post(format!("slot_id={}&kind=worker&worker_id={}", r.slot, r.worker)),
            expect: [401, 400, 404, 404, 403, 403, 400, 400, 404, 403, 404],
        },
        Case {
            function: "reschedule_interview",
            call: post(format!("id={}&version=0&slot_id={}", r.booking, r.slot)),
            expect: [401, 409, 404, 404, 403, 403, 409, 409, 404, 404, 404],
        },
        // "I cannot find a free time": a worker, about their own interview only.
        Case {
            function: "ask_for_interview_time",
            call: post(String::new()),
            expect: [401, 200, 200, 200, 403, 403, 403, 403, 403, 403, 200],
        },
        // The calendar file: the worker's own interview, and staff.
        Case {
            function: "cancel_interview",
            call: post(format!("id={}&version=0&reason=sick", r.booking)),
            expect: [401, 409, 404, 404, 403, 403, 409, 409, 404, 404, 404],
        },
        // Reading interviews: the worker their own; staff and the worker's company one
        // worker's; staff the week and a booking with its whole record.
        Case {
            function: "my_interviews",
            call: post(String::new()),
            expect: [401, 200, 200, 200, 403, 403, 403, 403, 403, 403, 200],
        },
        Case {
            function: "worker_interviews",
            call: post(format!("worker_id={}", r.worker)),
            expect: [401, 403, 403, 403, 200, 404, 200, 200, 404, 404, 403],
        },
        Case {
            function: "staff_interviews",
            call: post(String::new()),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        Case {
            function: "interview_booking",
            call: post(format!("id={}", r.booking)),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 404, 403, 403],
        },
        // Outcomes: staff only. Version 0 is stale, so whoever passes is told so.
        Case {
            function: "record_interview",
            call: post(format!(
                "id={}&version=0&held_on=2030-01-01&mode=video&attendees=a&summary=s",
                r.booking
            )),
            expect: [401, 403, 403, 403, 403, 403, 409, 409, 404, 403, 403],
        },
        Case {
            function: "mark_interview_no_show",
            call: post(format!("id={}&version=0", r.booking)),
            expect: [401, 403, 403, 403, 403, 403, 409, 409, 404, 403, 403],
        },
        // A consent to online interviews is withdrawn by the person who gave it (the
        // worker their own, the company its supervisor's) or by staff; none is in force
        // here, so whoever may withdraw is told there is none (400).
        Case {
            function: "withdraw_interview_consent",
            call: post(format!("person=worker&worker_id={}", r.worker)),
            expect: [401, 400, 404, 404, 403, 403, 400, 400, 404, 403, 404],
        },
        Case {
            function: "withdraw_interview_consent",
            call: post(format!("person=supervisor&worker_id={}", r.worker)),
            expect: [401, 403, 403, 403, 400, 404, 400, 400, 404, 404, 403],
        },
        // Nothing recorded yet, so there is no report to mark, even for staff.
        Case {
            function: "mark_interview_report_sent",
            call: post(format!("id={}", r.booking)),
            expect: [401, 403, 403, 403, 403, 403, 404, 404, 404, 403, 403],
        },
        // Consultations: the worker their own, staff their organization's; a company
        // never, not even about its own worker (403 before anything is read).
        Case {
            function: "my_consultations",
            call: post(String::new()),
            expect: [401, 200, 200, 200, 403, 403, 403, 403, 403, 403, 200],
        },
        Case {
            function: "consultation",
            call: post(format!("id={}", r.consultation)),
            expect: [401, 200, 404, 404, 403, 403, 200, 200, 404, 403, 404],
        },
        Case {
            function: "consultation_inbox",
            call: post(String::new()),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        Case {
            function: "consultation_inbox",
            call: post("q=nguyen&sort=worker&dir=desc".into()),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        // Version 0 is stale: whoever passes the checks is told so.
        Case {
            function: "assign_consultation",
            call: post(format!("id={}&version=0&assignee=", r.consultation)),
            expect: [401, 403, 403, 403, 403, 403, 409, 409, 404, 403, 403],
        },
        Case {
            function: "resolve_consultation",
            call: post(format!(
                "id={}&version=0&held_on={}&content=c&response=r",
                r.consultation,
                app::locale::today_in_japan()
            )),
            expect: [401, 403, 403, 403, 403, 403, 409, 409, 404, 403, 403],
        },
        Case {
            function: "opening_hours",
            call: post(String::new()),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        Case {
            function: "save_opening_hours",
            call: post(
                "open[0]=on&opens[0]=09:00&closes[0]=18:00&open[2]=on&opens[2]=09:00&closes[2]=18:00&open[4]=on&opens[4]=09:00&closes[4]=18:00&open[5]=on&opens[5]=10:00&closes[5]=15:00"
                    .into(),
            ),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        // The homes' lists: each kind of user their own, no one another's.
        Case {
            function: "my_tasks",
            call: Get(String::new()),
            expect: [401, 200, 200, 200, 403, 403, 403, 403, 403, 403, 200],
        },
        Case {
            function: "company_tasks",
            call: Get(String::new()),
            expect: [401, 403, 403, 403, 200, 200, 403, 403, 403, 200, 403],
        },
        Case {
            function: "staff_tasks",
            call: Get(String::new()),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        // Notifications: everyone their own; someone else's does not exist.
        Case {
            function: "my_notifications",
            call: post(String::new()),
            expect: [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        },
        Case {
            function: "unread_notifications",
            call: post(String::new()),
            expect: [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        },
        Case {
            function: "open_notification",
            call: post(format!("id={}", r.notification)),
            expect: [401, 200, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        },
        Case {
            function: "mark_all_notifications_read",
            call: post(String::new()),
            expect: [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        },
        // The audit log: staff, each of their own organization only.
        Case {
            function: "audit_log",
            call: Get(format!("person={}", r.worker_user)),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        // Filtered on an.nguyen's records, a span of days and an action: the same.
        Case {
            function: "audit_log",
            call: Get(format!(
                "worker={}&from=2026-01-01&to=2030-12-31&action=documents.viewed",
                r.worker
            )),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
    ]
}
