//! The demo data, on SQLite and PostgreSQL, and the README that lists its sign-ins.

use chrono::NaiveDate;

use super::{self as demo, SeedOutcome};
use crate::db::{Db, on_db, testing::each_backend};

#[derive(sqlx::FromRow)]
struct CountRow {
    n: i64,
}

async fn count(db: &Db, table: &str) -> i64 {
    let sql = format!("SELECT COUNT(*) AS n FROM {table}");
    let row: CountRow =
        on_db!(db, pool => sqlx::query_as(&sql).fetch_one(pool).await).expect("count rows");
    row.n
}

#[tokio::test]
async fn demo_data_is_written_once_with_its_audit_row() {
    for test in each_backend().await {
        let db = &test.db;
        assert_eq!(demo::seed(db).await.expect("seed"), SeedOutcome::Created);
        assert_eq!(
            demo::seed(db).await.expect("seed again"),
            SeedOutcome::AlreadyPresent
        );

        assert_eq!(count(db, "organizations").await, 1);
        assert_eq!(count(db, "companies").await, 3);
        assert_eq!(count(db, "workers").await, 9);
        assert_eq!(count(db, "staff").await, 3);
        assert_eq!(count(db, "users").await, demo::sign_ins().len() as i64);
        assert_eq!(count(db, "audit_log").await, 1);

        // Three fields, six nationalities at least, every worker linked to an account.
        let fields: Vec<String> = on_db!(db, pool => sqlx::query_scalar(
            "SELECT DISTINCT field FROM companies ORDER BY field").fetch_all(pool).await)
        .expect("fields");
        assert_eq!(fields, ["construction", "food_service", "nursing_care"]);
        let nationalities: i64 = on_db!(db, pool => sqlx::query_scalar(
            "SELECT COUNT(DISTINCT nationality) FROM workers").fetch_one(pool).await)
        .expect("nationalities");
        assert!(nationalities >= 6, "{nationalities} nationalities");
        let unlinked: i64 = on_db!(db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM workers w LEFT JOIN users u ON u.id = w.user_id
             WHERE u.id IS NULL OR u.role <> 'worker'").fetch_one(pool).await)
        .expect("links");
        assert_eq!(unlinked, 0);

        // The stored hash verifies the documented demo password and nothing else.
        let hash: String = on_db!(db, pool => sqlx::query_scalar(
            "SELECT password_hash FROM users WHERE login_id = $1").bind("an.nguyen").fetch_one(pool).await)
            .expect("hash");
        assert!(hash.starts_with("$argon2id$"));
        assert!(password_auth::verify_password(demo::DEMO_PASSWORD, &hash).is_ok());
        assert!(password_auth::verify_password("wrong-password", &hash).is_err());

        let expiry: NaiveDate = on_db!(db, pool => sqlx::query_scalar(
            "SELECT w.residence_card_expiry FROM workers w JOIN users u ON u.id = w.user_id
             WHERE u.login_id = $1").bind("an.nguyen").fetch_one(pool).await)
        .expect("expiry");
        assert_eq!(Some(expiry), NaiveDate::from_ymd_opt(2027, 1, 20));

        // The master data: every worker's card and workplace, every company's number;
        // one worker within a year of the 5 years, one renewal under review.
        let missing: i64 = on_db!(db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM workers WHERE residence_card_number IS NULL
                OR workplace_id IS NULL OR job_category IS NULL OR ssw_first_entered_on IS NULL")
            .fetch_one(pool).await)
        .expect("workers' master data");
        assert_eq!(missing, 0);
        let unnumbered: i64 = on_db!(db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM companies WHERE corporate_number IS NULL")
            .fetch_one(pool).await)
        .expect("companies' numbers");
        assert_eq!(unnumbered, 0);
        let today = crate::locale::today_in_japan();
        let within_a_year = today + chrono::Months::new(12);
        let near_the_limit: i64 = on_db!(db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM workers WHERE total_stay_ends_on <= $1")
            .bind(within_a_year).fetch_one(pool).await)
        .expect("the 5 years");
        assert_eq!(near_the_limit, 1);
        let under_review: i64 = on_db!(db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM worker_renewals WHERE decided_on IS NULL")
            .fetch_one(pool).await)
        .expect("renewals");
        assert_eq!(under_review, 1);
        // One former worker, who resigned: no job-change support is due for him.
        let former: Vec<(String, Option<NaiveDate>)> = on_db!(db, pool => sqlx::query_as(
            "SELECT w.employment_end_reason, s.due_on FROM workers w
             JOIN supports s ON s.worker_id = w.id AND s.kind = 'job_change'
             WHERE w.contract_ended_on < $1").bind(today).fetch_all(pool).await)
        .expect("former workers");
        assert_eq!(former.len(), 1, "{former:?}");
        assert_eq!(former[0], ("resigned".to_owned(), None));
        test.drop_db().await;
    }
}

#[test]
fn the_readme_lists_every_demo_sign_in() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md"))
        .expect("README.md");
    assert!(readme.contains(demo::DEMO_PASSWORD));
    for sign_in in demo::sign_ins() {
        let row = format!("| {} | `{}` |", sign_in.role, sign_in.login);
        assert!(readme.contains(&row), "README lacks the row starting {row}");
    }
}
