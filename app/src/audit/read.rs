//! The audit log page's data: the filters checked, then the lines and the filters' choices.

use chrono::NaiveDate;

use super::{AuditFilter, AuditPage, db};
use crate::{
    db::Db,
    domain::{AuditAction, OrganizationId, UserId, WorkerId},
    error::AppError,
};

/// The filters of a request; an empty value is no filter, a value that is neither a known
/// action nor a date is a bad request (the page's own form only offers good ones).
pub fn filter(
    person: Option<UserId>,
    worker: Option<WorkerId>,
    action: Option<String>,
    from: Option<String>,
    to: Option<String>,
) -> Result<AuditFilter, AppError> {
    let given =
        |value: Option<String>| value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    let action = given(action)
        .map(|code| {
            AuditAction::from_code(&code)
                .map_err(|_| AppError::BadRequest("unknown audit action".to_owned()))
        })
        .transpose()?;
    let date = |value: Option<String>| {
        given(value)
            .map(|text| {
                NaiveDate::parse_from_str(&text, "%Y-%m-%d")
                    .map_err(|_| AppError::BadRequest("not a date".to_owned()))
            })
            .transpose()
    };
    Ok(AuditFilter {
        person,
        worker,
        action,
        from: date(from)?,
        to: date(to)?,
    })
}

pub async fn page(
    pool: &Db,
    organization_id: OrganizationId,
    filter: AuditFilter,
) -> Result<AuditPage, AppError> {
    Ok(AuditPage {
        lines: db::lines(pool, organization_id, &filter).await?,
        people: db::people(pool, organization_id).await?,
        workers: db::workers(pool, organization_id).await?,
        filter,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_values_are_no_filter_and_bad_ones_are_refused() {
        let blank = || Some("  ".to_owned());
        assert_eq!(
            filter(None, None, blank(), blank(), blank()).ok(),
            Some(AuditFilter::default())
        );
        let known = filter(
            None,
            None,
            Some("document.accepted".to_owned()),
            Some("2026-12-01".to_owned()),
            Some("2026-12-02".to_owned()),
        )
        .ok();
        assert_eq!(
            known.map(|f| (f.action, f.from, f.to)),
            Some((
                Some(AuditAction::DocumentAccepted),
                NaiveDate::from_ymd_opt(2026, 12, 1),
                NaiveDate::from_ymd_opt(2026, 12, 2),
            ))
        );
        for (action, from) in [
            ("'; DROP TABLE audit_log; --", ""),
            ("", "2026-13-01"),
            ("", "<script>"),
        ] {
            let refused = filter(
                None,
                None,
                Some(action.to_owned()),
                Some(from.to_owned()),
                None,
            );
            assert!(
                matches!(refused, Err(AppError::BadRequest(_))),
                "{action} {from}"
            );
        }
    }
}
