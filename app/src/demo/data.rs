//! The demo organization's companies, accounts and workers.

use crate::domain::{Role, SswField};

pub(super) struct DemoCompany {
    pub(super) name: &'static str,
    pub(super) field: SswField,
}

pub(super) const COMPANIES: [DemoCompany; 3] = [
    DemoCompany {
        name: "社会福祉法人あおぞら会",
        field: SswField::NursingCare,
    },
    DemoCompany {
        name: "株式会社みなと食堂",
        field: SswField::FoodService,
    },
    DemoCompany {
        name: "株式会社ふじ建設",
        field: SswField::Construction,
    },
];

/// A staff or company account. `company` indexes `COMPANIES`.
pub(super) struct DemoUser {
    pub(super) email: &'static str,
    pub(super) name: &'static str,
    pub(super) role: Role,
    pub(super) company: Option<usize>,
    /// For staff: (position, languages).
    pub(super) staff: Option<(&'static str, &'static str)>,
}

pub(super) const USERS: [DemoUser; 6] = [
    DemoUser {
        email: "admin@sakura-support.example",
        name: "佐藤 恵美",
        role: Role::Admin,
        company: None,
        staff: Some(("manager", "ja en")),
    },
    DemoUser {
        email: "tanaka@sakura-support.example",
        name: "田中 健",
        role: Role::Staff,
        company: None,
        staff: Some(("officer", "ja en")),
    },
    DemoUser {
        email: "lan@sakura-support.example",
        name: "Nguyễn Thị Lan",
        role: Role::Staff,
        company: None,
        staff: Some(("officer", "vi ja en")),
    },
    DemoUser {
        email: "hr@aozora.example",
        name: "山本 花子",
        role: Role::Company,
        company: Some(0),
        staff: None,
    },
    DemoUser {
        email: "hr@minato.example",
        name: "伊藤 大輔",
        role: Role::Company,
        company: Some(1),
        staff: None,
    },
    DemoUser {
        email: "hr@fuji.example",
        name: "小林 誠",
        role: Role::Company,
        company: Some(2),
        staff: None,
    },
];

pub(super) struct DemoWorker {
    pub(super) login_id: &'static str,
    pub(super) family_name: &'static str,
    pub(super) given_name: &'static str,
    pub(super) nationality: &'static str,
    pub(super) locale: &'static str,
    pub(super) company: usize,
    pub(super) entry: (i32, u32, u32),
    pub(super) card_expiry: (i32, u32, u32),
}

pub(super) const WORKERS: [DemoWorker; 9] = [
    DemoWorker {
        login_id: "an.nguyen",
        family_name: "NGUYEN",
        given_name: "VAN AN",
        nationality: "VN",
        locale: "vi",
        company: 0,
        entry: (2025, 4, 10),
        card_expiry: (2027, 1, 20),
    },
    DemoWorker {
        login_id: "binh.tran",
        family_name: "TRAN",
        given_name: "THI BINH",
        nationality: "VN",
        locale: "vi",
        company: 1,
        entry: (2024, 10, 1),
        card_expiry: (2027, 9, 30),
    },
    DemoWorker {
        login_id: "siti.rahmawati",
        family_name: "RAHMAWATI",
        given_name: "SITI",
        nationality: "ID",
        locale: "id",
        company: 0,
        entry: (2025, 7, 15),
        card_expiry: (2026, 12, 28),
    },
    DemoWorker {
        login_id: "budi.putra",
        family_name: "PUTRA",
        given_name: "BUDI",
        nationality: "ID",
        locale: "id",
        company: 2,
        entry: (2026, 2, 3),
        card_expiry: (2027, 2, 2),
    },
    DemoWorker {
        login_id: "aung.koko",
        family_name: "AUNG",
        given_name: "KO KO",
        nationality: "MM",
        locale: "my",
        company: 2,
        entry: (2025, 11, 20),
        card_expiry: (2026, 11, 19),
    },
    DemoWorker {
        login_id: "maria.santos",
        family_name: "SANTOS",
        given_name: "MARIA",
        nationality: "PH",
        locale: "tl",
        company: 0,
        entry: (2024, 6, 5),
        card_expiry: (2027, 6, 4),
    },
    DemoWorker {
        login_id: "bishnu.gurung",
        family_name: "GURUNG",
        given_name: "BISHNU",
        nationality: "NP",
        locale: "ne",
        company: 1,
        entry: (2026, 5, 12),
        card_expiry: (2027, 5, 11),
    },
    DemoWorker {
        login_id: "li.wei",
        family_name: "LI",
        given_name: "WEI",
        nationality: "CN",
        locale: "zh",
        company: 2,
        entry: (2025, 9, 1),
        card_expiry: (2026, 8, 31),
    },
    // A former worker: he resigned (`record::WORKER_FACTS`); his records stay readable.
    DemoWorker {
        login_id: "somchai.saetang",
        family_name: "SAETANG",
        given_name: "SOMCHAI",
        nationality: "TH",
        locale: "en",
        company: 1,
        entry: (2024, 8, 1),
        card_expiry: (2027, 7, 31),
    },
];
