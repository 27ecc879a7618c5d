//! The background jobs: every `SHIEN_JOBS_EVERY_SECONDS`, the reminders (interview within
//! 24 hours, residence card within 3 months and 2 weeks, supervisor interview due) and
//! then the e-mail outbox. Both are safe to run on several server instances at once (the
//! database keeps each reminder once; an outbox row is claimed before it is sent), so
//! every instance runs them and none needs to be special.

use std::time::Duration;

use app::{
    db::Db,
    notifications::{self, Mailer},
    reminders,
};
use chrono::Utc;
use tracing::{info, warn};

/// Runs the jobs until the task is aborted (at shutdown).
pub async fn run(db: Db, mailer: Option<Mailer>, every: Duration) {
    let mut ticks = tokio::time::interval(every);
    // A run that took long is not made up for with a burst.
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        once(&db, mailer.as_ref()).await;
    }
}

/// One round; failures are logged and the next round tries again.
pub async fn once(db: &Db, mailer: Option<&Mailer>) {
    match reminders::run(db, Utc::now()).await {
        Ok(run) if run != reminders::ReminderRun::default() => info!(?run, "reminders written"),
        Ok(_) => {}
        Err(error) => warn!(%error, "the reminders could not run; trying again next round"),
    }
    match notifications::deliver_due(db, mailer, Utc::now()).await {
        Ok(run) if run != notifications::OutboxRun::default() => info!(?run, "e-mail outbox"),
        Ok(_) => {}
        Err(error) => warn!(%error, "the e-mail outbox could not run; trying again next round"),
    }
}
