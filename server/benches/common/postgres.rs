//! A PostgreSQL database of a benchmark run's own (for those that run on both backends:
//! `#[path = "common/postgres.rs"] mod postgres;`).

use sqlx::{Connection, Executor};

/// A PostgreSQL database of one run's own, on `SHIEN_TEST_POSTGRES_URL` (default
/// postgres://postgres@127.0.0.1:5432/test); [`Postgres::drop`] removes it.
pub struct Postgres {
    admin: sqlx::PgConnection,
    name: String,
    pub url: String,
}

impl Postgres {
    pub async fn create() -> Self {
        let admin_url = std::env::var("SHIEN_TEST_POSTGRES_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
        let name = format!("shien_bench_{}", uuid::Uuid::now_v7().simple());
        let mut admin = sqlx::PgConnection::connect(&admin_url)
            .await
            .expect("PostgreSQL");
        admin
            .execute(format!("CREATE DATABASE {name}").as_str())
            .await
            .expect("create database");
        let url = match admin_url.rsplit_once('/') {
            Some((server, _)) => format!("{server}/{name}"),
            None => panic!("SHIEN_TEST_POSTGRES_URL needs a database name"),
        };
        Self { admin, name, url }
    }

    pub async fn drop(mut self) {
        self.admin
            .execute(format!("DROP DATABASE {}", self.name).as_str())
            .await
            .expect("drop database");
    }
}
