//! On SQLite and PostgreSQL: the worker list's search, filters, sorting and paging.

use super::*;
use crate::db::{execute, testing::each_backend};
use crate::{demo, layout::like_pattern, locale::today_in_japan};

async fn demo_org(db: &Db) -> OrganizationId {
    demo::seed(db).await.expect("demo data");
    fetch!(
        scalar OrganizationId,
        db,
        "SELECT organization_id FROM users WHERE login_id = 'an.nguyen'",
    )
    .expect("the demo organization")
}

fn all<'a>(pattern: Option<&'a str>) -> WorkerQuery<'a> {
    WorkerQuery {
        company_id: None,
        employment: EmploymentFilter::All,
        today: today_in_japan(),
        pattern,
        sort: 0,
        descending: false,
        limit: 50,
        offset: 0,
    }
}

/// The names found for `text`, and the count.
async fn found(db: &Db, org: OrganizationId, text: &str) -> (Vec<String>, i64) {
    let pattern = like_pattern(text);
    let query = all(Some(&pattern));
    let rows = search(db, org, &query).await.expect("search");
    let total = count(db, org, &query).await.expect("count");
    (rows.into_iter().map(|r| r.name).collect(), total)
}

#[tokio::test]
async fn workers_are_found_by_name_login_id_and_company_in_any_case() {
    for test in each_backend().await {
        let db = &test.db;
        let org = demo_org(db).await;
        assert_eq!(
            found(db, org, "nguyen van").await,
            (vec!["NGUYEN VAN AN".to_owned()], 1)
        );
        // Given name first, as many people say it.
        assert_eq!(found(db, org, "Van An Nguyen").await.0, ["NGUYEN VAN AN"]);
        assert_eq!(found(db, org, "AUNG.K").await.0, ["AUNG KO KO"]);
        // The company, in Japanese (no case there).
        assert_eq!(
            found(db, org, "みなと").await,
            (
                vec![
                    "GURUNG BISHNU".to_owned(),
                    "SAETANG SOMCHAI".to_owned(),
                    "TRAN THI BINH".to_owned()
                ],
                3
            )
        );
        assert_eq!(found(db, org, "あおぞら").await.1, 3);
        test.drop_db().await;
    }
}

#[tokio::test]
async fn wildcards_sql_and_html_in_a_search_are_only_text() {
    for test in each_backend().await {
        let db = &test.db;
        let org = demo_org(db).await;
        for text in [
            "%",
            "_",
            "\\",
            "' OR 1=1 --",
            "<script>alert(1)</script>",
            "a%n",
        ] {
            assert_eq!(found(db, org, text).await, (vec![], 0), "{text}");
        }
        // A dot in a login id is a dot, and `_` would have matched any letter.
        assert_eq!(found(db, org, "an_nguyen").await.1, 0);
        assert_eq!(found(db, org, "an.nguyen").await.1, 1);
        // No search: everyone.
        let query = all(None);
        assert_eq!(count(db, org, &query).await.expect("count"), 9);
        test.drop_db().await;
    }
}

#[tokio::test]
async fn the_list_is_sorted_by_the_column_asked_and_paged_by_fifty() {
    for test in each_backend().await {
        let db = &test.db;
        let org = demo_org(db).await;
        demo::volume::seed_workers(db, 120)
            .await
            .expect("volume workers");
        let mut query = all(None);
        assert_eq!(count(db, org, &query).await.expect("count"), 129);
        let first = search(db, org, &query).await.expect("page 1");
        assert_eq!(first.len(), 50);
        assert!(first.windows(2).all(|w| w[0].name <= w[1].name));
        query.offset = 100;
        let third = search(db, org, &query).await.expect("page 3");
        assert_eq!(third.len(), 29);
        assert!(first.last().map(|r| &r.name) <= third.first().map(|r| &r.name));

        // By card expiry, latest first, across the pages.
        let card = SORTS.iter().position(|(n, _)| *n == "card").expect("card");
        query = WorkerQuery {
            sort: card,
            descending: true,
            limit: 200,
            ..all(None)
        };
        let by_card = search(db, org, &query).await.expect("by card");
        assert_eq!(by_card.len(), 129);
        let dates: Vec<_> = by_card.iter().map(|r| r.residence_card_expiry).collect();
        assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");

        // By company, the search narrowing it: only the demo's AUNG and the volume's.
        let company = SORTS.iter().position(|(n, _)| *n == "company").expect("c");
        let pattern = like_pattern("aung");
        query = WorkerQuery {
            sort: company,
            pattern: Some(&pattern),
            limit: 200,
            ..all(None)
        };
        let aung = search(db, org, &query).await.expect("aung");
        assert_eq!(
            aung.len(),
            21,
            "1 demo + 20 of the volume's 6 nationalities"
        );
        assert_eq!(count(db, org, &query).await.expect("count"), 21);
        assert!(
            aung.windows(2)
                .all(|w| w[0].company_name <= w[1].company_name)
        );
        test.drop_db().await;
    }
}

#[tokio::test]
async fn the_list_is_filtered_by_company_and_employment() {
    for test in each_backend().await {
        let db = &test.db;
        let org = demo_org(db).await;
        let today = today_in_japan();
        let yesterday = today.pred_opt().expect("a day");
        execute!(
            db,
            "UPDATE workers SET contract_ended_on = $1, employment_end_reason = 'resigned'
             WHERE user_id = (SELECT id FROM users WHERE login_id = 'li.wei')",
            yesterday,
        )
        .expect("end li.wei's job");
        let (minato, _): (CompanyId, String) = fetch!(
            one(CompanyId, String),
            db,
            "SELECT id, name FROM companies WHERE name = '株式会社みなと食堂'",
        )
        .expect("minato");
        let names = |rows: Vec<WorkerLineRow>| rows.into_iter().map(|r| r.name).collect::<Vec<_>>();
        let query = WorkerQuery {
            employment: EmploymentFilter::Ended,
            ..all(None)
        };
        assert_eq!(
            names(search(db, org, &query).await.expect("ended")),
            ["LI WEI", "SAETANG SOMCHAI"]
        );
        let query = WorkerQuery {
            employment: EmploymentFilter::Employed,
            ..all(None)
        };
        assert_eq!(count(db, org, &query).await.expect("employed"), 7);
        let query = WorkerQuery {
            company_id: Some(minato),
            ..all(None)
        };
        assert_eq!(
            names(search(db, org, &query).await.expect("minato")),
            ["GURUNG BISHNU", "SAETANG SOMCHAI", "TRAN THI BINH"]
        );
        test.drop_db().await;
    }
}
