//! The staff dashboard's data: what is due and overdue across the organization.

use crate::supports::{CompanyCount, DueItem, DueWhat, db::dashboard as db};
use crate::{
    auth::CurrentUser,
    domain::{
        BookingId, DUE_SOON_DAYS, EXPIRY_NOTICE_MONTHS, ExpiryAlert, InterviewStanding, SupportId,
        SupportKind, expiry_alert, interview_standing,
    },
    error::AppError,
    locale::today_in_japan,
    state::app_state,
};

/// At most this many lines on the dashboard (the most urgent; filters narrow it down); the
/// counts per company cover everything.
const DASHBOARD_LINES: usize = 100;

pub async fn dashboard(
    user: &CurrentUser,
    filter: &crate::supports::DashboardFilter,
) -> Result<crate::supports::StaffDashboard, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let today = today_in_japan();
    let support_until = today
        .checked_add_days(chrono::Days::new(DUE_SOON_DAYS))
        .ok_or(AppError::Internal)?;
    let card_until = today
        .checked_add_months(chrono::Months::new(EXPIRY_NOTICE_MONTHS))
        .ok_or(AppError::Internal)?;
    let f = db::Filter {
        company_id: filter.company,
        field: filter.field.as_deref(),
        officer_id: filter.officer,
    };
    let org = user.organization_id;
    let lines = i64::try_from(DASHBOARD_LINES).unwrap_or(i64::MAX);
    let supports = db::due_supports(&state.db, org, support_until, f, lines).await?;
    let cards = db::expiring(
        &state.db,
        db::Expiring::ResidenceCard,
        org,
        card_until,
        f,
        lines,
    )
    .await?;
    let passports =
        db::expiring(&state.db, db::Expiring::Passport, org, card_until, f, lines).await?;
    let supervisors = db::expiring(
        &state.db,
        db::Expiring::SupervisorInterview,
        org,
        support_until,
        f,
        lines,
    )
    .await?;
    let reports = db::reports_to_send(&state.db, org, today, f, lines).await?;
    // Passports and reports are few next to supports: those listed are all there are, up
    // to the limit.
    let mut total = passports.len() + reports.len();
    let support_counts = db::due_support_counts(&state.db, org, today, support_until, f).await?;
    let supervisor_counts = db::worker_date_counts(
        &state.db,
        db::Expiring::SupervisorInterview,
        org,
        today,
        support_until,
        f,
    )
    .await?;
    let card_counts = db::worker_date_counts(
        &state.db,
        db::Expiring::ResidenceCard,
        org,
        today,
        card_until,
        f,
    )
    .await?;
    let companies = crate::workers::company_choices(user).await?;

    let mut per_company: Vec<CompanyCount> = Vec::new();
    for (row, is_card) in support_counts
        .iter()
        .chain(&supervisor_counts)
        .map(|r| (r, false))
        .chain(card_counts.iter().map(|r| (r, true)))
    {
        total += usize::try_from(row.total).unwrap_or(0);
        let at = match per_company
            .iter()
            .position(|c| c.company_id == row.company_id)
        {
            Some(at) => at,
            None => {
                let name = companies
                    .iter()
                    .find(|c| c.id == row.company_id)
                    .map(|c| c.name.clone())
                    .unwrap_or_default();
                per_company.push(CompanyCount {
                    company_id: row.company_id,
                    company_name: name,
                    ..CompanyCount::default()
                });
                per_company.len() - 1
            }
        };
        let count = &mut per_company[at];
        if is_card {
            count.cards_expiring = row.total;
        } else {
            count.overdue += row.overdue;
            count.booked += row.booked;
            count.due_soon += row.total - row.overdue - row.booked;
        }
    }
    per_company.sort_by(|a, b| {
        (b.overdue, b.due_soon, b.cards_expiring, &a.company_name).cmp(&(
            a.overdue,
            a.due_soon,
            a.cards_expiring,
            &b.company_name,
        ))
    });

    // Both lists come sorted by date: merge them, most urgent first, up to the limit.
    let mut items: Vec<DueItem> = supports
        .into_iter()
        .chain(cards)
        .chain(passports)
        .chain(supervisors)
        .chain(reports)
        .map(|row| {
            let what = match (row.item_id, row.kind.as_deref()) {
                (Some(booking_id), Some("interview_report")) => DueWhat::InterviewReport {
                    booking_id: BookingId::from_uuid(booking_id),
                },
                (Some(id), _) => DueWhat::Support {
                    id: SupportId::from_uuid(id),
                    kind: row
                        .kind
                        .as_deref()
                        .and_then(|k| SupportKind::from_code(k).ok()),
                    title: row.title,
                },
                (None, Some("passport")) => DueWhat::PassportExpiry,
                (None, Some("supervisor_interview")) => DueWhat::SupervisorInterview,
                (None, _) => DueWhat::CardExpiry,
            };
            let interview = matches!(
                what,
                DueWhat::SupervisorInterview
                    | DueWhat::Support {
                        kind: Some(SupportKind::PeriodicInterview),
                        ..
                    }
            );
            // An interview that is booked is listed as booked, never as overdue.
            let standing = interview.then(|| interview_standing(row.due_on, row.booked_at, today));
            let urgent = match what {
                DueWhat::CardExpiry | DueWhat::PassportExpiry => {
                    expiry_alert(row.due_on, today) == ExpiryAlert::WithinTwoWeeks
                }
                DueWhat::InterviewReport { .. } => true,
                _ => false,
            };
            DueItem {
                what,
                urgent,
                overdue: standing.map_or(row.due_on < today, InterviewStanding::overdue),
                booked_at: standing.and_then(InterviewStanding::booked_at),
                late: matches!(standing, Some(InterviewStanding::Booked { late: true, .. })),
                due_on: row.due_on,
                worker_id: row.worker_id,
                worker_name: row.worker_name,
                company_name: row.company_name,
            }
        })
        .collect();
    items.sort_by(|a, b| (a.due_on, &a.worker_name).cmp(&(b.due_on, &b.worker_name)));
    items.truncate(DASHBOARD_LINES);

    let officers = crate::workers::officers(&state.db, org).await?;
    Ok(crate::supports::StaffDashboard {
        today,
        total,
        items,
        per_company,
        companies,
        officers,
    })
}
