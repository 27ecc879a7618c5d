//! The records the calls are about, made through the portal's own functions where it has
//! them, as their users would: an.nguyen's documents, supports, interviews and
//! consultation, with what staff wrote about them that others must not read.

use axum::http::StatusCode;
use uuid::Uuid;

use super::content::Secrets;
use crate::{
    documents::{PHOTO, Part, photo},
    support::{TestServer, json},
};

/// The records the calls are about: an.nguyen's unless named otherwise.
pub struct Records {
    pub worker: Uuid,
    pub worker_user: Uuid,
    pub company_user: Uuid,
    pub company: Uuid,
    /// A company user no caller signs in as (hr@fuji.example): enabling it again ends its
    /// sessions, which must not be the callers'.
    pub bystander: Uuid,
    pub invitation: Uuid,
    /// The housing support: recorded, waiting for the company.
    pub support: Uuid,
    /// Japanese learning, planned: staff record it with its current version.
    pub to_record: Uuid,
    /// Exchange with Japanese people, planned: marked not applicable, then planned again.
    pub to_mark: Uuid,
    /// The send-off, planned: recorded as could not be delivered.
    pub to_withhold: Uuid,
    /// Life orientation, corrected by staff (with their internal note): it waits for
    /// her acknowledgement, then for the company.
    pub orientation: Uuid,
    /// The passport's third version, waiting for review (the first was sent back with
    /// staff's comment, the second accepted with the number's last characters).
    pub document: Uuid,
    pub file: Uuid,
    /// Waiting for review, each for one decision with the current version.
    pub contract: Uuid,
    pub health_check: Uuid,
    pub bank_account: Uuid,
    /// siti.rahmawati's (same company) passport, shared with the company by staff.
    pub siti_file: Uuid,
    /// A slot that started yesterday and an.nguyen's booking of it: whoever passes the
    /// checks is refused as "too late" or "changed meanwhile".
    pub slot: Uuid,
    pub booking: Uuid,
    /// siti's booking of yesterday: staff mark it a no-show with its current version.
    pub siti_booking: Uuid,
    /// The company's supervisor interview about an.nguyen, in three weeks, and a free
    /// slot to move it to.
    pub supervisor_booking: Uuid,
    pub free_slot: Uuid,
    /// The consultation, its first message (with a photo), and the notification of
    /// staff's reply to her.
    pub consultation: Uuid,
    pub message: Uuid,
    pub notification: Uuid,
    /// Her renewal, applied for and under review; she also has a sick leave (its kind is
    /// hers and staff's to read, never her company's) and a second one for staff to remove.
    pub renewal: Uuid,
    pub leave_to_remove: Uuid,
    /// An import sheet staff uploaded (its preview names a worker only staff may read),
    /// and one with a bad row, which imports nothing.
    pub sheet: Uuid,
    pub bad_sheet: Uuid,
}

/// The two import sheets: (ready, with a bad row).
async fn sheets(server: &TestServer, staff: &str) -> (Uuid, Uuid) {
    use crate::onboarding::{cp932, good_rows, sheet};
    let mut rows = good_rows();
    rows[0].family = super::content::SECRETS.sheet_worker;
    let ready = server.uploaded(staff, &cp932(&sheet(&rows))).await;
    rows[1].card = "NOT-A-CARD";
    let bad = server.uploaded(staff, &cp932(&sheet(&rows))).await;
    let id = |text: String| text.parse::<Uuid>().expect("an upload's id");
    (id(ready), id(bad))
}

/// Her stay, as staff record it: a period ending in two months, the renewal applied for,
/// a sick leave and a work injury. Returns (renewal, leave to remove).
async fn stay(server: &TestServer, staff: &str, worker: Uuid) -> (Uuid, Uuid) {
    let today = app::locale::today_in_japan();
    let expiry = today + chrono::Days::new(60);
    let granted = expiry - chrono::Months::new(24);
    let first = granted - chrono::Months::new(6);
    ok(
        server,
        "update_worker_stay",
        &format!("id={worker}&stay_granted_on={granted}&residence_card_expiry={expiry}&ssw_first_entered_on={first}"),
        staff,
    )
    .await;
    ok(
        server,
        "apply_for_renewal",
        &format!("id={worker}&applied_on={today}"),
        staff,
    )
    .await;
    let sick = granted + chrono::Days::new(30);
    ok(
        server,
        "add_worker_leave",
        &format!(
            "id={worker}&kind={}&starts_on={sick}&ends_on={}",
            super::content::SECRETS.leave_kind,
            sick + chrono::Days::new(45)
        ),
        staff,
    )
    .await;
    let injury = granted + chrono::Days::new(200);
    ok(
        server,
        "add_worker_leave",
        &format!(
            "id={worker}&kind=work_injury&starts_on={injury}&ends_on={}",
            injury + chrono::Days::new(10)
        ),
        staff,
    )
    .await;
    let id = |sql: &'static str| async move { server.scalar_about::<Uuid>(sql, worker).await };
    (
        id("SELECT id FROM worker_renewals WHERE worker_id = $1").await,
        id("SELECT id FROM worker_leaves WHERE worker_id = $1 AND kind = 'work_injury'").await,
    )
}

/// Her identity, as staff record it: the numbers a company reads by their last 4
/// characters only, and the personal facts it does not read at all.
async fn identity(server: &TestServer, staff: &str, worker: Uuid) {
    let s = &super::content::SECRETS;
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("id", &worker.to_string())
        .append_pair("name_katakana", "グエン ヴァン アン")
        .append_pair("birth_date", s.birth_date)
        .append_pair("sex", "female")
        .append_pair("residence_card_number", s.card_number)
        .append_pair("passport_number", s.passport_number)
        .append_pair("passport_expiry", "2031-01-31")
        .append_pair("postal_code", "1000001")
        .append_pair("address", s.address)
        .append_pair("job_category", "nursing_care")
        .append_pair("languages", "Tiếng Việt")
        .finish();
    ok(server, "update_worker_identity", &body, staff).await;
}

/// A slot of the demo organization that started `days_ago` days ago, and `login`'s booking
/// of it (as staff would have booked it then).
async fn past_booking(server: &TestServer, login: &str, days_ago: i64) -> (Uuid, Uuid) {
    let (slot, booking) = (Uuid::now_v7(), Uuid::now_v7());
    let start = chrono::Utc::now() - chrono::Duration::days(days_ago);
    let staff: Uuid = server
        .scalar("SELECT id FROM users WHERE email = 'tanaka@sakura-support.example'")
        .await;
    let db = &server.state.db;
    let (org, worker, user): (Uuid, Uuid, Uuid) = app::on_db!(db, pool => sqlx::query_as(
        "SELECT w.organization_id, w.id, u.id FROM workers w JOIN users u ON u.id = w.user_id WHERE u.login_id = $1",
    )
    .bind(login)
    .fetch_one(pool)
    .await)
    .expect("a demo worker");
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

/// Sends one photo of `kind` as the worker of `cookie`; the new version's id.
async fn send(server: &TestServer, cookie: &str, kind: &str) -> Uuid {
    let response = server
        .upload(cookie, &[Part::Text("kind", kind), photo("front", PHOTO)])
        .await;
    assert_eq!(response.status(), StatusCode::OK, "{kind} sent");
    json(response).await["id"]
        .as_str()
        .and_then(|id| id.parse().ok())
        .expect("the new version's id")
}

/// A record's version, as a form would carry it.
pub async fn version(server: &TestServer, table: &str, id: Uuid) -> i64 {
    server
        .scalar_about(&format!("SELECT version FROM {table} WHERE id = $1"), id)
        .await
}

/// Calls a server function as `cookie`, which must succeed.
async fn ok(server: &TestServer, function: &str, body: &str, cookie: &str) {
    let response = server.call(function, body, Some(cookie)).await;
    let status = response.status();
    assert_eq!(
        status,
        StatusCode::OK,
        "{function}: {}",
        json(response).await
    );
}

/// an.nguyen's support of `kind`.
async fn support_of(server: &TestServer, worker: Uuid, kind: &str) -> Uuid {
    let db = &server.state.db;
    app::on_db!(db, pool => sqlx::query_scalar::<_, Uuid>(
        "SELECT id FROM supports WHERE worker_id = $1 AND kind = $2",
    )
    .bind(worker)
    .bind(kind)
    .fetch_one(pool)
    .await)
    .expect("a support of the plan")
}

pub async fn records(server: &TestServer, secrets: &Secrets) -> Records {
    let staff = server.demo("tanaka@sakura-support.example").await;
    let hr = server.demo("hr@aozora.example").await;
    let worker_user: Uuid = server
        .scalar("SELECT id FROM users WHERE login_id = 'an.nguyen'")
        .await;
    let worker = server.worker_id("an.nguyen").await;
    let (renewal, leave_to_remove) = stay(server, &staff, worker).await;
    let (sheet, bad_sheet) = sheets(server, &staff).await;
    identity(server, &staff, worker).await;
    ok(
        server,
        "issue_invitation",
        &format!("user_id={worker_user}"),
        &staff,
    )
    .await;
    let an = server.demo("an.nguyen").await;

    // The passport: sent back with staff's comment, accepted with the number, sent again.
    let first = send(server, &an, "passport").await;
    let asked = format!(
        "id={first}&version={}&reason={}&comment={}",
        version(server, "document_submissions", first).await,
        secrets.reason_code,
        secrets.review_comment,
    );
    ok(server, "ask_document_again", &asked, &staff).await;
    let second = send(server, &an, "passport").await;
    let accepted = format!(
        "id={second}&version={}&number_tail={}&expires_on=2031-03-04",
        version(server, "document_submissions", second).await,
        secrets.number_tail,
    );
    ok(server, "accept_document", &accepted, &staff).await;
    let document = send(server, &an, "passport").await;
    let contract = send(server, &an, "employment_contract").await;
    let health_check = send(server, &an, "health_check").await;
    let bank_account = send(server, &an, "bank_account").await;

    // siti's passport, opened to the company from her page.
    let siti = server.demo("siti.rahmawati").await;
    let siti_worker = server.worker_id("siti.rahmawati").await;
    let siti_document = send(server, &siti, "passport").await;
    ok(
        server,
        "share_document_kind",
        &format!("worker_id={siti_worker}&kind=passport&shared=true"),
        &staff,
    )
    .await;

    // Staff correct the orientation, with a note for staff only.
    let orientation = support_of(server, worker, "life_orientation").await;
    let corrected = format!(
        "id={orientation}&version={}&delivered_on=2025-04-13&duration_minutes=480&delivered_by=X&language=vi&mode=in_person&place=&content=Orientation&internal_note={}&intent=correct&correction_reason=date",
        version(server, "supports", orientation).await,
        secrets.internal_note,
    );
    ok(server, "record_support", &corrected, &staff).await;

    // Interviews: two of yesterday, and the company's supervisor interview ahead.
    let (slot, booking) = past_booking(server, "an.nguyen", 1).await;
    let (_, siti_booking) = past_booking(server, "siti.rahmawati", 1).await;
    let published = crate::interviews::publish(
        server,
        &staff,
        &crate::interviews::in_days(21),
        "10:00",
        "11:00",
    )
    .await;
    assert_eq!(published.status(), StatusCode::OK);
    let slots = crate::interviews::free_slots(server).await;
    let response = server
        .call(
            "book_interview",
            &format!("slot_id={}&kind=supervisor&worker_id={worker}", slots[0]),
            Some(&hr),
        )
        .await;
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "the supervisor interview"
    );
    let supervisor_booking: Uuid = json(response)
        .await
        .as_str()
        .and_then(|id| id.parse().ok())
        .expect("the booking's id");

    let consultation = server
        .open_consultation(&an, "wages", false, secrets.consultation, Some(PHOTO))
        .await;
    let thread = consultation.to_string();
    let noted = server
        .send_message(
            &staff,
            &[
                Part::Text("consultation_id", &thread),
                Part::Text("internal", "1"),
                Part::Text("body", secrets.staff_note),
            ],
        )
        .await;
    assert_eq!(noted.status(), StatusCode::OK, "staff's note");
    let response = server
        .reply(&staff, consultation, "Chúng tôi sẽ hỏi công ty.")
        .await;
    assert_eq!(response.status(), StatusCode::OK);

    Records {
        consultation,
        message: server
            .scalar("SELECT id FROM consultation_messages WHERE photo_key IS NOT NULL")
            .await,
        notification: server
            .scalar_about(
                "SELECT id FROM notifications WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1",
                worker_user,
            )
            .await,
        slot,
        booking,
        siti_booking,
        supervisor_booking,
        free_slot: slots[1],
        document,
        file: server
            .scalar_about(
                "SELECT id FROM document_files WHERE submission_id = $1",
                document,
            )
            .await,
        contract,
        health_check,
        bank_account,
        siti_file: server
            .scalar_about(
                "SELECT id FROM document_files WHERE submission_id = $1",
                siti_document,
            )
            .await,
        worker,
        worker_user,
        company_user: server
            .scalar("SELECT id FROM users WHERE email = 'hr@aozora.example'")
            .await,
        bystander: server
            .scalar("SELECT id FROM users WHERE email = 'hr@fuji.example'")
            .await,
        company: server
            .scalar("SELECT id FROM companies WHERE name = '社会福祉法人あおぞら会'")
            .await,
        invitation: server.scalar("SELECT id FROM invitations").await,
        support: support_of(server, worker, "housing_and_contracts").await,
        to_record: support_of(server, worker, "japanese_learning").await,
        to_mark: support_of(server, worker, "exchange_with_japanese").await,
        to_withhold: support_of(server, worker, "departure_send_off").await,
        orientation,
        renewal,
        leave_to_remove,
        sheet,
        bad_sheet,
    }
}
