//! The sign-in throttles of this server process (per login, per IP address, and per
//! known device: see `known_device`).
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
    device: Mutex<Throttle>,
}

/// Whose count an attempt is on.
#[derive(Clone, Copy, Debug)]
pub struct Attempt<'a> {
    pub login: &'a str,
    pub ip: Option<&'a str>,
    /// A browser that signed in to this account before (`known_device`).
    pub device: Option<uuid::Uuid>,
}

impl Default for SignInThrottles {
    fn default() -> Self {
        Self {
            account: Mutex::new(Throttle::new(ThrottlePolicy::ACCOUNT)),
            ip: Mutex::new(Throttle::new(ThrottlePolicy::IP)),
            device: Mutex::new(Throttle::new(ThrottlePolicy::ACCOUNT)),
        }
    }
}

impl SignInThrottles {
    /// Lets one attempt through, counting it at once, or says how long it must wait.
    ///
    /// From a known device the attempt is on the device's own count only: guesses made
    /// elsewhere (on the account, from the address) never lock that browser out, and
    /// guesses made from it are still slowed down as the account's would be. Any other
    /// attempt is on the account's count and the address's. The keys are checked and
    /// counted under their locks, so parallel guesses cannot slip between check and count.
    pub fn begin(&self, attempt: Attempt<'_>) -> Result<(), Duration> {
        if let Some(device) = attempt.device {
            let mut devices = lock(&self.device);
            return devices.try_attempt(&device.to_string(), Utc::now());
        }
        let login = normalize_login(attempt.login);
        // Always in this order: account, then address.
        let mut account = lock(&self.account);
        let mut by_ip = lock(&self.ip);
        // Read under the locks: attempts are counted in the order of their clocks.
        let now = Utc::now();
        let waits = [
            account.check(&login, now).err(),
            attempt.ip.and_then(|ip| by_ip.check(ip, now).err()),
        ];
        if let Some(wait) = waits.into_iter().flatten().max() {
            return Err(wait);
        }
        // Both were checked under these locks, so both let it through.
        account.try_attempt(&login, now)?;
        if let Some(ip) = attempt.ip {
            by_ip.try_attempt(ip, now)?;
        }
        Ok(())
    }

    /// The attempt let through by [`SignInThrottles::begin`] was right: its count starts
    /// afresh (the device's, or the account's) and the address gets its attempt back.
    pub fn succeeded(&self, attempt: Attempt<'_>) {
        if let Some(device) = attempt.device {
            lock(&self.device).clear(&device.to_string());
            return;
        }
        let mut account = lock(&self.account);
        let mut by_ip = lock(&self.ip);
        account.clear(&normalize_login(attempt.login));
        if let Some(ip) = attempt.ip {
            by_ip.forgive(ip);
        }
    }
}

/// A panic while holding the lock leaves counts that are still valid numbers.
fn lock(m: &Mutex<Throttle>) -> std::sync::MutexGuard<'_, Throttle> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}
