//! The job categories (業務区分) of each SSW field: what a worker is permitted to do, as the
//! residence card's 指定書 and every filing name it.
//!
//! Source: the 分野別運用方針 and 分野別運用要領 as revised 2024-03-29 (the fields 自動車運送業,
//! 鉄道, 林業 and 木材産業 added; 工業製品製造業 in 10 categories, 造船・舶用工業 in 3) and the
//! Immigration Services Agency's list of fields and categories. A field with one category
//! has the field's name.

use serde::{Deserialize, Serialize};

use super::{SswField, enum_codes};

/// One 業務区分. Stored by its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobCategory {
    NursingCare,
    BuildingCleaning,
    MachiningAndMetalworking,
    ElectricalAndElectronicAssembly,
    MetalSurfaceTreatment,
    PaperContainersAndCardboardBoxes,
    ConcreteProducts,
    Rpf,
    Ceramics,
    PrintingAndBookbinding,
    TextileProducts,
    Sewing,
    CivilEngineering,
    Building,
    LifelinesAndFacilities,
    Shipbuilding,
    MarineMachinery,
    MarineElectricalAndElectronicEquipment,
    AutomobileRepair,
    GroundHandling,
    AircraftMaintenance,
    Accommodation,
    TruckDriver,
    TaxiDriver,
    BusDriver,
    TrackMaintenance,
    ElectricalFacilitiesMaintenance,
    RollingStockMaintenance,
    RollingStockManufacturing,
    TransportStaff,
    CropFarming,
    LivestockFarming,
    Fishing,
    Aquaculture,
    FoodManufacturing,
    FoodService,
    Forestry,
    WoodIndustry,
}

enum_codes!(JobCategory, "job_category", {
    NursingCare => "nursing_care",
    BuildingCleaning => "building_cleaning",
    MachiningAndMetalworking => "machining_metalworking",
    ElectricalAndElectronicAssembly => "electrical_electronic_assembly",
    MetalSurfaceTreatment => "metal_surface_treatment",
    PaperContainersAndCardboardBoxes => "paper_containers_cardboard",
    ConcreteProducts => "concrete_products",
    Rpf => "rpf",
    Ceramics => "ceramics",
    PrintingAndBookbinding => "printing_bookbinding",
    TextileProducts => "textile_products",
    Sewing => "sewing",
    CivilEngineering => "civil_engineering",
    Building => "building",
    LifelinesAndFacilities => "lifelines_facilities",
    Shipbuilding => "shipbuilding",
    MarineMachinery => "marine_machinery",
    MarineElectricalAndElectronicEquipment => "marine_electrical_electronic",
    AutomobileRepair => "automobile_repair",
    GroundHandling => "ground_handling",
    AircraftMaintenance => "aircraft_maintenance",
    Accommodation => "accommodation",
    TruckDriver => "truck_driver",
    TaxiDriver => "taxi_driver",
    BusDriver => "bus_driver",
    TrackMaintenance => "track_maintenance",
    ElectricalFacilitiesMaintenance => "electrical_facilities_maintenance",
    RollingStockMaintenance => "rolling_stock_maintenance",
    RollingStockManufacturing => "rolling_stock_manufacturing",
    TransportStaff => "transport_staff",
    CropFarming => "crop_farming",
    LivestockFarming => "livestock_farming",
    Fishing => "fishing",
    Aquaculture => "aquaculture",
    FoodManufacturing => "food_manufacturing",
    FoodService => "food_service",
    Forestry => "forestry",
    WoodIndustry => "wood_industry",
});

impl JobCategory {
    /// The field the category belongs to.
    pub fn field(self) -> SswField {
        use JobCategory as J;
        use SswField as F;
        match self {
            J::NursingCare => F::NursingCare,
            J::BuildingCleaning => F::BuildingCleaning,
            J::MachiningAndMetalworking
            | J::ElectricalAndElectronicAssembly
            | J::MetalSurfaceTreatment
            | J::PaperContainersAndCardboardBoxes
            | J::ConcreteProducts
            | J::Rpf
            | J::Ceramics
            | J::PrintingAndBookbinding
            | J::TextileProducts
            | J::Sewing => F::IndustrialProducts,
            J::CivilEngineering | J::Building | J::LifelinesAndFacilities => F::Construction,
            J::Shipbuilding | J::MarineMachinery | J::MarineElectricalAndElectronicEquipment => {
                F::Shipbuilding
            }
            J::AutomobileRepair => F::AutomobileRepair,
            J::GroundHandling | J::AircraftMaintenance => F::Aviation,
            J::Accommodation => F::Accommodation,
            J::TruckDriver | J::TaxiDriver | J::BusDriver => F::AutomobileTransport,
            J::TrackMaintenance
            | J::ElectricalFacilitiesMaintenance
            | J::RollingStockMaintenance
            | J::RollingStockManufacturing
            | J::TransportStaff => F::Railway,
            J::CropFarming | J::LivestockFarming => F::Agriculture,
            J::Fishing | J::Aquaculture => F::Fishery,
            J::FoodManufacturing => F::FoodManufacturing,
            J::FoodService => F::FoodService,
            J::Forestry => F::Forestry,
            J::WoodIndustry => F::WoodIndustry,
        }
    }

    /// The official Japanese name, as on the forms.
    pub fn name_ja(self) -> &'static str {
        use JobCategory as J;
        match self {
            J::NursingCare => "介護",
            J::BuildingCleaning => "ビルクリーニング",
            J::MachiningAndMetalworking => "機械金属加工",
            J::ElectricalAndElectronicAssembly => "電気電子機器組立て",
            J::MetalSurfaceTreatment => "金属表面処理",
            J::PaperContainersAndCardboardBoxes => "紙器・段ボール箱製造",
            J::ConcreteProducts => "コンクリート製品製造",
            J::Rpf => "RPF製造",
            J::Ceramics => "陶磁器製品製造",
            J::PrintingAndBookbinding => "印刷・製本",
            J::TextileProducts => "紡織製品製造",
            J::Sewing => "縫製",
            J::CivilEngineering => "土木",
            J::Building => "建築",
            J::LifelinesAndFacilities => "ライフライン・設備",
            J::Shipbuilding => "造船",
            J::MarineMachinery => "舶用機械",
            J::MarineElectricalAndElectronicEquipment => "舶用電気電子機器",
            J::AutomobileRepair => "自動車整備",
            J::GroundHandling => "空港グランドハンドリング",
            J::AircraftMaintenance => "航空機整備",
            J::Accommodation => "宿泊",
            J::TruckDriver => "トラック運転者",
            J::TaxiDriver => "タクシー運転者",
            J::BusDriver => "バス運転者",
            J::TrackMaintenance => "軌道整備",
            J::ElectricalFacilitiesMaintenance => "電気設備整備",
            J::RollingStockMaintenance => "車両整備",
            J::RollingStockManufacturing => "車両製造",
            J::TransportStaff => "運輸係員",
            J::CropFarming => "耕種農業全般",
            J::LivestockFarming => "畜産農業全般",
            J::Fishing => "漁業",
            J::Aquaculture => "養殖業",
            J::FoodManufacturing => "飲食料品製造業全般",
            J::FoodService => "外食業全般",
            J::Forestry => "林業",
            J::WoodIndustry => "木材産業",
        }
    }

    /// The categories of a field, in the guidelines' order.
    pub fn of_field(field: SswField) -> impl Iterator<Item = JobCategory> {
        Self::ALL.into_iter().filter(move |c| c.field() == field)
    }
}

/// A category posted with a field must belong to it.
pub fn category_of_field(field: SswField, code: &str) -> Option<JobCategory> {
    JobCategory::from_code(code.trim())
        .ok()
        .filter(|c| c.field() == field)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assert_codes_round_trip;

    #[test]
    fn every_field_has_its_categories_as_the_guidelines_count_them() {
        let count = |f| JobCategory::of_field(f).count();
        assert_eq!(count(SswField::IndustrialProducts), 10);
        assert_eq!(count(SswField::Construction), 3);
        assert_eq!(count(SswField::Shipbuilding), 3);
        assert_eq!(count(SswField::Aviation), 2);
        assert_eq!(count(SswField::AutomobileTransport), 3);
        assert_eq!(count(SswField::Railway), 5);
        assert_eq!(count(SswField::Agriculture), 2);
        assert_eq!(count(SswField::Fishery), 2);
        for field in SswField::ALL {
            assert!(count(field) >= 1, "{field:?}");
        }
        assert_eq!(JobCategory::ALL.len(), 38);
    }

    #[test]
    fn a_category_of_another_field_is_refused() {
        assert_eq!(
            category_of_field(SswField::Construction, "building"),
            Some(JobCategory::Building)
        );
        assert_eq!(category_of_field(SswField::NursingCare, "building"), None);
        assert_eq!(category_of_field(SswField::NursingCare, "cooking"), None);
    }

    #[test]
    fn codes_round_trip() {
        assert_codes_round_trip!(JobCategory => "job_category");
    }
}
