//! The router's own routes (files in and out, the language switch, invitation links, the
//! health check, static files) and every page of the app, for every caller.
//!
//! Pages answer as the server functions they show: 302 to the sign-in page when signed
//! out, 403 for a page of another role, 404 for a record the caller may not see (another
//! worker's, another company's, another tenant's), 200 otherwise.

use super::{Call, Case, records::Records};
use crate::documents::{PHOTO, Part, multipart, photo};

/// Every page route the app declares (the path as axum knows it, `/` for the root).
pub fn page_routes() -> Vec<String> {
    leptos_axum::generate_route_list(app::App)
        .into_iter()
        .map(|route| match route.path() {
            "" => "/".to_owned(),
            path => path.to_owned(),
        })
        .collect()
}

pub fn axum_cases(r: &Records) -> Vec<Case> {
    vec![
        // The file itself: the worker and staff; the company only where shared (her
        // passport is not).
        Case {
            function: "GET /documents/files/{id}",
            call: Call::Download(format!("/documents/files/{}", r.file)),
            expect: [401, 200, 404, 404, 404, 404, 200, 200, 404, 404, 404],
        },
        // Share, then open another worker's file: staff shared siti's passport, so her
        // company opens hers (and still not an.nguyen's, above).
        Case {
            function: "GET /documents/files/{id}",
            call: Call::Download(format!("/documents/files/{}", r.siti_file)),
            expect: [401, 404, 404, 200, 200, 404, 200, 200, 404, 404, 404],
        },
        // An upload for an.nguyen: her passport already waits for review, so whoever may
        // upload for her is refused with that (400) and nothing is stored.
        Case {
            function: "POST /documents/upload",
            call: Call::Upload(multipart(&[
                Part::Text("worker_id", &r.worker.to_string()),
                Part::Text("kind", "passport"),
                photo("front", PHOTO),
            ])),
            expect: [401, 400, 404, 404, 403, 403, 400, 400, 404, 403, 404],
        },
        // The calendar file: the worker's own interview, and staff.
        Case {
            function: "GET /interviews/{id}/calendar.ics",
            call: Call::Download(format!("/interviews/{}/calendar.ics", r.booking)),
            expect: [401, 200, 404, 404, 404, 404, 200, 200, 404, 404, 404],
        },
        // The recording of an online interview: staff of its organization alone, never the
        // company or the worker (the booking started yesterday and is still to record).
        Case {
            function: "POST /interviews/{id}/recording",
            call: Call::RecordingUpload(
                format!("/interviews/{}/recording", r.booking),
                multipart(&[Part::File {
                    name: "recording",
                    file_name: "interview.mp4",
                    content_type: "video/mp4",
                    bytes: b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41 recorded",
                }]),
            ),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 404, 403, 403],
        },
        Case {
            function: "GET /interviews/{id}/recording",
            call: Call::Download(format!("/interviews/{}/recording", r.booking)),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 404, 403, 403],
        },
        // Consultations: never a company, not even about its own worker.
        Case {
            function: "GET /consultations/photos/{id}",
            call: Call::Download(app::paths::consultation_photo(
                app::domain::MessageId::from_uuid(r.message),
                true,
            )),
            expect: [401, 200, 404, 404, 403, 403, 200, 200, 404, 403, 404],
        },
        Case {
            function: "POST /consultations/messages",
            call: Call::Send(multipart(&[
                Part::Text("consultation_id", &r.consultation.to_string()),
                Part::Text("body", "Cảm ơn."),
            ])),
            expect: [401, 200, 404, 404, 403, 403, 200, 200, 404, 403, 404],
        },
        // The import: staff only, each organization its own uploads.
        Case {
            function: "POST /staff/import/upload",
            call: Call::SheetUpload(crate::onboarding::multipart(
                "sheet.csv",
                &crate::onboarding::cp932(&crate::onboarding::sheet(
                    &crate::onboarding::good_rows(),
                )),
            )),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        Case {
            function: "GET /staff/import/template.csv",
            call: Call::Download(app::paths::SHEET_TEMPLATE.into()),
            expect: [401, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403],
        },
        // The same for everyone: the health check, the language switch (back to the page
        // asked for), an invitation link (to its page, which checks the token), the
        // static files.
        Case {
            function: "GET /healthz",
            call: Call::Download("/healthz".into()),
            expect: [200; 11],
        },
        Case {
            function: "GET /lang",
            call: Call::Download("/lang?lang=vi&next=/help".into()),
            expect: [303; 11],
        },
        Case {
            function: "GET /i/{token}",
            call: Call::Download("/i/AAAAAAAAAAAAAAAAAAAAAA".into()),
            expect: [303; 11],
        },
        Case {
            function: "GET /pkg/{*file}",
            call: Call::Download("/pkg/shien.css".into()),
            expect: [200; 11],
        },
    ]
}

/// A page row: `route` as declared, asked for at `address`.
fn page(route: &'static str, address: String, expect: [u16; 11]) -> Case {
    Case {
        function: route,
        call: Call::Page(address),
        expect,
    }
}

// Who may see a page, in the order of `callers::LIVE`: Anonymous, Worker, OtherWorker,
// SameCompanyWorker, OwnCompany, OtherCompany, Staff, Admin, OtherTenant,
// OtherTenantCompany, OtherTenantWorker.
const EVERYONE: [u16; 11] = [200; 11];
const SIGNED_IN: [u16; 11] = [302, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200];
const WORKERS: [u16; 11] = [302, 200, 200, 200, 403, 403, 403, 403, 403, 403, 200];
const COMPANIES: [u16; 11] = [302, 403, 403, 403, 200, 200, 403, 403, 403, 200, 403];
const STAFF: [u16; 11] = [302, 403, 403, 403, 403, 403, 200, 200, 200, 403, 403];
const ADMINS: [u16; 11] = [302, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403];
/// A page about an.nguyen that she, her company and staff may see.
const ABOUT_HER: [u16; 11] = [302, 200, 404, 404, 200, 404, 200, 200, 404, 404, 404];
/// A page of staff's about one of an.nguyen's records.
const STAFF_RECORD: [u16; 11] = [302, 403, 403, 403, 403, 403, 200, 200, 404, 403, 403];

pub fn page_cases(r: &Records) -> Vec<Case> {
    let worker = r.worker;
    vec![
        // The sign-in page: signed in, to one's home.
        page(
            "/",
            "/".into(),
            [200, 302, 302, 302, 302, 302, 302, 302, 302, 302, 302],
        ),
        page("/help", "/help".into(), EVERYONE),
        page("/me", "/me".into(), WORKERS),
        page("/me/record", "/me/record".into(), WORKERS),
        page("/company", "/company".into(), COMPANIES),
        page("/staff", "/staff".into(), STAFF),
        page("/staff/workers", "/staff/workers".into(), STAFF),
        page("/staff/companies", "/staff/companies".into(), STAFF),
        page("/staff/organization", "/staff/organization".into(), STAFF),
        page("/staff/caseload", "/staff/caseload".into(), STAFF),
        page("/staff/import", "/staff/import".into(), STAFF),
        page(
            "/staff/import/{id}",
            format!("/staff/import/{}", r.sheet),
            STAFF_RECORD,
        ),
        page(
            "/staff/companies/{id}",
            format!("/staff/companies/{}", r.company),
            [302, 403, 403, 403, 200, 404, 200, 200, 404, 404, 403],
        ),
        page(
            "/staff/workers",
            "/staff/workers?q=nguyen&sort=login".into(),
            STAFF,
        ),
        page("/staff/workers/new", "/staff/workers/new".into(), STAFF),
        page("/staff/accounts", "/staff/accounts".into(), ADMINS),
        page("/staff/audit", "/staff/audit".into(), STAFF),
        page("/workers/{id}", format!("/workers/{worker}"), ABOUT_HER),
        page(
            "/workers/{id}/supports",
            format!("/workers/{worker}/supports"),
            ABOUT_HER,
        ),
        page(
            "/workers/{id}/record",
            format!("/workers/{worker}/record"),
            ABOUT_HER,
        ),
        page(
            "/supports/{id}",
            format!("/supports/{}", r.support),
            ABOUT_HER,
        ),
        // Her orientation, with staff's internal note (`content.rs`).
        page(
            "/supports/{id}",
            format!("/supports/{}", r.orientation),
            ABOUT_HER,
        ),
        page("/me/supports", "/me/supports".into(), WORKERS),
        page("/me/documents", "/me/documents".into(), WORKERS),
        page(
            "/me/documents/{kind}",
            "/me/documents/passport".into(),
            WORKERS,
        ),
        page(
            "/workers/{id}/documents",
            format!("/workers/{worker}/documents"),
            ABOUT_HER,
        ),
        page("/me/interviews", "/me/interviews".into(), WORKERS),
        page(
            "/workers/{id}/interviews",
            format!("/workers/{worker}/interviews"),
            // Not a worker's page (hers is /me/interviews).
            [302, 403, 403, 403, 200, 404, 200, 200, 404, 404, 403],
        ),
        page("/staff/interviews", "/staff/interviews".into(), STAFF),
        page(
            "/staff/interviews/{id}",
            format!("/staff/interviews/{}", r.booking),
            STAFF_RECORD,
        ),
        page("/me/consultations", "/me/consultations".into(), WORKERS),
        page(
            "/me/consultations/{id}",
            format!("/me/consultations/{}", r.consultation),
            // The thread as she sees it; staff may read it there too.
            [302, 200, 404, 404, 403, 403, 200, 200, 404, 403, 404],
        ),
        page("/staff/consultations", "/staff/consultations".into(), STAFF),
        page(
            "/staff/consultations/hours",
            "/staff/consultations/hours".into(),
            STAFF,
        ),
        page(
            "/staff/consultations/{id}",
            format!("/staff/consultations/{}", r.consultation),
            // A staff page, whose thread she reads on her own page.
            STAFF_RECORD,
        ),
        page("/notifications", "/notifications".into(), SIGNED_IN),
        page("/staff/documents", "/staff/documents".into(), STAFF),
        page(
            "/staff/documents/{id}",
            format!("/staff/documents/{}", r.document),
            STAFF_RECORD,
        ),
        page(
            "/company/confirmations",
            "/company/confirmations".into(),
            COMPANIES,
        ),
        page("/staff/dashboard", "/staff/dashboard".into(), STAFF),
        page(
            "/invitations/{id}",
            format!("/invitations/{}", r.invitation),
            STAFF_RECORD,
        ),
        // The token is checked by the page: a made-up one is not found, for everyone.
        page(
            "/invite/{token}",
            "/invite/AAAAAAAAAAAAAAAAAAAAAA".into(),
            [404; 11],
        ),
    ]
}
