//! The unique rules named on both backends: every rule of the migrations is listed, and a
//! real duplicate insert names its rule on SQLite and on PostgreSQL.

use chrono::Utc;
use uuid::Uuid;

use super::{RULES, Unique, violated_unique};
use crate::db::{Db, MIGRATOR, execute, testing::each_backend};

/// The names of the unique constraints and indexes the migrations create by name.
fn named_in_migrations() -> Vec<String> {
    let mut names = Vec::new();
    for migration in MIGRATOR.iter() {
        let words: Vec<&str> = migration.sql.split_whitespace().collect();
        for w in words.windows(4) {
            if w[0] == "CONSTRAINT" && w[2].starts_with("UNIQUE") {
                names.push(w[1].to_owned());
            }
            if w[0] == "CREATE" && w[1] == "UNIQUE" && w[2] == "INDEX" {
                names.push(w[3].to_owned());
            }
        }
    }
    names
}

#[test]
fn every_named_unique_rule_of_the_migrations_is_listed() {
    let names = named_in_migrations();
    assert!(names.len() >= 10, "found {names:?}");
    for name in names {
        assert!(
            RULES.iter().any(|(_, pg, _)| *pg == name),
            "{name} is not in db::unique::RULES"
        );
    }
}

#[test]
fn no_two_rules_share_a_name_or_columns() {
    for (i, (a, pg_a, sq_a)) in RULES.iter().enumerate() {
        for (b, pg_b, sq_b) in &RULES[i + 1..] {
            assert!(a != b && pg_a != pg_b && sq_a != sq_b, "{pg_a} / {pg_b}");
        }
    }
}

#[test]
fn other_errors_are_no_unique_violation() {
    assert_eq!(violated_unique(&sqlx::Error::RowNotFound), None);
}

async fn run(db: &Db, sql: &str, id: Uuid, text: &str, org: Uuid) -> Result<u64, sqlx::Error> {
    let now = Utc::now();
    execute!(db, sql, id, text, now, org)
}

#[tokio::test]
async fn a_duplicate_names_its_rule_on_both_backends() {
    for test in each_backend().await {
        let db = &test.db;
        let org = Uuid::now_v7();
        let new_org = |id: Uuid| async move {
            execute!(
                db,
                "INSERT INTO organizations (id, slug, name, created_at, updated_at)
                 VALUES ($1, 'same', 'O', $2, $2)",
                id,
                Utc::now(),
            )
        };
        new_org(org).await.expect("first organization");
        let err = new_org(Uuid::now_v7()).await.expect_err("same slug");
        assert_eq!(
            violated_unique(&err),
            Some(Unique::OrganizationSlug),
            "on {}: {err}",
            db.backend()
        );

        let company = "INSERT INTO companies (id, name, created_at, updated_at, organization_id,
                                              field)
                       VALUES ($1, $2, $3, $3, $4, 'construction')";
        run(db, company, Uuid::now_v7(), "K", org)
            .await
            .expect("first company");
        let err = run(db, company, Uuid::now_v7(), "K", org)
            .await
            .expect_err("same company name");
        assert_eq!(
            violated_unique(&err),
            Some(Unique::CompanyName),
            "on {}: {err}",
            db.backend()
        );

        for (column, rule) in [
            ("email", Unique::UserEmail),
            ("login_id", Unique::UserLoginId),
        ] {
            let user = format!(
                "INSERT INTO users (id, {column}, created_at, updated_at, organization_id, role,
                                    display_name)
                 VALUES ($1, $2, $3, $3, $4, 'staff', 'S')"
            );
            run(db, &user, Uuid::now_v7(), "same@example.jp", org)
                .await
                .expect("first user");
            let err = run(db, &user, Uuid::now_v7(), "same@example.jp", org)
                .await
                .expect_err("same user");
            assert_eq!(
                violated_unique(&err),
                Some(rule),
                "{column} on {}: {err}",
                db.backend()
            );
        }
        test.drop_db().await;
    }
}
