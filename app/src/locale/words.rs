//! The words for the domain's enums, in a given language: the names of consultation
//! categories, documents and supports. Here, below the features, because several render
//! them: each feature's pages (through its `labels.rs`), the bell's list and the e-mails
//! (`notifications`), the homes' lists. Locale keys must be literal, hence one arm per value.

use leptos_i18n::td_string;

use crate::{
    domain::{ConsultationCategory, DocumentKind, SupportKind},
    i18n::Locale,
};

/// The name in a given language (notifications rendered for their reader).
pub fn consultation_category_name(locale: Locale, category: ConsultationCategory) -> String {
    use ConsultationCategory as C;
    match category {
        C::Work => td_string!(locale, consultation.category.work),
        C::Wages => td_string!(locale, consultation.category.wages),
        C::Hours => td_string!(locale, consultation.category.hours),
        C::Harassment => td_string!(locale, consultation.category.harassment),
        C::Housing => td_string!(locale, consultation.category.housing),
        C::Health => td_string!(locale, consultation.category.health),
        C::Money => td_string!(locale, consultation.category.money),
        C::Visa => td_string!(locale, consultation.category.visa),
        C::Other => td_string!(locale, consultation.category.other),
    }
    .to_string()
}

/// The name in a given language (e-mails, notifications rendered for their reader).
pub fn document_kind_name(locale: Locale, kind: DocumentKind) -> String {
    use DocumentKind as K;
    match kind {
        K::ResidenceCard => td_string!(locale, document.residence_card.name),
        K::Passport => td_string!(locale, document.passport.name),
        K::EmploymentContract => td_string!(locale, document.employment_contract.name),
        K::HealthCheck => td_string!(locale, document.health_check.name),
        K::SkillsTestCertificate => td_string!(locale, document.skills_test_certificate.name),
        K::JapaneseTestCertificate => td_string!(locale, document.japanese_test_certificate.name),
        K::TaxPensionInsurance => td_string!(locale, document.tax_pension_insurance.name),
        K::BankAccount => td_string!(locale, document.bank_account.name),
    }
    .to_string()
}

/// The name in a given language (e-mails, notifications rendered for their reader).
pub fn support_kind_name(locale: Locale, kind: SupportKind) -> String {
    match kind {
        SupportKind::PreEntryGuidance => td_string!(locale, support.pre_entry_guidance.name),
        SupportKind::AirportPickUp => td_string!(locale, support.airport_pick_up.name),
        SupportKind::DepartureSendOff => td_string!(locale, support.departure_send_off.name),
        SupportKind::HousingAndContracts => td_string!(locale, support.housing_and_contracts.name),
        SupportKind::LifeOrientation => td_string!(locale, support.life_orientation.name),
        SupportKind::PublicProcedures => td_string!(locale, support.public_procedures.name),
        SupportKind::JapaneseLearning => td_string!(locale, support.japanese_learning.name),
        SupportKind::Consultation => td_string!(locale, support.consultation.name),
        SupportKind::ExchangeWithJapanese => {
            td_string!(locale, support.exchange_with_japanese.name)
        }
        SupportKind::JobChange => td_string!(locale, support.job_change.name),
        SupportKind::PeriodicInterview => td_string!(locale, support.periodic_interview.name),
    }
    .to_string()
}
