//! The sign-in throttles of this server process (per login and per IP address).
//!
//! Kept in memory: a restart forgets the counts, and with several app servers each keeps
//! its own. That still bounds guessing to a few attempts per minute per server.

use std::sync::Mutex;

use chrono::{Duration, Utc};

use crate::domain::{Throttle, ThrottlePolicy, normalize_login};

#[derive(Debug)]
pub struct SignInThrottles {
    account: Mutex<Throttle>,
    ip: Mutex<Throttle>,
}

impl Default for SignInThrottles {
    fn default() -> Self {
        Self {
            account: Mutex::new(Throttle::new(ThrottlePolicy::ACCOUNT)),
            ip: Mutex::new(Throttle::new(ThrottlePolicy::IP)),
        }
    }
}

impl SignInThrottles {
    /// How long this login from this address must wait, if at all.
    pub fn wait(&self, login: &str, ip: Option<&str>) -> Option<Duration> {
        let now = Utc::now();
        let account = lock(&self.account)
            .check(&normalize_login(login), now)
            .err();
        let ip = ip.and_then(|ip| lock(&self.ip).check(ip, now).err());
        account.into_iter().chain(ip).max()
    }

    pub fn failed(&self, login: &str, ip: Option<&str>) {
        let now = Utc::now();
        lock(&self.account).record_failure(&normalize_login(login), now);
        if let Some(ip) = ip {
            lock(&self.ip).record_failure(ip, now);
        }
    }

    pub fn succeeded(&self, login: &str) {
        lock(&self.account).clear(&normalize_login(login));
    }
}

/// A panic while holding the lock leaves counts that are still valid numbers.
fn lock(m: &Mutex<Throttle>) -> std::sync::MutexGuard<'_, Throttle> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}
