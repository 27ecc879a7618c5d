//! The authorization matrix: every server function, called by every kind of caller on
//! records of the caller's own and of another tenant, answers as the table says. A server
//! function missing from the table fails the test.

use std::collections::BTreeSet;

use axum::http::StatusCode;
use uuid::Uuid;

use crate::support::{BACKENDS, TestServer, body_text, start_on};

/// Who calls. The records used belong to worker an.nguyen of 社会福祉法人あおぞら会, in
/// the demo organization; `OtherTenant` is staff of a second organization.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Caller {
    Anonymous,
    Worker,
    OtherWorker,
    OwnCompany,
    OtherCompany,
    Staff,
    Admin,
    OtherTenant,
}

const CALLERS: [Caller; 8] = [
    Caller::Anonymous,
    Caller::Worker,
    Caller::OtherWorker,
    Caller::OwnCompany,
    Caller::OtherCompany,
    Caller::Staff,
    Caller::Admin,
    Caller::OtherTenant,
];

impl Caller {
    fn login(self) -> Option<&'static str> {
        match self {
            Self::Anonymous => None,
            Self::Worker => Some("an.nguyen"),
            Self::OtherWorker => Some("binh.tran"),
            Self::OwnCompany => Some("hr@aozora.example"),
            Self::OtherCompany => Some("hr@minato.example"),
            Self::Staff => Some("tanaka@sakura-support.example"),
            Self::Admin => Some("admin@sakura-support.example"),
            Self::OtherTenant => Some("staff@other-support.example"),
        }
    }
}

/// The records the calls are about.
struct Records {
    worker: Uuid,
    worker_user: Uuid,
    company_user: Uuid,
    company: Uuid,
    invitation: Uuid,
    /// an.nguyen's housing support: recorded, waiting for the company.
    support: Uuid,
    /// an.nguyen's passport, waiting for review.
    document: Uuid,
    file: Uuid,
    /// A slot of the demo organization that started yesterday, and an.nguyen's booking of
    /// it: whoever passes the checks is refused as "too late" or "changed meanwhile".
    slot: Uuid,
    booking: Uuid,
    /// an.nguyen's consultation, its first message (with a photo), and the notification
    /// of staff's reply to her.
    consultation: Uuid,
    message: Uuid,
    notification: Uuid,
}

enum Call {
    Get(String),
    Post(String),
    /// Not a server function: the file endpoint, at this address.
    Download(String),
    /// Not a server function: the upload endpoint, with this multipart body.
    Upload(Vec<u8>),
    /// Not a server function: the consultation message endpoint, with this body.
    Send(Vec<u8>),
}

struct Case {
    function: &'static str,
    call: Call,
    /// The status for each caller, in the order of `CALLERS`.
    expect: [u16; 8],
}

fn cases(r: &Records) -> Vec<Case> {
    use Call::{Get, Post};
    let post = |body: String| Post(body);
    vec![
        // Public: anyone may try; the answer does not depend on who asks.
        // (`{caller}` becomes the caller's name: a login per caller keeps the throttle out.)
        Case {
            function: "sign_in",
            call: post("login=nobody.{caller}&password=wrong-password".into()),
            expect: [400, 400, 400, 400, 400, 400, 400, 400],
        },
        Case {
            function: "sign_out",
            call: post(String::new()),
            expect: [200, 200, 200, 200, 200, 200, 200, 200],
        },
        Case {
            function: "sign_out_everywhere",
            call: post(String::new()),
            expect: [401, 200, 200, 200, 200, 200, 200, 200],
        },
        Case {
            function: "me",
            call: Get(String::new()),
            expect: [200, 200, 200, 200, 200, 200, 200, 200],
        },
        Case {
            function: "invite_preview",
            call: post("token=AAAAAAAAAAAAAAAAAAAAAA".into()),
            expect: [404, 404, 404, 404, 404, 404, 404, 404],
        },
        Case {
            function: "accept_invitation",
            call: post(
                "token=AAAAAAAAAAAAAAAAAAAAAA&password=long-password-1&confirm=long-password-1"
                    .into(),
            ),
            expect: [404, 404, 404, 404, 404, 404, 404, 404],
        },
        // Workers: staff all of their organization, a company its own, a worker themselves.
        Case {
            function: "list_workers",
            call: Get(String::new()),
            expect: [401, 403, 403, 200, 200, 200, 200, 200],
        },
        Case {
            function: "worker_detail",
            call: Get(format!("id={}", r.worker)),
            expect: [401, 200, 404, 200, 404, 200, 200, 404],
        },
        Case {
            function: "my_worker_record",
            call: Get(String::new()),
            expect: [401, 200, 200, 403, 403, 403, 403, 403],
        },
        Case {
            function: "company_options",
            call: Get(String::new()),
            expect: [401, 403, 403, 403, 403, 200, 200, 200],
        },
        // Another tenant's company is not a choice: the same answer as a made-up id.
        Case {
            function: "create_worker",
            call: post(format!(
                "company_id={}&family_name=PHAM&given_name=THI%20MAI&nationality=VN&preferred_locale=vi",
                r.company
            )),
            expect: [401, 403, 403, 403, 403, 200, 200, 400],
        },
        // Invitations: staff invite workers, only admins invite company users and staff.
        Case {
            function: "issue_invitation",
            call: post(format!("user_id={}", r.worker_user)),
            expect: [401, 403, 403, 403, 403, 200, 200, 404],
        },
        Case {
            function: "issue_invitation",
            call: post(format!("user_id={}", r.company_user)),
            expect: [401, 403, 403, 403, 403, 403, 200, 404],
        },
        Case {
            function: "invitation",
            call: Get(format!("id={}", r.invitation)),
            expect: [401, 403, 403, 403, 403, 200, 200, 404],
        },
        // Accounts: admins only, within their organization.
        Case {
            function: "list_accounts",
            call: Get(String::new()),
            expect: [401, 403, 403, 403, 403, 403, 200, 403],
        },
        Case {
            function: "invite_account",
            call: post(
                "email=new.{caller}%40example.jp&display_name=New&role=staff&company_id=".into(),
            ),
            expect: [401, 403, 403, 403, 403, 403, 200, 403],
        },
        // Enabling (not disabling) keeps the company user able to sign in for later rows.
        Case {
            function: "set_account_disabled",
            call: post(format!("user_id={}&disabled=false", r.company_user)),
            expect: [401, 403, 403, 403, 403, 403, 200, 403],
        },
        // Support plans: staff any of their organization, a company its own workers', a
        // worker their own; another tenant's staff find nothing.
        Case {
            function: "support_plan",
            call: Get(format!("worker_id={}", r.worker)),
            expect: [401, 200, 404, 200, 404, 200, 200, 404],
        },
        // The printable support record reads the same plan, with its own audit action.
        Case {
            function: "support_record",
            call: Get(format!("worker_id={}", r.worker)),
            expect: [401, 200, 404, 200, 404, 200, 200, 404],
        },
        Case {
            function: "my_support_plan",
            call: Get(String::new()),
            expect: [401, 200, 200, 403, 403, 403, 403, 403],
        },
        Case {
            function: "support_detail",
            call: Get(format!("id={}", r.support)),
            expect: [401, 200, 404, 200, 404, 200, 200, 404],
        },
        Case {
            function: "supports_to_confirm",
            call: Get(String::new()),
            expect: [401, 403, 403, 200, 200, 403, 403, 403],
        },
        Case {
            function: "support_dashboard",
            call: Get(String::new()),
            expect: [401, 403, 403, 403, 403, 200, 200, 200],
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
            expect: [401, 403, 403, 403, 403, 409, 409, 404],
        },
        Case {
            function: "mark_support_not_applicable",
            call: post(format!("id={}&version=0&reason=test", r.support)),
            expect: [401, 403, 403, 403, 403, 409, 409, 404],
        },
        Case {
            function: "replan_support",
            call: post(format!("id={}&version=0", r.support)),
            expect: [401, 403, 403, 403, 403, 409, 409, 404],
        },
        Case {
            function: "acknowledge_support",
            call: post(format!("id={}&version=0", r.support)),
            expect: [401, 409, 404, 403, 403, 403, 403, 403],
        },
        Case {
            function: "confirm_supports",
            call: post(format!("item[0]={}:0", r.support)),
            expect: [401, 403, 403, 409, 404, 403, 403, 403],
        },
        Case {
            function: "send_back_support",
            call: post(format!("id={}&version=0&comment=wrong%20date", r.support)),
            expect: [401, 403, 403, 409, 404, 403, 403, 403],
        },
        // Adding is not idempotent, and need not be: each staff call adds one line.
        Case {
            function: "add_voluntary_support",
            call: post(format!(
                "worker_id={}&title=Bike%20lessons&due_on=",
                r.worker
            )),
            expect: [401, 403, 403, 403, 403, 200, 200, 404],
        },
        Case {
            function: "update_worker_dates",
            call: post(format!(
                "id={}&contract_signed_on=&visa_applied_on=&entry_date=2025-04-10&settled_on=&employment_ended_on=&support_officer_id=",
                r.worker
            )),
            expect: [401, 403, 403, 403, 403, 200, 200, 404],
        },
        // Documents: status for staff, the worker and their company; review for staff.
        Case {
            function: "my_documents",
            call: Get(String::new()),
            expect: [401, 200, 200, 403, 403, 403, 403, 403],
        },
        Case {
            function: "worker_documents",
            call: Get(format!("worker_id={}", r.worker)),
            expect: [401, 200, 404, 200, 404, 200, 200, 404],
        },
        Case {
            function: "review_queue",
            call: Get(String::new()),
            expect: [401, 403, 403, 403, 403, 200, 200, 200],
        },
        Case {
            function: "document_review",
            call: Get(format!("id={}", r.document)),
            expect: [401, 403, 403, 403, 403, 200, 200, 404],
        },
        Case {
            function: "accept_document",
            call: post(format!(
                "id={}&version=0&number_tail=1234&expires_on=2030-01-01",
                r.document
            )),
            expect: [401, 403, 404, 403, 404, 409, 409, 404],
        },
        Case {
            function: "ask_document_again",
            call: post(format!("id={}&version=0&reason=glare", r.document)),
            expect: [401, 403, 404, 403, 404, 409, 409, 404],
        },
        Case {
            function: "reject_document",
            call: post(format!("id={}&version=0&comment=no", r.document)),
            expect: [401, 403, 404, 403, 404, 409, 409, 404],
        },
        Case {
            function: "withdraw_document",
            call: post(format!("id={}&version=0", r.document)),
            expect: [401, 409, 404, 403, 404, 403, 403, 404],
        },
        // Stopping a share that does not exist changes nothing: the table stays repeatable.
        Case {
            function: "share_document_kind",
            call: post(format!("worker_id={}&kind=passport&shared=false", r.worker)),
            expect: [401, 403, 403, 403, 403, 200, 200, 404],
        },
        // The file itself: the worker and staff; the company only where shared (it is not).
        Case {
            function: "GET /documents/files/{id}",
            call: Call::Download(format!("/documents/files/{}", r.file)),
            expect: [401, 200, 404, 404, 404, 200, 200, 404],
        },
        // An upload for an.nguyen: her passport already waits for review, so whoever may
        // upload for her is refused with that (400) and nothing is stored.
        Case {
            function: "POST /documents/upload",
            call: Call::Upload(crate::documents::multipart(&[
                crate::documents::Part::Text("worker_id", &r.worker.to_string()),
                crate::documents::Part::Text("kind", "passport"),
                crate::documents::photo("front", crate::documents::PHOTO),
            ])),
            expect: [401, 400, 404, 403, 403, 400, 400, 404],
        },
        // Interviews: staff publish; a worker books their own, a company its supervisor
        // interview about its own worker, staff either.
        Case {
            function: "publish_interview_slots",
            call: post(
                "from=2030-01-07&weeks=1&weekdays=mon&start=10:00&end=10:30&length_minutes=30&mode=video&video_url=https%3A%2F%2Fmeet.example%2Fx"
                    .into(),
            ),
            expect: [401, 403, 403, 403, 403, 200, 200, 200],
        },
        Case {
            function: "book_interview",
            call: post(format!("slot_id={}&kind=worker&worker_id={}", r.slot, r.worker)),
            expect: [401, 400, 404, 403, 403, 400, 400, 404],
        },
        Case {
            function: "reschedule_interview",
            call: post(format!("id={}&version=0&slot_id={}", r.booking, r.slot)),
            expect: [401, 409, 404, 403, 403, 409, 409, 404],
        },
        // The calendar file: the worker's own interview, and staff.
        Case {
            function: "GET /interviews/{id}/calendar.ics",
            call: Call::Download(format!("/interviews/{}/calendar.ics", r.booking)),
            expect: [401, 200, 404, 404, 404, 200, 200, 404],
        },
        Case {
            function: "cancel_interview",
            call: post(format!("id={}&version=0&reason=sick", r.booking)),
            expect: [401, 409, 404, 403, 403, 409, 409, 404],
        },
        // Reading interviews: the worker their own; staff and the worker's company one
        // worker's; staff the week and a booking with its whole record.
        Case {
            function: "my_interviews",
            call: post(String::new()),
            expect: [401, 200, 200, 403, 403, 403, 403, 403],
        },
        Case {
            function: "worker_interviews",
            call: post(format!("worker_id={}", r.worker)),
            expect: [401, 403, 403, 200, 404, 200, 200, 404],
        },
        Case {
            function: "staff_interviews",
            call: post(String::new()),
            expect: [401, 403, 403, 403, 403, 200, 200, 200],
        },
        Case {
            function: "interview_booking",
            call: post(format!("id={}", r.booking)),
            expect: [401, 403, 403, 403, 403, 200, 200, 404],
        },
        // Outcomes: staff only. Version 0 is stale, so whoever passes is told so.
        Case {
            function: "record_interview",
            call: post(format!(
                "id={}&version=0&held_on=2030-01-01&mode=video&attendees=a&summary=s",
                r.booking
            )),
            expect: [401, 403, 403, 403, 403, 409, 409, 404],
        },
        Case {
            function: "mark_interview_no_show",
            call: post(format!("id={}&version=0", r.booking)),
            expect: [401, 403, 403, 403, 403, 409, 409, 404],
        },
        // Nothing recorded yet, so there is no report to mark, even for staff.
        Case {
            function: "mark_interview_report_sent",
            call: post(format!("id={}", r.booking)),
            expect: [401, 403, 403, 403, 403, 404, 404, 404],
        },
        // Consultations: the worker their own, staff their organization's; a company
        // never, not even about its own worker (403 before anything is read).
        Case {
            function: "my_consultations",
            call: post(String::new()),
            expect: [401, 200, 200, 403, 403, 403, 403, 403],
        },
        Case {
            function: "consultation",
            call: post(format!("id={}", r.consultation)),
            expect: [401, 200, 404, 403, 403, 200, 200, 404],
        },
        Case {
            function: "consultation_inbox",
            call: post(String::new()),
            expect: [401, 403, 403, 403, 403, 200, 200, 200],
        },
        // Version 0 is stale: whoever passes the checks is told so.
        Case {
            function: "assign_consultation",
            call: post(format!("id={}&version=0&assignee=", r.consultation)),
            expect: [401, 403, 403, 403, 403, 409, 409, 404],
        },
        Case {
            function: "resolve_consultation",
            call: post(format!(
                "id={}&version=0&held_on={}&content=c&response=r",
                r.consultation,
                app::locale::today_in_japan()
            )),
            expect: [401, 403, 403, 403, 403, 409, 409, 404],
        },
        Case {
            function: "opening_hours",
            call: post(String::new()),
            expect: [401, 403, 403, 403, 403, 200, 200, 200],
        },
        Case {
            function: "save_opening_hours",
            call: post(
                "open[0]=on&opens[0]=09:00&closes[0]=18:00&open[2]=on&opens[2]=09:00&closes[2]=18:00&open[4]=on&opens[4]=09:00&closes[4]=18:00&open[5]=on&opens[5]=10:00&closes[5]=15:00"
                    .into(),
            ),
            expect: [401, 403, 403, 403, 403, 200, 200, 200],
        },
        Case {
            function: "GET /consultations/photos/{id}",
            call: Call::Download(app::consultations::photo_url(r.message, true)),
            expect: [401, 200, 404, 403, 403, 200, 200, 404],
        },
        Case {
            function: "POST /consultations/messages",
            call: Call::Send(crate::documents::multipart(&[
                crate::documents::Part::Text("consultation_id", &r.consultation.to_string()),
                crate::documents::Part::Text("body", "Cảm ơn."),
            ])),
            expect: [401, 200, 404, 403, 403, 200, 200, 404],
        },
        // The homes' lists: each kind of user their own, no one another's.
        Case {
            function: "my_tasks",
            call: Get(String::new()),
            expect: [401, 200, 200, 403, 403, 403, 403, 403],
        },
        Case {
            function: "company_tasks",
            call: Get(String::new()),
            expect: [401, 403, 403, 200, 200, 403, 403, 403],
        },
        Case {
            function: "staff_tasks",
            call: Get(String::new()),
            expect: [401, 403, 403, 403, 403, 200, 200, 200],
        },
        // Notifications: everyone their own; someone else's does not exist.
        Case {
            function: "my_notifications",
            call: post(String::new()),
            expect: [401, 200, 200, 200, 200, 200, 200, 200],
        },
        Case {
            function: "unread_notifications",
            call: post(String::new()),
            expect: [200, 200, 200, 200, 200, 200, 200, 200],
        },
        Case {
            function: "open_notification",
            call: post(format!("id={}", r.notification)),
            expect: [401, 200, 404, 404, 404, 404, 404, 404],
        },
        Case {
            function: "mark_all_notifications_read",
            call: post(String::new()),
            expect: [401, 200, 200, 200, 200, 200, 200, 200],
        },
        // The audit log: staff, each of their own organization only.
        Case {
            function: "audit_log",
            call: Get(format!("person={}", r.worker_user)),
            expect: [401, 403, 403, 403, 403, 200, 200, 200],
        },
    ]
}

/// A second support organization with a staff member, a company and a worker.
async fn add_other_tenant(server: &TestServer) {
    let hash = password_auth::generate_hash(app::db::demo::DEMO_PASSWORD);
    let (org, company, staff, worker_user) = (
        Uuid::now_v7(),
        Uuid::now_v7(),
        Uuid::now_v7(),
        Uuid::now_v7(),
    );
    let now = chrono::Utc::now();
    let db = &server.state.db;
    app::on_db!(db, pool => {
        async {
            sqlx::query("INSERT INTO organizations (id, slug, name, created_at, updated_at) VALUES ($1, 'other', 'もみじ支援機関', $2, $2)")
                .bind(org).bind(now).execute(pool).await?;
            sqlx::query("INSERT INTO companies (id, organization_id, name, field, created_at, updated_at) VALUES ($1, $2, '株式会社もみじ', 'nursing_care', $3, $3)")
                .bind(company).bind(org).bind(now).execute(pool).await?;
            sqlx::query("INSERT INTO users (id, organization_id, role, email, display_name, password_hash, created_at, updated_at) VALUES ($1, $2, 'staff', 'staff@other-support.example', '鈴木 一郎', $3, $4, $4)")
                .bind(staff).bind(org).bind(&hash).bind(now).execute(pool).await?;
            sqlx::query("INSERT INTO users (id, organization_id, role, login_id, display_name, password_hash, created_at, updated_at) VALUES ($1, $2, 'worker', 'other.worker', 'OTHER WORKER', $3, $4, $4)")
                .bind(worker_user).bind(org).bind(&hash).bind(now).execute(pool).await?;
            sqlx::query("INSERT INTO workers (id, organization_id, company_id, user_id, family_name, given_name, nationality, preferred_locale, field, created_at, updated_at) VALUES ($1, $2, $3, $4, 'OTHER', 'WORKER', 'VN', 'vi', 'nursing_care', $5, $5)")
                .bind(Uuid::now_v7()).bind(org).bind(company).bind(worker_user).bind(now).execute(pool).await?;
            Ok::<_, sqlx::Error>(())
        }.await
    })
    .expect("second tenant");
}

/// A slot that started yesterday and an.nguyen's booking of it.
async fn past_booking(server: &TestServer) -> (Uuid, Uuid) {
    let (slot, booking) = (Uuid::now_v7(), Uuid::now_v7());
    let start = chrono::Utc::now() - chrono::Duration::days(1);
    let staff: Uuid = server
        .scalar("SELECT id FROM users WHERE email = 'tanaka@sakura-support.example'")
        .await;
    let (org, worker, user): (Uuid, Uuid, Uuid) = {
        let db = &server.state.db;
        app::on_db!(db, pool => sqlx::query_as(
            "SELECT w.organization_id, w.id, u.id FROM workers w JOIN users u ON u.id = w.user_id WHERE u.login_id = 'an.nguyen'",
        )
        .fetch_one(pool)
        .await)
        .expect("an.nguyen")
    };
    let db = &server.state.db;
    app::on_db!(db, pool => {
        async {
            sqlx::query("INSERT INTO interview_slots (id, organization_id, staff_id, starts_at, ends_at, mode, video_url, created_by, created_at) VALUES ($1, $2, $3, $4, $5, 'video', 'https://meet.example/x', $3, $4)")
                .bind(slot).bind(org).bind(staff).bind(start).bind(start + chrono::Duration::minutes(30)).execute(pool).await?;
            sqlx::query("INSERT INTO interview_bookings (id, organization_id, slot_id, worker_id, kind, booked_by, status, calendar_uid, created_at, updated_at) VALUES ($1, $2, $3, $4, 'worker', $5, 'booked', $6, $7, $7)")
                .bind(booking).bind(org).bind(slot).bind(worker).bind(user).bind(format!("{booking}@shien")).bind(start).execute(pool).await?;
            Ok::<_, sqlx::Error>(())
        }.await
    })
    .expect("a past booking");
    (slot, booking)
}

async fn records(server: &TestServer) -> Records {
    let staff = server.demo("tanaka@sakura-support.example").await;
    let worker_user: Uuid = server
        .scalar("SELECT id FROM users WHERE login_id = 'an.nguyen'")
        .await;
    let response = server
        .call(
            "issue_invitation",
            &format!("user_id={worker_user}"),
            Some(&staff),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let worker_cookie = server.demo("an.nguyen").await;
    let uploaded = server
        .upload(
            &worker_cookie,
            &[
                crate::documents::Part::Text("kind", "passport"),
                crate::documents::photo("front", crate::documents::PHOTO),
            ],
        )
        .await;
    assert_eq!(uploaded.status(), StatusCode::OK);
    let (slot, booking) = past_booking(server).await;
    let consultation = server
        .open_consultation(
            &worker_cookie,
            "wages",
            false,
            "Lương tháng 10 thiếu.",
            Some(crate::documents::PHOTO),
        )
        .await;
    let response = server
        .reply(&staff, consultation, "Chúng tôi sẽ hỏi công ty.")
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    Records {
        consultation,
        message: server.scalar("SELECT id FROM consultation_messages WHERE photo_key IS NOT NULL").await,
        notification: server.scalar_about("SELECT id FROM notifications WHERE user_id = $1", worker_user).await,
        slot,
        booking,
        document: server.scalar("SELECT id FROM document_submissions").await,
        file: server.scalar("SELECT id FROM document_files").await,
        worker: server.worker_id("an.nguyen").await,
        worker_user,
        company_user: server.scalar("SELECT id FROM users WHERE email = 'hr@aozora.example'").await,
        company: server.scalar("SELECT id FROM companies WHERE name = '社会福祉法人あおぞら会'").await,
        invitation: server.scalar("SELECT id FROM invitations").await,
        support: server.scalar("SELECT s.id FROM supports s JOIN workers w ON w.id = s.worker_id JOIN users u ON u.id = w.user_id WHERE u.login_id = 'an.nguyen' AND s.kind = 'housing_and_contracts'").await,
    }
}

#[tokio::test]
async fn every_server_function_authorizes_every_caller() {
    let registered: BTreeSet<String> = server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_owned())
        .collect();
    for backend in BACKENDS {
        let server = start_on(backend).await;
        add_other_tenant(&server).await;
        let records = records(&server).await;
        let cases = cases(&records);

        let listed: BTreeSet<String> = cases
            .iter()
            .filter(|c| matches!(c.call, Call::Get(_) | Call::Post(_)))
            .map(|c| crate::support::server_fn_path(c.function))
            .collect();
        let missing: Vec<_> = registered.difference(&listed).collect();
        assert!(
            missing.is_empty(),
            "server functions not in the matrix: {missing:?}"
        );
        let unknown: Vec<_> = listed.difference(&registered).collect();
        assert!(
            unknown.is_empty(),
            "matrix rows for no server function: {unknown:?}"
        );

        let mut wrong = Vec::new();
        for case in &cases {
            for (caller, expected) in CALLERS.iter().zip(case.expect) {
                // A fresh session for every call: sign-outs must not spill into the next.
                let cookie = match caller.login() {
                    Some(login) => Some(server.demo(login).await),
                    None => None,
                };
                let response = match &case.call {
                    Call::Get(query) => {
                        server
                            .call_get(case.function, query, cookie.as_deref())
                            .await
                    }
                    Call::Post(body) => {
                        let body = body.replace("{caller}", &format!("{caller:?}"));
                        server.call(case.function, &body, cookie.as_deref()).await
                    }
                    Call::Download(url) => {
                        let headers: Vec<(&str, &str)> = cookie
                            .as_deref()
                            .map(|c| ("cookie", c))
                            .into_iter()
                            .collect();
                        server.get(url, &headers).await
                    }
                    Call::Upload(body) => {
                        server
                            .upload_body(body.clone(), cookie.as_deref().unwrap_or(""))
                            .await
                    }
                    Call::Send(body) => {
                        server
                            .send_message_body(body.clone(), cookie.as_deref().unwrap_or(""), true)
                            .await
                    }
                };
                let status = response.status().as_u16();
                if status != expected {
                    let body = body_text(response).await;
                    wrong.push(format!(
                        "{} as {caller:?}: {status} (expected {expected}) {body}",
                        case.function
                    ));
                }
            }
        }
        assert!(wrong.is_empty(), "{backend:?}:\n{}", wrong.join("\n"));
        server.stop().await;
    }
}

#[tokio::test]
async fn lists_hold_only_what_is_theirs() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        add_other_tenant(&server).await;
        let names = |cookie: String| {
            let server = &server;
            async move {
                let text =
                    body_text(server.call_get("list_workers", "", Some(&cookie)).await).await;
                let list: serde_json::Value = serde_json::from_str(&text).expect("json");
                list.as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|w| w["name"].as_str().map(str::to_owned))
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            }
        };
        let aozora = names(server.demo("hr@aozora.example").await).await;
        assert_eq!(
            aozora,
            ["NGUYEN VAN AN", "RAHMAWATI SITI", "SANTOS MARIA"],
            "{backend:?}"
        );
        let staff = names(server.demo("tanaka@sakura-support.example").await).await;
        assert_eq!(staff.len(), 8);
        assert!(!staff.iter().any(|n| n.contains("OTHER")));
        let other = names(server.demo("staff@other-support.example").await).await;
        assert_eq!(other, ["OTHER WORKER"]);
        // Nor does another tenant's audit log show anything of this one.
        let worker_user: Uuid = server
            .scalar("SELECT id FROM users WHERE login_id = 'an.nguyen'")
            .await;
        server.demo("an.nguyen").await;
        let other_staff = server.demo("staff@other-support.example").await;
        let query = format!("person={worker_user}");
        let log = body_text(
            server
                .call_get("audit_log", &query, Some(&other_staff))
                .await,
        )
        .await;
        assert!(
            log.contains(r#""lines":[]"#) && !log.contains("NGUYEN"),
            "{log}"
        );
        let own_staff = server.demo("tanaka@sakura-support.example").await;
        let log = body_text(server.call_get("audit_log", &query, Some(&own_staff)).await).await;
        assert!(log.contains("auth.signed_in"), "{log}");
        server.stop().await;
    }
}

#[tokio::test]
async fn pages_of_another_role_are_refused_in_the_visitors_language() {
    let server = start_on(crate::support::Backend::Sqlite).await;
    let worker = server.demo("an.nguyen").await;
    let own: Uuid = server.worker_id("an.nguyen").await;
    let other: Uuid = server.worker_id("binh.tran").await;
    let cookie = format!("{worker}; i18n_pref_locale=vi");
    let expectations = [
        ("/staff".to_owned(), 403, "Không được phép"),
        ("/staff/workers/new".to_owned(), 403, "Không được phép"),
        ("/company".to_owned(), 403, "Không được phép"),
        (
            format!("/workers/{other}"),
            404,
            "tài khoản của bạn không thể xem",
        ),
        (format!("/workers/{own}"), 200, "NGUYEN VAN AN"),
        ("/me".to_owned(), 200, "VAN AN"),
    ];
    for (path, status, text) in expectations {
        let response = server.page(&path, Some(&cookie)).await;
        assert_eq!(response.status().as_u16(), status, "{path}");
        let html = body_text(response).await;
        assert!(html.contains(text), "{path}: {text}");
    }
    // Signed out: to the sign-in page.
    let response = server.page("/staff", None).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    // A company user sees its own worker, not another company's.
    let company = server.demo("hr@minato.example").await;
    assert_eq!(
        server
            .page(&format!("/workers/{own}"), Some(&company))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        server
            .page(&format!("/workers/{other}"), Some(&company))
            .await
            .status(),
        StatusCode::OK
    );
}
