//! The 16 fields (分野) of the Specified Skilled Worker status.

use serde::{Deserialize, Serialize};

use super::enum_codes;

/// An SSW field. Stored by its stable `code`; shown by its Japanese official name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SswField {
    NursingCare,
    BuildingCleaning,
    IndustrialProducts,
    Construction,
    Shipbuilding,
    AutomobileRepair,
    Aviation,
    Accommodation,
    AutomobileTransport,
    Railway,
    Agriculture,
    Fishery,
    FoodManufacturing,
    FoodService,
    Forestry,
    WoodIndustry,
}

enum_codes!(SswField, "field", {
    NursingCare => "nursing_care",
    BuildingCleaning => "building_cleaning",
    IndustrialProducts => "industrial_products",
    Construction => "construction",
    Shipbuilding => "shipbuilding",
    AutomobileRepair => "automobile_repair",
    Aviation => "aviation",
    Accommodation => "accommodation",
    AutomobileTransport => "automobile_transport",
    Railway => "railway",
    Agriculture => "agriculture",
    Fishery => "fishery",
    FoodManufacturing => "food_manufacturing",
    FoodService => "food_service",
    Forestry => "forestry",
    WoodIndustry => "wood_industry",
});

impl SswField {
    /// The official Japanese name of the field.
    pub fn name_ja(self) -> &'static str {
        match self {
            Self::NursingCare => "介護",
            Self::BuildingCleaning => "ビルクリーニング",
            Self::IndustrialProducts => "工業製品製造業",
            Self::Construction => "建設",
            Self::Shipbuilding => "造船・舶用工業",
            Self::AutomobileRepair => "自動車整備",
            Self::Aviation => "航空",
            Self::Accommodation => "宿泊",
            Self::AutomobileTransport => "自動車運送業",
            Self::Railway => "鉄道",
            Self::Agriculture => "農業",
            Self::Fishery => "漁業",
            Self::FoodManufacturing => "飲食料品製造業",
            Self::FoodService => "外食業",
            Self::Forestry => "林業",
            Self::WoodIndustry => "木材産業",
        }
    }

    /// New applications in 外食業 were suspended from 2026-04-13. The field is still shown:
    /// workers already in it stay, and staff must see why a new application is refused.
    pub fn accepts_new_applications_on(self, date: chrono::NaiveDate) -> bool {
        let suspended_from = chrono::NaiveDate::from_ymd_opt(2026, 4, 13);
        !(self == Self::FoodService && suspended_from.is_some_and(|from| date >= from))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn every_field_round_trips_through_its_code() {
        for field in SswField::ALL {
            assert_eq!(field.code().parse::<SswField>(), Ok(field));
        }
        assert!("cooking".parse::<SswField>().is_err());
    }

    #[test]
    fn there_are_sixteen_distinct_fields() {
        let mut codes: Vec<_> = SswField::ALL.iter().map(|f| f.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 16);
    }

    #[test]
    fn food_service_is_closed_to_new_applications_from_2026_04_13() {
        let day_before = NaiveDate::from_ymd_opt(2026, 4, 12).unwrap();
        let first_day = NaiveDate::from_ymd_opt(2026, 4, 13).unwrap();
        assert!(SswField::FoodService.accepts_new_applications_on(day_before));
        assert!(!SswField::FoodService.accepts_new_applications_on(first_day));
        assert!(SswField::NursingCare.accepts_new_applications_on(first_day));
    }
}
