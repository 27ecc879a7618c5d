//! The demo workers' support plans: made by the same rules as a new worker's, then moved
//! on as a support organization would have done, so every page has something to show:
//! confirmed supports, one waiting for the company, orientations still to give, and
//! periodic interviews due, overdue and later.

use chrono::{DateTime, Days, Months, NaiveDate, Utc};

use super::{SeedError, data::DemoWorker, date};
use crate::{
    db::{Tx, execute},
    domain::{
        DeliveryId, INTERVIEW_INTERVAL_MONTHS, OrganizationId, SupportKind, SupportStatus, UserId,
        WorkerId, WorkerSituation,
    },
};

/// Who acts in a demo plan.
pub(super) struct People {
    pub(super) officer: Option<UserId>,
    pub(super) officer_name: &'static str,
    pub(super) worker_user: UserId,
    pub(super) company_user: Option<UserId>,
}

/// Days from today to each demo worker's next periodic interview (negative: overdue).
const INTERVIEW_DUE_IN_DAYS: [i64; 9] = [5, -3, 12, 30, -10, 45, 8, 60, 20];

/// Supports the demo organization has already delivered: (kind, days after entry,
/// minutes, what was covered).
const DELIVERED: [(SupportKind, i64, i32, &str); 5] = [
    (
        SupportKind::PreEntryGuidance,
        -100,
        180,
        "労働条件・業務内容・保証金の禁止・入国手続・住居の説明（オンライン）",
    ),
    (
        SupportKind::AirportPickUp,
        0,
        120,
        "成田空港から住居まで同行",
    ),
    (
        SupportKind::HousingAndContracts,
        0,
        240,
        "社宅の案内、銀行口座開設、携帯電話の契約、電気・ガス・水道の開始",
    ),
    (
        SupportKind::LifeOrientation,
        3,
        480,
        "生活ルール・交通・医療・防災・相談窓口・法令・労働者の権利（計8時間）",
    ),
    (
        SupportKind::PublicProcedures,
        5,
        180,
        "住民登録・国民健康保険・国民年金・マイナンバーの手続に同行",
    ),
];

fn shift(day: NaiveDate, days: i64) -> Result<NaiveDate, SeedError> {
    let moved = if days >= 0 {
        day.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        day.checked_sub_days(Days::new(days.unsigned_abs()))
    };
    moved.ok_or(SeedError::Date)
}

/// 10:00 in Japan on `day`, `days` later.
fn morning(day: NaiveDate, days: i64) -> Result<DateTime<Utc>, SeedError> {
    let at = shift(day, days)?
        .and_hms_opt(1, 0, 0)
        .ok_or(SeedError::Date)?;
    Ok(at.and_utc())
}

pub(super) async fn seed_plan(
    tx: &mut Tx,
    org_id: OrganizationId,
    worker_id: WorkerId,
    worker: &DemoWorker,
    n: usize,
    people: &People,
    today: NaiveDate,
) -> Result<(), SeedError> {
    let entry = date(worker.entry)?;
    let due_in = INTERVIEW_DUE_IN_DAYS.get(n).copied().unwrap_or(30);
    let situation = WorkerSituation {
        changed_status_in_japan: false,
        contract_signed: Some(shift(entry, -120)?),
        visa_application: Some(shift(entry, -90)?),
        entry_or_change: Some(entry),
        settled: Some(shift(entry, 2)?),
        employment_ended_not_own_fault: None,
        former_intern_same_employer: false,
        last_interview: Some(
            shift(today, due_in)?
                .checked_sub_months(Months::new(INTERVIEW_INTERVAL_MONTHS))
                .ok_or(SeedError::Date)?,
        ),
    };
    execute!(tx: tx,
        "UPDATE workers SET contract_signed_on = $1, visa_applied_on = $2, settled_on = $3,
                support_officer_id = $4
         WHERE id = $5",
        situation.contract_signed,
        situation.visa_application,
        situation.settled,
        people.officer,
        worker_id,
    )?;
    crate::enrolment::plan_new_worker(tx, org_id, worker_id, &situation).await?;

    for (kind, after_entry, minutes, content) in DELIVERED {
        // Two Indonesian workers still wait for their orientation and city-office visit
        // (the end-to-end journey records one).
        let waiting = matches!(worker.login_id, "siti.rahmawati" | "budi.putra")
            && matches!(
                kind,
                SupportKind::LifeOrientation | SupportKind::PublicProcedures
            );
        if waiting {
            continue;
        }
        // One record waits for the company (an.nguyen's housing), one for the worker
        // (maria.santos's orientation).
        let company_pending =
            worker.login_id == "an.nguyen" && kind == SupportKind::HousingAndContracts;
        let worker_pending =
            worker.login_id == "maria.santos" && kind == SupportKind::LifeOrientation;
        let delivered = shift(entry, after_entry)?;
        let acknowledged = (kind.needs_worker_acknowledgement() && !worker_pending)
            .then(|| morning(delivered, 1))
            .transpose()?;
        let confirmed = (!company_pending && !worker_pending)
            .then(|| morning(delivered, 3))
            .transpose()?;
        let status = if company_pending || worker_pending {
            SupportStatus::Done
        } else {
            SupportStatus::Confirmed
        };
        let delivery = DeliveryId::new_v7();
        execute!(tx: tx,
            "INSERT INTO support_deliveries (id, organization_id, support_id, delivered_on,
                    duration_minutes, delivered_by, language, mode, place, content,
                    recorded_by, acknowledged_by, acknowledged_at, confirmed_by,
                    confirmed_at, created_at)
             SELECT $1, organization_id, id, $2, $3, $4, $5, 'in_person', $6, $7, $8, $9,
                    $10, $11, $12, $13
             FROM supports WHERE worker_id = $14 AND kind = $15",
            delivery,
            delivered,
            minutes,
            people.officer_name,
            worker.locale,
            "さくら登録支援機関 本部",
            content,
            people.officer,
            acknowledged.map(|_| people.worker_user),
            acknowledged,
            confirmed.and(people.company_user),
            confirmed,
            morning(delivered, 0)?,
            worker_id,
            kind.code(),
        )?;
        execute!(tx: tx,
            "UPDATE supports SET status = $1, latest_delivery_id = $2, updated_by = $3,
                    version = 3
             WHERE worker_id = $4 AND kind = $5",
            status.code(),
            delivery,
            people.officer,
            worker_id,
            kind.code(),
        )?;
    }
    Ok(())
}
