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
    /// Lets one attempt of this login from this address through, counting it at once on
    /// both keys, or says how long it must wait. Both keys are checked and counted under
    /// both locks, so parallel guesses cannot slip between the check and the count.
    pub fn begin(&self, login: &str, ip: Option<&str>) -> Result<(), Duration> {
        let login = normalize_login(login);
        // Always in this order: account, then address.
        let mut account = lock(&self.account);
        let mut by_ip = lock(&self.ip);
        // Read under the locks: attempts are counted in the order of their clocks.
        let now = Utc::now();
        let waits = [
            account.check(&login, now).err(),
            ip.and_then(|ip| by_ip.check(ip, now).err()),
        ];
        if let Some(wait) = waits.into_iter().flatten().max() {
            return Err(wait);
        }
        // Both were checked under these locks, so both let it through.
        account.try_attempt(&login, now)?;
        if let Some(ip) = ip {
            by_ip.try_attempt(ip, now)?;
        }
        Ok(())
    }

    /// The attempt let through by [`SignInThrottles::begin`] was right: the account starts
    /// afresh and the address gets its attempt back.
    pub fn succeeded(&self, login: &str, ip: Option<&str>) {
        let mut account = lock(&self.account);
        let mut by_ip = lock(&self.ip);
        account.clear(&normalize_login(login));
        if let Some(ip) = ip {
            by_ip.forgive(ip);
        }
    }
}

/// A panic while holding the lock leaves counts that are still valid numbers.
fn lock(m: &Mutex<Throttle>) -> std::sync::MutexGuard<'_, Throttle> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}
