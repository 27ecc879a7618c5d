//! The demo's master data (issue 20): each company's record and workplace, and each
//! worker's identity, status and stay, so that a fresh `scripts/run` shows the forms'
//! facts and the stay warnings. Written through the same columns the pages keep; the
//! numbers are fictional but of the right shape (the corporate numbers' check digits are
//! right, which the tests check).

use chrono::{Days, Months, NaiveDate, Utc};

use super::SeedError;
use crate::{
    db::{Tx, execute},
    domain::{CompanyId, OrganizationId, WorkerId, WorkplaceId, total_stay},
};

pub(super) struct CompanyFacts {
    pub(super) corporate_number: &'static str,
    pub(super) postal_code: &'static str,
    pub(super) address: &'static str,
    pub(super) representative: &'static str,
    pub(super) phone: &'static str,
    pub(super) entrusted_on: (i32, u32, u32),
    pub(super) workplace: &'static str,
    pub(super) workplace_address: &'static str,
}

/// In the order of `data::COMPANIES`.
pub(super) const COMPANY_FACTS: [CompanyFacts; 3] = [
    CompanyFacts {
        corporate_number: "9180005012345",
        postal_code: "1500001",
        address: "東京都渋谷区神宮前1-2-3",
        representative: "青空 一郎",
        phone: "03-1111-2222",
        entrusted_on: (2024, 4, 1),
        workplace: "特別養護老人ホーム あおぞら",
        workplace_address: "東京都渋谷区神宮前1-2-5",
    },
    CompanyFacts {
        corporate_number: "2318001067890",
        postal_code: "2310023",
        address: "神奈川県横浜市中区山下町10-1",
        representative: "港 次郎",
        phone: "045-333-4444",
        entrusted_on: (2024, 9, 1),
        workplace: "みなと食堂 山下町店",
        workplace_address: "神奈川県横浜市中区山下町10-1",
    },
    CompanyFacts {
        corporate_number: "3518001024680",
        postal_code: "4600008",
        address: "愛知県名古屋市中区栄3-4-5",
        representative: "富士 三郎",
        phone: "052-555-6666",
        entrusted_on: (2025, 10, 1),
        workplace: "ふじ建設 名古屋資材センター",
        workplace_address: "愛知県名古屋市港区港明1-1-1",
    },
];

pub(super) struct WorkerFacts {
    pub(super) katakana: &'static str,
    pub(super) birth: (i32, u32, u32),
    pub(super) sex: &'static str,
    pub(super) card: &'static str,
    pub(super) passport: &'static str,
    pub(super) passport_expiry: (i32, u32, u32),
    pub(super) postal_code: &'static str,
    pub(super) address: &'static str,
    pub(super) job_category: &'static str,
    pub(super) languages: &'static str,
    /// Months on 特定技能1号 before today, when longer than since the entry (a worker who
    /// came from another employer): close to the 5 years.
    pub(super) months_on_ssw: Option<u32>,
    /// A renewal applied for this many days before the card's expiry, under review.
    pub(super) renewal_days_before_expiry: Option<u64>,
    /// A former worker: the contract ended this many months ago, the worker resigned.
    pub(super) resigned_months_ago: Option<u32>,
}

/// In the order of `data::WORKERS`.
pub(super) const WORKER_FACTS: [WorkerFacts; 9] = [
    WorkerFacts {
        katakana: "グエン ヴァン アン",
        birth: (1998, 3, 14),
        sex: "male",
        card: "UH12345678VN",
        passport: "C1234567",
        passport_expiry: (2032, 2, 1),
        postal_code: "1500001",
        address: "東京都渋谷区神宮前2-1-1 あおぞら寮201",
        job_category: "nursing_care",
        languages: "Tiếng Việt\n日本語",
        months_on_ssw: None,
        renewal_days_before_expiry: None,
        resigned_months_ago: None,
    },
    WorkerFacts {
        katakana: "チャン ティ ビン",
        birth: (1996, 11, 2),
        sex: "female",
        card: "UH23456789VN",
        passport: "C2345678",
        passport_expiry: (2031, 6, 30),
        postal_code: "2310023",
        address: "神奈川県横浜市中区山下町12-3 101",
        job_category: "food_service",
        languages: "Tiếng Việt\nEnglish",
        months_on_ssw: None,
        renewal_days_before_expiry: None,
        resigned_months_ago: None,
    },
    WorkerFacts {
        katakana: "ラフマワティ シティ",
        birth: (2000, 7, 21),
        sex: "female",
        card: "UH34567890ID",
        passport: "E1234567",
        passport_expiry: (2030, 5, 19),
        postal_code: "1500001",
        address: "東京都渋谷区神宮前2-1-1 あおぞら寮202",
        job_category: "nursing_care",
        languages: "Bahasa Indonesia\nBahasa Jawa",
        months_on_ssw: None,
        // Her card expires this month: the renewal is under review (the special period).
        renewal_days_before_expiry: Some(30),
        resigned_months_ago: None,
    },
    WorkerFacts {
        katakana: "プトラ ブディ",
        birth: (1999, 1, 9),
        sex: "male",
        card: "UH45678901ID",
        passport: "E2345678",
        passport_expiry: (2033, 1, 8),
        postal_code: "4550055",
        address: "愛知県名古屋市港区品川町2-3 ふじ寮1号",
        job_category: "building",
        languages: "Bahasa Indonesia",
        months_on_ssw: None,
        renewal_days_before_expiry: None,
        resigned_months_ago: None,
    },
    WorkerFacts {
        katakana: "アウン コー コー",
        birth: (1997, 5, 30),
        sex: "male",
        card: "UH56789012MM",
        passport: "MA123456",
        passport_expiry: (2029, 9, 10),
        postal_code: "4550055",
        address: "愛知県名古屋市港区品川町2-3 ふじ寮2号",
        job_category: "civil_engineering",
        languages: "မြန်မာဘာသာ\nEnglish",
        months_on_ssw: None,
        renewal_days_before_expiry: None,
        resigned_months_ago: None,
    },
    WorkerFacts {
        katakana: "サントス マリア",
        birth: (1990, 12, 25),
        sex: "female",
        card: "UH67890123PH",
        passport: "P1234567A",
        passport_expiry: (2031, 3, 3),
        postal_code: "1500001",
        address: "東京都渋谷区神宮前3-5-8 コーポ神宮前105",
        job_category: "nursing_care",
        languages: "Tagalog\nEnglish\nភាសាខ្មែរ",
        // With another employer before this one: under 12 months of the 5 years left.
        months_on_ssw: Some(52),
        renewal_days_before_expiry: None,
        resigned_months_ago: None,
    },
    WorkerFacts {
        katakana: "グルン ビシュヌ",
        birth: (2001, 4, 18),
        sex: "male",
        card: "UH78901234NP",
        passport: "PA1234567",
        passport_expiry: (2034, 4, 1),
        postal_code: "2310023",
        address: "神奈川県横浜市中区山下町12-3 102",
        job_category: "food_service",
        languages: "नेपाली\nहिन्दी",
        months_on_ssw: None,
        renewal_days_before_expiry: None,
        resigned_months_ago: None,
    },
    WorkerFacts {
        katakana: "リ ウェイ",
        birth: (1995, 8, 8),
        sex: "male",
        card: "UH89012345CN",
        passport: "EA1234567",
        passport_expiry: (2030, 8, 8),
        postal_code: "4550055",
        address: "愛知県名古屋市港区品川町2-3 ふじ寮3号",
        job_category: "building",
        languages: "中文\nภาษาไทย",
        months_on_ssw: None,
        renewal_days_before_expiry: None,
        resigned_months_ago: None,
    },
    WorkerFacts {
        katakana: "セーターン ソムチャイ",
        birth: (1994, 2, 14),
        sex: "male",
        card: "UH90123456TH",
        passport: "AA1234567",
        passport_expiry: (2031, 10, 1),
        postal_code: "2310023",
        address: "神奈川県横浜市中区山下町12-3 103",
        job_category: "food_service",
        languages: "ภาษาไทย\nEnglish",
        months_on_ssw: None,
        renewal_days_before_expiry: None,
        // He resigned (自己都合退職): no job-change support; kept 1 year after the end.
        resigned_months_ago: Some(2),
    },
];

fn date((y, m, d): (i32, u32, u32)) -> Result<NaiveDate, SeedError> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or(SeedError::Date)
}

/// A company's record and its one workplace; returns the workplace.
pub(super) async fn seed_company(
    tx: &mut Tx,
    org_id: OrganizationId,
    company_id: CompanyId,
    facts: &CompanyFacts,
) -> Result<WorkplaceId, SeedError> {
    let now = Utc::now();
    let entrusted: Vec<&str> = crate::domain::SupportKind::ALL
        .iter()
        .map(|k| k.code())
        .collect();
    execute!(tx: tx,
        "UPDATE companies SET corporate_number = $2, postal_code = $3, address = $4,
                representative = $5, phone = $6, entrusted_on = $7, entrusted_supports = $8
         WHERE id = $1",
        company_id, facts.corporate_number, facts.postal_code, facts.address,
        facts.representative, facts.phone, date(facts.entrusted_on)?, entrusted.join("\n"),
    )?;
    let workplace = WorkplaceId::new_v7();
    execute!(tx: tx,
        "INSERT INTO company_workplaces (id, organization_id, company_id, name, address,
                                         created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6)",
        workplace, org_id, company_id, facts.workplace, facts.workplace_address, now,
    )?;
    Ok(workplace)
}

/// A worker's identity, status and stay.
pub(super) async fn seed_worker(
    tx: &mut Tx,
    org_id: OrganizationId,
    worker_id: WorkerId,
    workplace: WorkplaceId,
    (entry, expiry): (NaiveDate, NaiveDate),
    facts: &WorkerFacts,
    today: NaiveDate,
) -> Result<(), SeedError> {
    let first = match facts.months_on_ssw {
        Some(months) => today.checked_sub_months(Months::new(months)),
        None => Some(entry),
    }
    .ok_or(SeedError::Date)?;
    let limit = total_stay(first, &[], today).map(|t| t.limit_on);
    // A period of one year, the card's expiry its last day.
    let granted = expiry
        .checked_sub_months(Months::new(12))
        .and_then(|d| d.checked_add_days(Days::new(1)))
        .ok_or(SeedError::Date)?;
    let renewal = facts
        .renewal_days_before_expiry
        .map(|days| {
            expiry
                .checked_sub_days(Days::new(days))
                .ok_or(SeedError::Date)
        })
        .transpose()?;
    execute!(tx: tx,
        "UPDATE workers SET name_katakana = $2, birth_date = $3, sex = $4,
                residence_card_number = $5, passport_number = $6, passport_expiry = $7,
                postal_code = $8, address = $9, job_category = $10, languages = $11,
                workplace_id = $12, stay_granted_on = $13, ssw_first_entered_on = $14,
                total_stay_ends_on = $15, renewal_applied_on = $16, contract_started_on = $17
         WHERE id = $1",
        worker_id, facts.katakana.replace(' ', "\u{3000}"), date(facts.birth)?, facts.sex,
        facts.card, facts.passport, date(facts.passport_expiry)?, facts.postal_code,
        facts.address, facts.job_category, facts.languages, workplace, granted, first, limit,
        renewal, entry,
    )?;
    if let Some(months) = facts.resigned_months_ago {
        let ended = today
            .checked_sub_months(Months::new(months))
            .ok_or(SeedError::Date)?;
        execute!(tx: tx,
            "UPDATE workers SET contract_ended_on = $2, employment_end_reason = $3 WHERE id = $1",
            worker_id, ended, crate::domain::EmploymentEndReason::Resigned.code(),
        )?;
    }
    if let Some(applied_on) = renewal {
        let now = Utc::now();
        execute!(tx: tx,
            "INSERT INTO worker_renewals (id, organization_id, worker_id, expiry, applied_on,
                                          created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $6)",
            crate::domain::RenewalId::new_v7(), org_id, worker_id, expiry, applied_on, now,
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        CorporateNumber, JobCategory, ResidenceCardNumber, Sex, SswField, category_of_field,
        parse_katakana_name, parse_passport_number, parse_postal_code,
    };

    #[test]
    fn the_demo_facts_pass_the_rules_the_forms_apply() {
        for c in &COMPANY_FACTS {
            assert!(
                CorporateNumber::parse(c.corporate_number).is_ok(),
                "{}",
                c.corporate_number
            );
            assert!(parse_postal_code(c.postal_code).is_ok());
        }
        for (w, demo) in WORKER_FACTS.iter().zip(&super::super::data::WORKERS) {
            assert!(ResidenceCardNumber::parse(w.card).is_some(), "{}", w.card);
            assert!(parse_passport_number(w.passport).is_ok(), "{}", w.passport);
            assert!(parse_katakana_name(w.katakana).is_ok(), "{}", w.katakana);
            assert!(Sex::from_code(w.sex).is_ok());
            let field: SswField = super::super::data::COMPANIES[demo.company].field;
            assert!(
                category_of_field(field, w.job_category).is_some(),
                "{} is not of {field:?}",
                w.job_category
            );
            assert!(JobCategory::from_code(w.job_category).is_ok());
        }
    }
}
