//! Who calls, and their sessions: one per caller, signed in once and reused (a call that
//! cannot change its session need not pay for a sign-in), fresh ones for the calls that
//! end sessions.

use std::collections::HashMap;

use uuid::Uuid;

use crate::support::{Backend, TestServer};

/// Who calls. The records used belong to worker an.nguyen of 社会福祉法人あおぞら会, in
/// the demo organization; the `OtherTenant…` callers belong to a second organization.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Caller {
    Anonymous,
    /// an.nguyen herself.
    Worker,
    /// binh.tran, of another company (みなと食堂).
    OtherWorker,
    /// siti.rahmawati, of an.nguyen's own company.
    SameCompanyWorker,
    OwnCompany,
    OtherCompany,
    Staff,
    Admin,
    OtherTenant,
    OtherTenantCompany,
    OtherTenantWorker,
    /// A staff member disabled after signing in, with the session of before.
    Disabled,
    /// A staff member's session past its idle expiry.
    Expired,
}

/// The callers each row of the matrix gives an expected status for, in its order.
pub const LIVE: [Caller; 11] = [
    Caller::Anonymous,
    Caller::Worker,
    Caller::OtherWorker,
    Caller::SameCompanyWorker,
    Caller::OwnCompany,
    Caller::OtherCompany,
    Caller::Staff,
    Caller::Admin,
    Caller::OtherTenant,
    Caller::OtherTenantCompany,
    Caller::OtherTenantWorker,
];

/// Sessions that must count as signed out: each is expected to answer every call exactly as
/// `Anonymous` does, so the rows need no column for them.
pub const DEAD: [Caller; 2] = [Caller::Disabled, Caller::Expired];

pub const OTHER_TENANT_STAFF: &str = "staff@other-support.example";
pub const OTHER_TENANT_COMPANY: &str = "hr@momiji.example";
pub const OTHER_TENANT_WORKER: &str = "other.worker";
/// Staff members of the demo organization of their own, so that no other caller's call
/// (signing out everywhere) ends their sessions for another reason.
const DISABLED: &str = "disabled@sakura-support.example";
const EXPIRED: &str = "expired@sakura-support.example";
/// Their names, which a live session would show (`me`, every page's header).
pub const DISABLED_NAME: &str = "無効 一郎";
pub const EXPIRED_NAME: &str = "期限 二郎";

impl Caller {
    pub fn login(self) -> Option<&'static str> {
        match self {
            Self::Anonymous => None,
            Self::Worker => Some("an.nguyen"),
            Self::OtherWorker => Some("binh.tran"),
            Self::SameCompanyWorker => Some("siti.rahmawati"),
            Self::OwnCompany => Some("hr@aozora.example"),
            Self::OtherCompany => Some("hr@minato.example"),
            Self::Staff => Some("tanaka@sakura-support.example"),
            Self::Admin => Some("admin@sakura-support.example"),
            Self::OtherTenant => Some(OTHER_TENANT_STAFF),
            Self::OtherTenantCompany => Some(OTHER_TENANT_COMPANY),
            Self::OtherTenantWorker => Some(OTHER_TENANT_WORKER),
            Self::Disabled => Some(DISABLED),
            Self::Expired => Some(EXPIRED),
        }
    }
}

/// A second support organization with a staff member, a company with its user, and a
/// worker of that company, inserted as the demo seed inserts its own.
pub async fn add_other_tenant(server: &TestServer) {
    let hash = password_auth::generate_hash(app::demo::DEMO_PASSWORD);
    let [org, company, staff, company_user, worker_user, worker] =
        std::array::from_fn(|_| Uuid::now_v7());
    let now = chrono::Utc::now();
    let db = &server.state.db;
    app::on_db!(db, pool => {
        async {
            sqlx::query("INSERT INTO organizations (id, slug, name, created_at, updated_at) VALUES ($1, 'other', 'もみじ支援機関', $2, $2)")
                .bind(org).bind(now).execute(pool).await?;
            sqlx::query("INSERT INTO companies (id, organization_id, name, field, created_at, updated_at) VALUES ($1, $2, '株式会社もみじ', 'nursing_care', $3, $3)")
                .bind(company).bind(org).bind(now).execute(pool).await?;
            sqlx::query("INSERT INTO users (id, organization_id, role, email, display_name, password_hash, created_at, updated_at) VALUES ($1, $2, 'staff', $3, '鈴木 一郎', $4, $5, $5)")
                .bind(staff).bind(org).bind(OTHER_TENANT_STAFF).bind(&hash).bind(now).execute(pool).await?;
            sqlx::query("INSERT INTO users (id, organization_id, role, email, display_name, company_id, password_hash, created_at, updated_at) VALUES ($1, $2, 'company', $3, '高橋 光', $4, $5, $6, $6)")
                .bind(company_user).bind(org).bind(OTHER_TENANT_COMPANY).bind(company).bind(&hash).bind(now).execute(pool).await?;
            sqlx::query("INSERT INTO users (id, organization_id, role, login_id, display_name, password_hash, created_at, updated_at) VALUES ($1, $2, 'worker', $3, 'OTHER WORKER', $4, $5, $5)")
                .bind(worker_user).bind(org).bind(OTHER_TENANT_WORKER).bind(&hash).bind(now).execute(pool).await?;
            sqlx::query("INSERT INTO workers (id, organization_id, company_id, user_id, family_name, given_name, nationality, preferred_locale, field, created_at, updated_at) VALUES ($1, $2, $3, $4, 'OTHER', 'WORKER', 'VN', 'vi', 'nursing_care', $5, $5)")
                .bind(worker).bind(org).bind(company).bind(worker_user).bind(now).execute(pool).await?;
            Ok::<_, sqlx::Error>(())
        }.await
    })
    .expect("second tenant");
}

/// The two staff members whose sessions are dead, in the demo organization.
async fn add_dead_accounts(server: &TestServer) {
    let hash = password_auth::generate_hash(app::demo::DEMO_PASSWORD);
    let org: Uuid = server
        .scalar("SELECT organization_id FROM users WHERE email = 'tanaka@sakura-support.example'")
        .await;
    let now = chrono::Utc::now();
    let db = &server.state.db;
    for (email, name) in [(DISABLED, DISABLED_NAME), (EXPIRED, EXPIRED_NAME)] {
        app::on_db!(db, pool => sqlx::query("INSERT INTO users (id, organization_id, role, email, display_name, password_hash, created_at, updated_at) VALUES ($1, $2, 'staff', $3, $4, $5, $6, $6)")
            .bind(Uuid::now_v7()).bind(org).bind(email).bind(name).bind(&hash).bind(now).execute(pool).await.map(|_| ()))
        .expect("a staff member");
    }
}

/// The session table of each backend (tower-sessions' own schema).
fn session_table(server: &TestServer) -> &'static str {
    match server.state.db {
        app::db::Db::Sqlite(_) => "tower_sessions",
        app::db::Db::Postgres(_) => "tower_sessions.session",
    }
}

/// The session id a cookie carries (the cookie holds only the id).
fn session_id(cookie: &str) -> &str {
    cookie.split_once('=').map_or(cookie, |(_, id)| id)
}

/// One session per caller, for the whole matrix.
pub struct Sessions {
    cookies: HashMap<Caller, String>,
    /// The dead sessions' rows as they were, put back before each call (a dead session is
    /// emptied by the first request that finds it).
    snapshot: &'static str,
    /// The dead sessions' users and their session generations, put back too (were a dead
    /// session ever let in, signing out everywhere must not hide the next rows' answers).
    generations: Vec<(Uuid, i64)>,
}

impl Sessions {
    /// Signs every live caller in, and makes the two dead sessions: one staff member signs
    /// in, then an admin disables her account (her session generation is put back, so
    /// that only the disabling stands between the session and the data); another's session
    /// is moved past its expiry. Both rows are kept as they are then, to be put back before
    /// each of their calls.
    pub async fn open(server: &TestServer, backend: Backend) -> Self {
        let mut cookies = HashMap::new();
        for caller in LIVE {
            if let Some(login) = caller.login() {
                cookies.insert(caller, server.demo(login).await);
            }
        }
        add_dead_accounts(server).await;
        let table = session_table(server);
        let disabled = server.demo(DISABLED).await;
        let expired = server.demo(EXPIRED).await;
        let past = tower_sessions::cookie::time::OffsetDateTime::now_utc()
            - tower_sessions::cookie::time::Duration::minutes(1);
        let db = &server.state.db;
        let sql = format!("UPDATE {table} SET expiry_date = $1 WHERE id = $2");
        let id = session_id(&expired).to_owned();
        app::on_db!(db, pool => sqlx::query(&sql).bind(past).bind(&id).execute(pool).await.map(|_| ()))
            .expect("expire a session");

        let user: Uuid = server
            .scalar(&format!("SELECT id FROM users WHERE email = '{DISABLED}'"))
            .await;
        let response = server
            .call(
                "set_account_disabled",
                &format!("user_id={user}&disabled=true"),
                Some(&cookies[&Caller::Admin]),
            )
            .await;
        assert_eq!(response.status(), 200, "an admin disables an account");
        server
            .execute_about(
                "UPDATE users SET session_generation = session_generation - 1 WHERE id = $1",
                user,
            )
            .await;

        let snapshot = match backend {
            Backend::Sqlite => "authz_dead_sessions",
            Backend::Postgres => "public.authz_dead_sessions",
        };
        let sql = format!("CREATE TABLE {snapshot} AS SELECT * FROM {table} WHERE id IN ($1, $2)");
        let ids = (session_id(&disabled).to_owned(), id);
        app::on_db!(db, pool => sqlx::query(&sql).bind(&ids.0).bind(&ids.1).execute(pool).await.map(|_| ()))
            .expect("keep the dead sessions");
        cookies.insert(Caller::Disabled, disabled);
        cookies.insert(Caller::Expired, expired);
        let mut generations = Vec::new();
        for email in [DISABLED, EXPIRED] {
            let db = &server.state.db;
            let row: (Uuid, i64) = app::on_db!(db, pool => sqlx::query_as("SELECT id, session_generation FROM users WHERE email = $1")
                .bind(email).fetch_one(pool).await)
            .expect("a dead session's user");
            generations.push(row);
        }
        Self {
            cookies,
            snapshot,
            generations,
        }
    }

    pub fn cookie(&self, caller: Caller) -> Option<&str> {
        self.cookies.get(&caller).map(String::as_str)
    }

    /// Before a dead session's call: both dead sessions' rows as they were made (a dead
    /// session is emptied by the request that finds it, and signing out deletes it).
    pub async fn revive(&self, server: &TestServer, caller: Caller) {
        if !DEAD.contains(&caller) {
            return;
        }
        let (table, snapshot) = (session_table(server), self.snapshot);
        server
            .execute(&format!(
                "DELETE FROM {table} WHERE id IN (SELECT id FROM {snapshot})"
            ))
            .await;
        server
            .execute(&format!("INSERT INTO {table} SELECT * FROM {snapshot}"))
            .await;
        for (user, generation) in &self.generations {
            let db = &server.state.db;
            app::on_db!(db, pool => sqlx::query("UPDATE users SET session_generation = $1 WHERE id = $2")
                .bind(generation).bind(user).execute(pool).await.map(|_| ()))
            .expect("a session generation put back");
        }
    }

    /// A session of its own for a call that ends it; the shared one is signed in again
    /// afterwards by [`Sessions::renew`] (signing out everywhere ends it too).
    pub async fn fresh(&self, server: &TestServer, caller: Caller) -> Option<String> {
        if DEAD.contains(&caller) {
            return self.cookies.get(&caller).cloned();
        }
        match caller.login() {
            Some(login) => Some(server.demo(login).await),
            None => None,
        }
    }

    pub async fn renew(&mut self, server: &TestServer, caller: Caller) {
        if let (false, Some(login)) = (DEAD.contains(&caller), caller.login()) {
            self.cookies.insert(caller, server.demo(login).await);
        }
    }
}
