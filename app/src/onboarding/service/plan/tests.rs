//! A sheet's rows against the organization's records: companies found by corporate
//! number (else by a name without one), each once; workers found by card number; the
//! conflicts only the records show.

use super::*;
use crate::companies::CompanyFields;
use crate::workers::IdentityColumns;

fn company_id(n: u128) -> CompanyId {
    CompanyId::from_uuid(uuid::Uuid::from_u128(n))
}

fn worker_id(n: u128) -> WorkerId {
    WorkerId::from_uuid(uuid::Uuid::from_u128(n))
}

fn row(line: u64, number: Option<&str>, name: &str, card: &str) -> ImportRow {
    ImportRow {
        line,
        company: CompanyFields {
            name: name.to_owned(),
            field: "construction".to_owned(),
            corporate_number: number.map(str::to_owned),
            ..CompanyFields::default()
        },
        family_name: "NGUYEN".to_owned(),
        given_name: "AN".to_owned(),
        nationality: "VN".to_owned(),
        preferred_locale: "vi".to_owned(),
        identity: IdentityColumns {
            residence_card_number: Some(card.to_owned()),
            ..IdentityColumns::default()
        },
        card_expiry: None,
    }
}

fn key(n: u128, name: &str, field: &str, number: Option<&str>) -> CompanyKey {
    CompanyKey {
        id: company_id(n),
        name: name.to_owned(),
        field: field.to_owned(),
        corporate_number: number.map(str::to_owned),
    }
}

#[test]
fn a_company_of_many_rows_is_added_once_and_a_known_card_is_found() {
    let rows = [
        row(2, Some("7000012050002"), "株式会社ふじ建設", "UH12345678VN"),
        row(3, Some("7000012050002"), "株式会社ふじ建設", "UH12345679VN"),
        row(4, Some("1234567890123"), "株式会社さくら", "UH12345670VN"),
    ];
    let known = [key(
        1,
        "株式会社さくら",
        "construction",
        Some("1234567890123"),
    )];
    let cards = HashMap::from([("UH12345679VN".to_owned(), worker_id(9))]);
    let ((fates, companies), problems) = fates(&rows, &known, &cards);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(companies.len(), 2);
    assert!(matches!(companies[0], CompanyFate::New));
    assert!(matches!(companies[1], CompanyFate::Found { id, .. } if id == company_id(1)));
    let by_row: Vec<(usize, Option<WorkerId>)> =
        fates.iter().map(|f| (f.company, f.worker)).collect();
    assert_eq!(by_row, vec![(0, None), (0, Some(worker_id(9))), (1, None)]);
}

#[test]
fn a_company_without_a_number_is_found_by_its_name() {
    let rows = [row(2, None, "有限会社みどり農園", "UH12345678VN")];
    let known = [key(3, "有限会社みどり農園", "construction", None)];
    let ((_, companies), problems) = fates(&rows, &known, &HashMap::new());
    assert!(problems.is_empty());
    assert!(matches!(companies[0], CompanyFate::Found { id, .. } if id == company_id(3)));
}

#[test]
fn a_known_company_with_another_field_is_the_rows_problem() {
    let rows = [row(
        5,
        Some("7000012050002"),
        "株式会社ふじ建設",
        "UH12345678VN",
    )];
    let known = [key(
        1,
        "株式会社ふじ建設",
        "agriculture",
        Some("7000012050002"),
    )];
    let (_, problems) = fates(&rows, &known, &HashMap::new());
    assert_eq!(
        problems,
        vec![RowProblem {
            line: 5,
            column: "field",
            key: "onboarding.err_company_field".to_owned(),
        }]
    );
}

#[test]
fn a_name_taken_under_another_number_is_the_rows_problem() {
    let rows = [row(
        2,
        Some("7000012050002"),
        "株式会社さくら",
        "UH12345678VN",
    )];
    let known = [key(
        1,
        "株式会社さくら",
        "construction",
        Some("1234567890123"),
    )];
    let (_, problems) = fates(&rows, &known, &HashMap::new());
    assert_eq!(problems.len(), 1);
    assert_eq!(
        (
            problems[0].line,
            problems[0].column,
            problems[0].key.as_str()
        ),
        (2, "company_name", "companies.err_name_taken")
    );
}
