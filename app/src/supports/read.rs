//! The staff dashboard's data: what is due and overdue across the organization.

use crate::supports::{CompanyCount, DueItem, DueWhat, db::dashboard as db};
use crate::{
    auth::CurrentUser,
    domain::{
        BookingId, DUE_SOON_DAYS, EXPIRY_NOTICE_MONTHS, ExpiryAlert, FaceToFaceReason,
        InterviewStanding, SupportId, SupportKind, TOTAL_STAY_NOTICE_MONTHS,
        TOTAL_STAY_URGENT_MONTHS, expiry_alert, interview_standing, special_period_ends,
    },
    error::AppError,
    layout::{DESK_LINES, DeskAsk},
    locale::today_in_japan,
    state::app_state,
};

/// A delivery given late stays on the dashboard this long, for staff to explain it.
const LATE_LISTED_DAYS: u64 = 365;

/// The dashboard's columns, as the address names them; the first (the due date, soonest
/// first) is the default.
pub const DASHBOARD_SORTS: &[&str] = &["due", "worker", "company"];

/// Sorted by another column than the due date, the lines are sorted among the first this
/// many of each kind (five queries, each in due order, are merged here); the counts per
/// company and the total cover everything.
const SORT_WINDOW: i64 = 500;

pub async fn dashboard(
    user: &CurrentUser,
    filter: &crate::supports::DashboardFilter,
    ask: &DeskAsk,
) -> Result<crate::supports::StaffDashboard, AppError> {
    user.require_staff()?;
    let state = app_state()?;
    let companies = crate::workers::company_choices(user).await?;
    let officers =
        crate::organization::in_charge_candidates(&state.db, user.organization_id, None).await?;
    if ask.too_long {
        return Ok(crate::supports::StaffDashboard {
            today: today_in_japan(),
            total: 0,
            items: Vec::new(),
            per_company: Vec::new(),
            companies,
            officers,
            answer: ask.answer(0),
        });
    }
    let pattern = ask.pattern();
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
        pattern: pattern.as_deref(),
        employed_on: today,
    };
    let org = user.organization_id;
    // In due order each query's first lines are the merged list's first: no more needed.
    let lines = if ask.sort == 0 && !ask.descending {
        ask.offset() + DESK_LINES
    } else {
        SORT_WINDOW
    };
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
    let dates_missing = db::dates_missing(&state.db, org, today, f, lines).await?;
    let late_since = today
        .checked_sub_days(chrono::Days::new(LATE_LISTED_DAYS))
        .ok_or(AppError::Internal)?;
    let late = db::late_deliveries(&state.db, org, late_since, f, lines).await?;
    let face_to_face = db::face_to_face_missed(&state.db, org, late_since, f, lines).await?;
    let total_stay_until = today
        .checked_add_months(chrono::Months::new(TOTAL_STAY_NOTICE_MONTHS))
        .ok_or(AppError::Internal)?;
    let total_stays = db::expiring(
        &state.db,
        db::Expiring::TotalStay,
        org,
        total_stay_until,
        f,
        lines,
    )
    .await?;
    // Passports, reports and the ends of the 5 years are few next to supports: those
    // listed are all there are, up to the limit.
    let mut total = passports.len()
        + reports.len()
        + total_stays.len()
        + dates_missing.len()
        + late.len()
        + face_to_face.len();
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

    let mut per_company: Vec<CompanyCount> = Vec::new();
    // The company's line of the counts, added the first time the company is met.
    let line_of = |per_company: &mut Vec<CompanyCount>, company_id| match per_company
        .iter()
        .position(|c: &CompanyCount| c.company_id == company_id)
    {
        Some(at) => at,
        None => {
            let name = companies
                .iter()
                .find(|c| c.id == company_id)
                .map(|c| c.name.clone())
                .unwrap_or_default();
            per_company.push(CompanyCount {
                company_id,
                company_name: name,
                ..CompanyCount::default()
            });
            per_company.len() - 1
        }
    };
    for (row, is_card) in support_counts
        .iter()
        .chain(&supervisor_counts)
        .map(|r| (r, false))
        .chain(card_counts.iter().map(|r| (r, true)))
    {
        total += usize::try_from(row.total).unwrap_or(0);
        let at = line_of(&mut per_company, row.company_id);
        let count = &mut per_company[at];
        if is_card {
            count.cards_expiring = row.total;
        } else {
            count.overdue += row.overdue;
            count.booked += row.booked;
            count.due_soon += row.total - row.overdue - row.booked;
        }
    }
    // Passports, reports and the ends of the 5 years are counted from their lines, which
    // are all there are (a company's name is unique in its organization).
    for row in passports
        .iter()
        .chain(&reports)
        .chain(&total_stays)
        .chain(&dates_missing)
        .chain(&late)
    {
        if let Some(company) = companies.iter().find(|c| c.name == row.company_name) {
            let at = line_of(&mut per_company, company.id);
            per_company[at].other += 1;
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
        .chain(total_stays)
        .chain(dates_missing)
        .chain(late)
        .chain(face_to_face)
        .map(|row| {
            let late_kind = row.kind.as_deref().and_then(|k| k.strip_prefix("late:"));
            let missed = row
                .kind
                .as_deref()
                .and_then(|k| k.strip_prefix("face_to_face:"));
            let what = match (row.item_id, row.kind.as_deref()) {
                (Some(booking_id), Some(_)) if missed.is_some() => DueWhat::FaceToFaceMissed {
                    booking_id: BookingId::from_uuid(booking_id),
                    reason: missed.and_then(|r| FaceToFaceReason::from_code(r).ok()),
                },
                (Some(id), Some(_)) if late_kind.is_some() => DueWhat::LateDelivery {
                    id: SupportId::from_uuid(id),
                    kind: late_kind.and_then(|k| SupportKind::from_code(k).ok()),
                    title: row.title.clone(),
                },
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
                (None, Some("renewal_under_review")) => DueWhat::RenewalUnderReview,
                (None, Some("total_stay")) => DueWhat::TotalStayEnds,
                (None, Some("supervisor_interview")) => DueWhat::SupervisorInterview,
                (None, Some("dates_missing")) => DueWhat::DatesMissing,
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
                DueWhat::InterviewReport { .. } | DueWhat::DatesMissing => true,
                DueWhat::TotalStayEnds => row
                    .due_on
                    .checked_sub_months(chrono::Months::new(TOTAL_STAY_URGENT_MONTHS))
                    .is_some_and(|from| today > from),
                _ => false,
            };
            // Under review, the card's expiry is not overdue until the special period ends.
            let overdue = match what {
                DueWhat::RenewalUnderReview => {
                    special_period_ends(row.due_on).is_some_and(|last| today > last)
                }
                // Given, if late, or waiting for dates: neither is overdue.
                DueWhat::LateDelivery { .. }
                | DueWhat::DatesMissing
                | DueWhat::FaceToFaceMissed { .. } => false,
                _ => standing.map_or(row.due_on < today, InterviewStanding::overdue),
            };
            DueItem {
                what,
                urgent,
                overdue,
                booked_at: standing.and_then(InterviewStanding::booked_at),
                late: matches!(standing, Some(InterviewStanding::Booked { late: true, .. })),
                due_on: row.due_on,
                worker_id: row.worker_id,
                worker_name: row.worker_name,
                company_name: row.company_name,
            }
        })
        .collect();
    items.sort_by(|a, b| {
        let by_due = (a.due_on, &a.worker_name).cmp(&(b.due_on, &b.worker_name));
        match ask.sort {
            1 => a.worker_name.cmp(&b.worker_name).then(by_due),
            2 => a.company_name.cmp(&b.company_name).then(by_due),
            _ => by_due,
        }
    });
    if ask.descending {
        items.reverse();
    }
    let skip = usize::try_from(ask.offset()).unwrap_or(usize::MAX);
    let items: Vec<DueItem> = items
        .into_iter()
        .skip(skip)
        .take(usize::try_from(DESK_LINES).unwrap_or(50))
        .collect();
    let total_lines = i64::try_from(total).unwrap_or(i64::MAX);
    Ok(crate::supports::StaffDashboard {
        today,
        total,
        items,
        per_company,
        companies,
        officers,
        answer: ask.answer(total_lines),
    })
}
