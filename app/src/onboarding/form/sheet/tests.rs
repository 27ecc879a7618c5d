//! The sheet's rules on files made here: in UTF-8 and in CP932, with Japanese names and
//! addresses, a bad row named by its line and column, and the limits.

use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default()
}

const HEADER: &str = "所属機関の法人番号,所属機関の名称,特定産業分野,氏（ローマ字）,名（ローマ字）,氏名（カタカナ）,国籍（ISOコード）,表示言語,生年月日,性別,在留カード番号,在留期間満了日,業務区分,理解できる言語";

fn row(card: &str) -> String {
    format!(
        "7000012050002,株式会社ふじ建設,建設,nguyen,van an,グエン ヴァン アン,VN,vi,1998/3/14,男,{card},2027/01/20,building,Tiếng Việt、日本語"
    )
}

fn cp932(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::SHIFT_JIS.encode(text);
    // Vietnamese marks are outside CP932: such a sheet is saved as UTF-8.
    assert!(!unmappable, "{text}");
    bytes.into_owned()
}

#[test]
fn a_cp932_sheet_with_japanese_names_and_addresses_is_read() {
    let text = format!(
        "{HEADER}\r\n7000012050002,㈱ふじ建設,建設,PUTRA,BUDI,プトラ ブディ,ID,id,1999/01/09,男性,UH45678901ID,2027/2/2,building,Bahasa Indonesia\r\n"
    );
    let rows = read_sheet(&cp932(&text), today()).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(rows.len(), 1);
    let r = &rows[0];
    assert_eq!(r.line, 2);
    assert_eq!(r.company.name, "㈱ふじ建設");
    assert_eq!(r.company.field, "construction");
    assert_eq!(r.company.corporate_number.as_deref(), Some("7000012050002"));
    assert_eq!(
        (r.family_name.as_str(), r.given_name.as_str()),
        ("PUTRA", "BUDI")
    );
    assert_eq!(
        r.identity.name_katakana.as_deref(),
        Some("プトラ\u{3000}ブディ")
    );
    assert_eq!(r.identity.birth_date, NaiveDate::from_ymd_opt(1999, 1, 9));
    assert_eq!(r.identity.sex.as_deref(), Some("male"));
    assert_eq!(
        r.identity.residence_card_number.as_deref(),
        Some("UH45678901ID")
    );
    assert_eq!(r.card_expiry, NaiveDate::from_ymd_opt(2027, 2, 2));
}

#[test]
fn the_template_reads_back_as_one_good_row() {
    let rows = read_sheet(&template_csv(), today()).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(rows.len(), 1);
    assert_eq!(
        rows[0].identity.languages.as_deref(),
        Some("Tiếng Việt\n日本語")
    );
    assert_eq!(rows[0].preferred_locale, "vi");
}

#[test]
fn every_bad_cell_is_named_by_its_line_and_column() {
    let text = [
        HEADER.to_owned(),
        row("UH12345678VN"),
        // A card number of the wrong shape.
        row("UH1234VN"),
        // A field no one knows, and no family name.
        "7000012050002,株式会社ふじ建設,宇宙,,BUDI,,ID,id,,,UH45678901ID,,,".to_owned(),
        // A corporate number with a bad check digit.
        row("UH99999999VN").replacen("7000012050002", "7000012050003", 1),
        // The first row's card again.
        row("UH12345678VN"),
        // A job category (業務区分) that is not one of the field's.
        row("UH77777777VN").replace(",building,", ",宇宙飛行,"),
    ]
    .join("\n");
    let Err(SheetProblem::Rows(problems)) = read_sheet(text.as_bytes(), today()) else {
        panic!("the bad rows are refused");
    };
    let found: Vec<(u64, &str, &str)> = problems
        .iter()
        .map(|p| (p.line, p.column, p.key.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (3, "residence_card_number", "identity.err_card_number"),
            (4, "family_name", "onboarding.err_required"),
            (4, "field", "companies.err_field"),
            (5, "corporate_number", "companies.err_check_digit"),
            (6, "residence_card_number", "onboarding.err_card_twice"),
            (7, "job_category", "identity.err_job_category"),
        ]
    );
}

#[test]
fn one_corporate_number_with_two_names_is_refused() {
    let other = row("UH22222222VN").replacen("株式会社ふじ建設", "株式会社ふじ", 1);
    let text = [HEADER.to_owned(), row("UH11111111VN"), other].join("\n");
    let Err(SheetProblem::Rows(problems)) = read_sheet(text.as_bytes(), today()) else {
        panic!("refused");
    };
    assert_eq!(problems.len(), 1);
    assert_eq!(
        (problems[0].line, problems[0].key.as_str()),
        (3, "onboarding.err_company_differs")
    );
}

#[test]
fn a_missing_column_an_empty_sheet_and_too_many_rows_are_refused() {
    let without_card = HEADER.replace(",在留カード番号", "");
    assert_eq!(
        read_sheet(without_card.as_bytes(), today()).err(),
        Some(SheetProblem::MissingColumns(vec!["residence_card_number"]))
    );
    // Codes only, and the template's "label (code)", are headers too.
    let codes: Vec<&str> = HEADER
        .split(',')
        .filter_map(|label| COLUMNS.iter().find(|c| c.label == label).map(|c| c.code))
        .collect();
    let text = format!("{}\n{}", codes.join(","), row("UH12345678VN"));
    assert_eq!(
        read_sheet(text.as_bytes(), today()).map(|r| r.len()).ok(),
        Some(1)
    );
    // A header and empty lines only.
    let text = format!("{HEADER}\n,,,,\n\n");
    assert_eq!(
        read_sheet(text.as_bytes(), today()).err(),
        Some(SheetProblem::Empty)
    );
    let mut text = HEADER.to_owned();
    for n in 0..=IMPORT_MAX_ROWS {
        text.push('\n');
        text.push_str(&row(&format!("UH{n:08}VN")));
    }
    assert_eq!(
        read_sheet(text.as_bytes(), today()).err(),
        Some(SheetProblem::TooManyRows)
    );
}

#[test]
fn a_file_that_is_no_text_or_broken_csv_is_refused() {
    assert_eq!(
        read_sheet(b"PK\x03\x04\x00\x00", today()).err(),
        Some(SheetProblem::NotText)
    );
    let text = format!("{HEADER}\n\"unclosed,{}", row("UH12345678VN"));
    assert!(matches!(
        read_sheet(text.as_bytes(), today()).err(),
        Some(SheetProblem::Malformed { .. } | SheetProblem::Rows(_))
    ));
}
