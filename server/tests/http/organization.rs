//! The organization's own record through HTTP on both backends (issue 20): admins keep the
//! record, the offices and each staff member's position and training; staff read them;
//! bad input is refused with its message and nothing is written; every change has its
//! audit row with the values before; the admin's home warns about the renewal window, an
//! office without a 支援責任者 and training older than 3 years.

use axum::http::StatusCode;
use uuid::Uuid;

use crate::support::{BACKENDS, TestServer, body_text, json, start_on};

const ADMIN: &str = "admin@sakura-support.example";
const STAFF: &str = "tanaka@sakura-support.example";

fn record_form(number: &str, caps_from: &str) -> String {
    form_urlencoded::Serializer::new(String::new())
        .append_pair("name", "さくら登録支援機関")
        .append_pair("registration_number", number)
        .append_pair("registration_expires_on", "2027-05-31")
        .append_pair("postal_code", "460-0008")
        .append_pair("address", "愛知県名古屋市中区栄2-2-2")
        .append_pair("phone", "052-000-1111")
        .append_pair("caseload_caps_from", caps_from)
        .finish()
}

async fn audits(server: &TestServer) -> i64 {
    server
        .scalar("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'organization.%' OR action LIKE 'staff.%'")
        .await
}

#[tokio::test]
async fn admins_keep_the_record_and_staff_read_it() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let (admin, staff) = (server.demo(ADMIN).await, server.demo(STAFF).await);
        let audited = audits(&server).await;

        // Bad input: nothing written.
        for (body, key) in [
            (
                record_form("22-012345", ""),
                "organization.err_registration_number",
            ),
            (
                record_form("22登-012345", "2027-04-02"),
                "organization.err_caps_later",
            ),
        ] {
            server
                .refused(&admin, "update_organization", &body, key)
                .await;
        }
        assert_eq!(audits(&server).await, audited, "{backend:?}");
        // Staff read, they do not change.
        let denied = server
            .call(
                "update_organization",
                &record_form("22登-012345", ""),
                Some(&staff),
            )
            .await;
        assert_eq!(denied.status(), StatusCode::FORBIDDEN, "{backend:?}");

        // The number as a Japanese keyboard types it is kept as the register prints it.
        server
            .accepted(
                &admin,
                "update_organization",
                &record_form("２２登－０１２３４５", "2026-10-01"),
            )
            .await;
        let record = json(
            server
                .call_get("organization_detail", "", Some(&staff))
                .await,
        )
        .await;
        assert_eq!(record["registration_number"], "22登-012345", "{backend:?}");
        assert_eq!(record["registration_expires_on"], "2027-05-31");
        assert_eq!(record["caseload_caps_from"], "2026-10-01");
        assert_eq!(record["can_manage"], false, "staff read only");
        // The change's audit row holds the values before (the demo's expiry, 5 months on).
        let detail: String = server
            .scalar("SELECT detail FROM audit_log WHERE action = 'organization.changed'")
            .await;
        let detail: serde_json::Value = serde_json::from_str(&detail).expect("JSON");
        assert_eq!(
            detail["before"]["registration_number"], "22登-012345",
            "{detail}"
        );
        assert_eq!(
            detail["before"]["caseload_caps_from"],
            serde_json::Value::Null
        );
        assert_eq!(detail["after"]["caseload_caps_from"], "2026-10-01");

        // Offices: a second one of the same name is refused; one with staff stays.
        let office = "office_name=名古屋南事務所&postal_code=&address=名古屋市南区1-1";
        server.accepted(&admin, "add_office", office).await;
        server
            .refused(
                &admin,
                "add_office",
                office,
                "organization.err_office_taken",
            )
            .await;
        let head_office: Uuid = server
            .scalar("SELECT id FROM organization_offices WHERE name = '本社'")
            .await;
        server
            .refused(
                &admin,
                "remove_office",
                &format!("id={head_office}"),
                "organization.err_office_in_use",
            )
            .await;

        // Positions: a training in the future is refused; 田中, still in charge of workers,
        // cannot become "other"; the new office and a training date are kept.
        let tanaka: Uuid = server
            .scalar("SELECT id FROM users WHERE email = 'tanaka@sakura-support.example'")
            .await;
        let south: Uuid = server
            .scalar("SELECT id FROM organization_offices WHERE name = '名古屋南事務所'")
            .await;
        let position = |position: &str, trained: &str| {
            format!("user_id={tanaka}&position={position}&office_id={south}&trained_on={trained}")
        };
        server
            .refused(
                &admin,
                "update_staff_member",
                &position("officer", "2999-01-01"),
                "organization.err_trained_in_future",
            )
            .await;
        server
            .refused(
                &admin,
                "update_staff_member",
                &position("other", ""),
                "organization.err_still_in_charge",
            )
            .await;
        server
            .accepted(
                &admin,
                "update_staff_member",
                &position("officer", "2026-11-20"),
            )
            .await;
        let record = json(
            server
                .call_get("organization_detail", "", Some(&admin))
                .await,
        )
        .await;
        let member = record["staff"]
            .as_array()
            .and_then(|s| s.iter().find(|m| m["name"] == "田中 健"))
            .cloned()
            .expect("田中 in the staff list");
        assert_eq!(member["office_id"], south.to_string(), "{backend:?}");
        assert_eq!(member["trained_on"], "2026-11-20");
        assert_eq!(member["training_due"], false);
        // Three changes and the office added: each its row.
        assert_eq!(audits(&server).await, audited + 3, "{backend:?}");
    }
}

#[tokio::test]
async fn the_admins_home_warns_about_the_organizations_standing() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let admin = server.demo(ADMIN).await;
        let warnings = json(
            server
                .call_get("organization_warnings", "", Some(&admin))
                .await,
        )
        .await;
        let kinds: Vec<&str> = warnings
            .as_array()
            .map(|w| w.iter().filter_map(|w| w["kind"].as_str()).collect())
            .unwrap_or_default();
        // The demo's registration expires in 5 months: inside the renewal window.
        let registration = warnings
            .as_array()
            .and_then(|w| w.iter().find(|w| w["kind"] == "registration"))
            .expect("the renewal window");
        assert_eq!(
            registration["standing"]["state"], "renewal_window",
            "{backend:?}"
        );
        // 東京事務所 has a 支援担当者 (Lan) and no 支援責任者.
        assert!(
            warnings.as_array().is_some_and(|w| w.iter().any(|w| {
                w["kind"] == "office_without"
                    && w["office"] == "東京事務所"
                    && w["position"] == "manager"
            })),
            "{warnings}"
        );
        // 田中's training is 40 months old; the others' are current.
        let trained: Vec<&str> = warnings
            .as_array()
            .map(|w| {
                w.iter()
                    .filter(|w| w["kind"] == "training_due")
                    .filter_map(|w| w["name"].as_str())
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(trained, ["田中 健"], "{kinds:?}");
        // The home shows them, each a link to where it is put right.
        let home = body_text(server.page("/staff", Some(&admin)).await).await;
        assert!(home.contains("organization-warnings"), "{backend:?}");
        assert!(home.contains("東京事務所"), "{backend:?}");
        // Staff's home does not.
        let staff = server.demo(STAFF).await;
        let home = body_text(server.page("/staff", Some(&staff)).await).await;
        assert!(!home.contains("organization-warnings"), "{backend:?}");
    }
}
