//! Sign-in throttling: after a few failures within a window, every further attempt on the
//! same key waits a delay that doubles with each failure. Pure: the caller passes the time.
//!
//! Keys are the login as typed (so an unknown login is throttled exactly like a known one
//! and the answer reveals nothing) and the client's IP address.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};

/// How many failures a key may have, and how long it then waits.
#[derive(Clone, Copy, Debug)]
pub struct ThrottlePolicy {
    /// Failures older than this are forgotten.
    pub window: Duration,
    /// Failures allowed within the window before delays start.
    pub free_failures: u32,
    /// The first delay; each further failure doubles it.
    pub first_delay: Duration,
    pub max_delay: Duration,
}

impl ThrottlePolicy {
    /// Per account: 5 failures in 15 minutes, then 30 s, 1 min, 2 min … up to 15 min.
    pub const ACCOUNT: Self = Self {
        window: Duration::minutes(15),
        free_failures: 5,
        first_delay: Duration::seconds(30),
        max_delay: Duration::minutes(15),
    };

    /// Per IP address: more room, because the workers of one dormitory or company often
    /// share one address behind the same router.
    pub const IP: Self = Self {
        window: Duration::minutes(15),
        free_failures: 20,
        first_delay: Duration::seconds(30),
        max_delay: Duration::minutes(15),
    };

    fn delay(&self, failures: u32) -> Duration {
        if failures < self.free_failures {
            return Duration::zero();
        }
        let doublings = (failures - self.free_failures).min(16);
        (self.first_delay * 2_i32.pow(doublings)).min(self.max_delay)
    }
}

#[derive(Clone, Copy, Debug)]
struct Failures {
    count: u32,
    first: DateTime<Utc>,
    last: DateTime<Utc>,
}

/// Failure counts per key under one policy.
#[derive(Debug)]
pub struct Throttle {
    policy: ThrottlePolicy,
    keys: HashMap<String, Failures>,
}

/// Past this many keys, forgotten ones are swept out on the next failure.
const SWEEP_ABOVE: usize = 10_000;

impl Throttle {
    pub fn new(policy: ThrottlePolicy) -> Self {
        Self {
            policy,
            keys: HashMap::new(),
        }
    }

    /// `Err(wait)` when `key` must wait before its next attempt.
    pub fn check(&self, key: &str, now: DateTime<Utc>) -> Result<(), Duration> {
        let Some(f) = self.live(key, now) else {
            return Ok(());
        };
        let delay = self.policy.delay(f.count);
        // Within the free attempts nothing waits, even when another attempt was counted a
        // moment "later" than this one's clock reading (parallel sign-ins).
        if delay.is_zero() {
            return Ok(());
        }
        let until = f.last + delay;
        if until > now {
            Err(until - now)
        } else {
            Ok(())
        }
    }

    /// Checks and counts an attempt in one step: `Err(wait)` when `key` must wait, else the
    /// attempt is counted as a failure at once, before its password is even checked. Many
    /// guesses sent at the same moment are then counted as they arrive (issue 17: checked
    /// first and counted after the hash, 100 parallel guesses got 59 checked); a correct
    /// one is forgiven afterwards ([`Throttle::clear`], [`Throttle::forgive`]).
    pub fn try_attempt(&mut self, key: &str, now: DateTime<Utc>) -> Result<(), Duration> {
        self.check(key, now)?;
        self.record_failure(key, now);
        Ok(())
    }

    /// Takes back one attempt counted by [`Throttle::try_attempt`] that turned out right.
    pub fn forgive(&mut self, key: &str) {
        if let Some(f) = self.keys.get_mut(key) {
            f.count = f.count.saturating_sub(1);
            if f.count == 0 {
                self.keys.remove(key);
            }
        }
    }

    pub fn record_failure(&mut self, key: &str, now: DateTime<Utc>) {
        let count = self.live(key, now).map_or(0, |f| f.count);
        let first = self.live(key, now).map_or(now, |f| f.first);
        if self.keys.len() > SWEEP_ABOVE {
            let window = self.policy.window;
            self.keys.retain(|_, f| now - f.last <= window);
        }
        self.keys.insert(
            key.to_owned(),
            Failures {
                count: count.saturating_add(1),
                first,
                last: now,
            },
        );
    }

    /// A successful sign-in clears the account's failures.
    pub fn clear(&mut self, key: &str) {
        self.keys.remove(key);
    }

    /// The key's failures, unless the last one is older than the window. The window runs
    /// from the last failure, so a steady guesser never gets a fresh start.
    fn live(&self, key: &str, now: DateTime<Utc>) -> Option<Failures> {
        self.keys
            .get(key)
            .copied()
            .filter(|f| now - f.last <= self.policy.window)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + seconds, 0).unwrap_or_default()
    }

    #[test]
    fn five_failures_are_free_then_the_delay_doubles() {
        let mut t = Throttle::new(ThrottlePolicy::ACCOUNT);
        for i in 0..4 {
            t.record_failure("an.nguyen", at(i));
            assert_eq!(t.check("an.nguyen", at(i)), Ok(()), "failure {}", i + 1);
        }
        t.record_failure("an.nguyen", at(4));
        assert_eq!(t.check("an.nguyen", at(4)), Err(Duration::seconds(30)));
        assert_eq!(t.check("an.nguyen", at(34)), Ok(()));
        t.record_failure("an.nguyen", at(34));
        assert_eq!(t.check("an.nguyen", at(34)), Err(Duration::seconds(60)));
        t.record_failure("an.nguyen", at(94));
        assert_eq!(t.check("an.nguyen", at(94)), Err(Duration::seconds(120)));
        // Other keys are not affected.
        assert_eq!(t.check("binh.tran", at(94)), Ok(()));
    }

    #[test]
    fn the_delay_is_capped_and_failures_are_forgotten() {
        let mut t = Throttle::new(ThrottlePolicy::ACCOUNT);
        for i in 0..30 {
            t.record_failure("x", at(i));
        }
        assert_eq!(t.check("x", at(29)), Err(Duration::minutes(15)));
        // 15 minutes after the last failure the count starts again.
        assert_eq!(t.check("x", at(29 + 15 * 60)), Ok(()));
        t.record_failure("x", at(29 + 15 * 60 + 1));
        assert_eq!(t.check("x", at(29 + 15 * 60 + 1)), Ok(()));
    }

    #[test]
    fn an_attempt_is_counted_when_it_is_let_through() {
        let mut t = Throttle::new(ThrottlePolicy::ACCOUNT);
        // 100 guesses at the same instant: the free five are let through, no more.
        let through = (0..100)
            .filter(|_| t.try_attempt("an.nguyen", at(0)).is_ok())
            .count();
        assert_eq!(through, 5);
        assert_eq!(
            t.try_attempt("an.nguyen", at(0)),
            Err(Duration::seconds(30))
        );
        // A correct one of them is forgiven: the count goes back by one.
        let mut t = Throttle::new(ThrottlePolicy::IP);
        assert_eq!(t.try_attempt("10.0.0.1", at(0)), Ok(()));
        t.forgive("10.0.0.1");
        assert!(t.live("10.0.0.1", at(0)).is_none());
    }

    #[test]
    fn a_hundred_parallel_attempts_are_checked_no_more_than_the_free_ones() {
        use std::sync::{
            Mutex,
            atomic::{AtomicUsize, Ordering},
        };
        let throttle = Mutex::new(Throttle::new(ThrottlePolicy::ACCOUNT));
        let through = AtomicUsize::new(0);
        std::thread::scope(|scope| {
            for _ in 0..100 {
                scope.spawn(|| {
                    let allowed = throttle
                        .lock()
                        .map(|mut t| t.try_attempt("an.nguyen", at(0)).is_ok())
                        .unwrap_or(false);
                    if allowed {
                        through.fetch_add(1, Ordering::Relaxed);
                    }
                });
            }
        });
        assert_eq!(
            through.into_inner(),
            ThrottlePolicy::ACCOUNT.free_failures as usize
        );
    }

    #[test]
    fn free_attempts_never_wait_whatever_the_order_of_their_clocks() {
        let mut t = Throttle::new(ThrottlePolicy::IP);
        assert_eq!(t.try_attempt("127.0.0.1", at(10)), Ok(()));
        // Read its clock before the one above took the lock.
        assert_eq!(t.try_attempt("127.0.0.1", at(9)), Ok(()));
    }

    #[test]
    fn success_clears_the_account() {
        let mut t = Throttle::new(ThrottlePolicy::ACCOUNT);
        for i in 0..5 {
            t.record_failure("x", at(i));
        }
        assert!(t.check("x", at(5)).is_err());
        t.clear("x");
        assert_eq!(t.check("x", at(5)), Ok(()));
    }
}
