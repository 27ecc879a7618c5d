//! Companies' records and workplaces through HTTP on both backends (issue 20): staff add
//! and keep them; a corporate number with a bad check digit, a phone that is none, a
//! duplicate number and a workplace in use are refused with their message and nothing is
//! written; a worker is placed at one of their own company's workplaces only; the
//! company reads its own record and no other.

use axum::http::StatusCode;
use uuid::Uuid;

use crate::support::{BACKENDS, TestServer, json, start_on};

const STAFF: &str = "tanaka@sakura-support.example";

fn company_form(name: &str, number: &str, phone: &str) -> String {
    form_urlencoded::Serializer::new(String::new())
        .append_pair("name", name)
        .append_pair("field", "construction")
        .append_pair("corporate_number", number)
        .append_pair("postal_code", "460-0008")
        .append_pair("address", "愛知県名古屋市中区栄1-1-1")
        .append_pair("representative", "藤 太郎")
        .append_pair("phone", phone)
        .append_pair("entrusted_on", "2025-04-01")
        .append_pair("entrusted_supports[0]", "periodic_interview")
        .append_pair("entrusted_supports[1]", "pre_entry_guidance")
        .finish()
}

async fn count(server: &TestServer, sql: &str) -> i64 {
    server.scalar(sql).await
}

#[tokio::test]
async fn staff_keep_a_company_and_its_workplaces() {
    for backend in BACKENDS {
        let server = start_on(backend).await;
        let staff = server.demo(STAFF).await;
        let companies = "SELECT COUNT(*) FROM companies";
        let audits = "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'company.%'";
        let (before, audited) = (
            count(&server, companies).await,
            count(&server, audits).await,
        );

        // Bad input: nothing written.
        let name = "株式会社 さくら工業";
        for (body, key) in [
            (
                company_form(name, "7000012050003", ""),
                "companies.err_check_digit",
            ),
            (
                company_form(name, "70000120500", ""),
                "companies.err_corporate_number",
            ),
            (
                company_form(name, "7000012050002", "call us"),
                "companies.err_phone",
            ),
            (company_form("", "7000012050002", ""), "companies.err_name"),
        ] {
            server.refused(&staff, "create_company", &body, key).await;
        }
        assert_eq!(count(&server, companies).await, before, "{backend:?}");
        assert_eq!(count(&server, audits).await, audited, "{backend:?}");

        // A good one, with the number as the NTA prints it (full-width digits typed).
        let good = company_form(name, "７０００－０１２０５－０００２", "052-123-4567");
        let id: Uuid =
            serde_json::from_value(server.accepted(&staff, "create_company", &good).await)
                .expect("the new company's id");
        let record = json(
            server
                .call_get("company_detail", &format!("id={id}"), Some(&staff))
                .await,
        )
        .await;
        assert_eq!(record["corporate_number"], "7000012050002", "{backend:?}");
        assert_eq!(
            record["entrusted_supports"],
            serde_json::json!(["pre_entry_guidance", "periodic_interview"])
        );
        // The same number twice is refused.
        let twin = company_form("株式会社 別会社", "7000012050002", "");
        server
            .refused(
                &staff,
                "create_company",
                &twin,
                "companies.err_corporate_number_taken",
            )
            .await;

        // Workplaces: one of ふじ建設, where budi.putra is placed; another company's
        // workplace is refused for him.
        let fuji: Uuid = server
            .scalar("SELECT id FROM companies WHERE name = '株式会社ふじ建設'")
            .await;
        let place = |company: Uuid, name: &str| {
            format!(
                "company_id={company}&workplace_name={name}&postal_code=&address=名古屋市港区1-1"
            )
        };
        server
            .accepted(&staff, "add_workplace", &place(fuji, "港工場"))
            .await;
        server
            .refused(
                &staff,
                "add_workplace",
                &place(fuji, "港工場"),
                "companies.err_workplace_taken",
            )
            .await;
        server
            .accepted(&staff, "add_workplace", &place(id, "本社"))
            .await;
        let workplace = |company: Uuid, name: &'static str| {
            let server = &server;
            let sql = format!(
                "SELECT id FROM company_workplaces WHERE company_id = $1 AND name = '{name}'"
            );
            async move { server.scalar_about::<Uuid>(&sql, company).await }
        };
        let (at_fuji, elsewhere) = (workplace(fuji, "港工場").await, workplace(id, "本社").await);
        let worker = server.worker_id("budi.putra").await;
        let placed = |workplace: Uuid| {
            format!(
                "id={worker}&name_katakana=&birth_date=&residence_card_number=&passport_number=&passport_expiry=&postal_code=&address=&languages=&workplace_id={workplace}"
            )
        };
        server
            .refused(
                &staff,
                "update_worker_identity",
                &placed(elsewhere),
                "identity.err_workplace",
            )
            .await;
        server
            .accepted(&staff, "update_worker_identity", &placed(at_fuji))
            .await;
        let hr = server.demo("hr@fuji.example").await;
        let seen = json(
            server
                .call_get("worker_detail", &format!("id={worker}"), Some(&hr))
                .await,
        )
        .await;
        assert_eq!(seen["identity"]["workplace"], "港工場", "{backend:?}");
        // A workplace with a worker stays.
        let remove = format!("id={at_fuji}&company_id={fuji}");
        server
            .refused(
                &staff,
                "remove_workplace",
                &remove,
                "companies.err_workplace_in_use",
            )
            .await;

        // The company reads its own record, not another's; a worker reads none.
        let own = server
            .call_get("company_detail", &format!("id={fuji}"), Some(&hr))
            .await;
        assert_eq!(own.status(), StatusCode::OK, "{backend:?}");
        let other = server
            .call_get("company_detail", &format!("id={id}"), Some(&hr))
            .await;
        assert_eq!(other.status(), StatusCode::NOT_FOUND, "{backend:?}");
        let budi = server.demo("budi.putra").await;
        let worker_reads = server
            .call_get("company_detail", &format!("id={fuji}"), Some(&budi))
            .await;
        assert_eq!(worker_reads.status(), StatusCode::FORBIDDEN, "{backend:?}");

        // Every change left its audit row, the change with the values before.
        assert_eq!(count(&server, audits).await, audited + 3, "{backend:?}");
        let change = company_form(name, "7000012050002", "052-999-0000");
        server
            .accepted(&staff, "update_company", &format!("id={id}&{change}"))
            .await;
        let detail: String = server
            .scalar_about(
                "SELECT detail FROM audit_log WHERE entity_id = $1 AND action = 'company.changed'",
                id,
            )
            .await;
        let detail: serde_json::Value = serde_json::from_str(&detail).expect("JSON");
        assert_eq!(detail["before"]["phone"], "052-123-4567", "{detail}");
        assert_eq!(detail["after"]["phone"], "052-999-0000", "{detail}");
    }
}
