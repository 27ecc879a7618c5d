use std::collections::HashMap;

use super::*;

fn config(vars: &[(&str, &str)], args: &[&str]) -> Result<Config, ConfigError> {
    let vars: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    Config::from_sources(
        |k| vars.get(k).cloned(),
        args.iter().map(|a| (*a).to_owned()),
    )
}

#[test]
fn defaults_run_on_embedded_sqlite_without_demo_data() {
    let c = config(&[], &[]).expect("defaults");
    assert_eq!(c.addr.to_string(), "127.0.0.1:3000");
    assert_eq!(c.database_url, "sqlite://data/shien.db");
    assert!(!c.demo_data && !c.secure_cookies);
    assert_eq!(c.upload_dir, PathBuf::from("data/uploads"));
    assert_eq!(c.upload_max_bytes, 15 * 1024 * 1024);
    let c = config(&[("SHIEN_UPLOAD_MAX_MB", "4")], &[]).expect("limit");
    assert_eq!(c.upload_max_bytes, 4 * 1024 * 1024);
    assert!(config(&[("SHIEN_UPLOAD_MAX_MB", "0")], &[]).is_err());
    assert_eq!(c.s3, None);
    assert_eq!(c.interviews, InterviewSettings::default());
}

#[test]
fn interview_windows_are_whole_hours_up_to_30_days_and_recordings_have_their_limit() {
    let c = config(
        &[
            ("SHIEN_INTERVIEW_NOTICE_HOURS", "48"),
            ("SHIEN_INTERVIEW_CUTOFF_HOURS", "0"),
            ("SHIEN_RECORDING_MAX_MB", "500"),
        ],
        &[],
    )
    .expect("windows");
    assert_eq!(
        c.interviews,
        InterviewSettings {
            notice_hours: 48,
            cutoff_hours: 0,
            recording_max_bytes: 500 * 1024 * 1024,
        }
    );
    assert_eq!(
        config(&[], &[])
            .map(|c| c.interviews.recording_max_bytes)
            .ok(),
        Some(InterviewSettings::DEFAULT_RECORDING_MAX_BYTES)
    );
    assert!(config(&[("SHIEN_RECORDING_MAX_MB", "0")], &[]).is_err());
    assert!(config(&[("SHIEN_INTERVIEW_NOTICE_HOURS", "721")], &[]).is_err());
    assert!(config(&[("SHIEN_INTERVIEW_CUTOFF_HOURS", "-1")], &[]).is_err());
}

#[test]
fn a_bucket_is_configured_by_its_settings() {
    let c = config(
        &[
            ("SHIEN_S3_BUCKET", "shien-documents"),
            ("SHIEN_S3_ENDPOINT", "http://127.0.0.1:9000"),
            ("SHIEN_S3_ACCESS_KEY_ID", "id"),
            ("SHIEN_S3_SECRET_ACCESS_KEY", "secret"),
        ],
        &[],
    )
    .expect("config");
    let s3 = c.s3.clone().expect("s3");
    assert_eq!(s3.bucket, "shien-documents");
    assert_eq!(s3.region, "ap-northeast-1");
    assert_eq!(s3.endpoint.as_deref(), Some("http://127.0.0.1:9000"));
    assert_eq!(
        c.upload_place(),
        "s3://shien-documents (http://127.0.0.1:9000)"
    );
    assert!(
        config(
            &[
                ("SHIEN_S3_BUCKET", "b"),
                ("SHIEN_S3_ENDPOINT", "s3.example")
            ],
            &[]
        )
        .is_err()
    );
}

#[test]
fn settings_and_the_demo_flag_are_read() {
    let c = config(
        &[
            ("SHIEN_ADDR", "0.0.0.0:8080"),
            ("DATABASE_URL", "postgres://db/shien"),
            ("SHIEN_SECURE_COOKIES", "true"),
            ("SHIEN_PUBLIC_URL", "https://shien.example.jp"),
        ],
        &["--demo-data"],
    )
    .expect("config");
    assert_eq!(c.addr.port(), 8080);
    assert_eq!(c.database_url, "postgres://db/shien");
    assert!(c.demo_data && c.secure_cookies);
}

#[test]
fn session_lifetimes_and_the_public_address_are_read() {
    let c = config(&[], &[]).expect("defaults");
    assert_eq!(c.auth.staff_idle, chrono::Duration::hours(8));
    assert_eq!(c.auth.worker_idle, chrono::Duration::days(30));
    assert_eq!(c.auth.public_url, None);
    let c = config(
        &[
            ("SHIEN_STAFF_IDLE_HOURS", "4"),
            ("SHIEN_WORKER_IDLE_DAYS", "14"),
            ("SHIEN_PUBLIC_URL", "https://shien.example.jp/"),
            ("SHIEN_TRUST_PROXY", "true"),
        ],
        &[],
    )
    .expect("config");
    assert_eq!(c.auth.staff_idle, chrono::Duration::hours(4));
    assert_eq!(c.auth.worker_idle, chrono::Duration::days(14));
    assert_eq!(
        c.auth.public_url.as_deref(),
        Some("https://shien.example.jp")
    );
    assert!(c.auth.trust_proxy);
    for (name, bad) in [
        ("SHIEN_STAFF_IDLE_HOURS", "0"),
        ("SHIEN_WORKER_IDLE_DAYS", "a month"),
        ("SHIEN_PUBLIC_URL", "shien.example.jp"),
    ] {
        let err = config(&[(name, bad)], &[]).unwrap_err().to_string();
        assert!(err.contains(name), "{err}");
    }
}

#[test]
fn production_needs_the_public_address_for_invitation_links() {
    // Over https (secure cookies) a link must never follow the request's Host header.
    let err = config(&[("SHIEN_SECURE_COOKIES", "true")], &[])
        .unwrap_err()
        .to_string();
    assert!(err.contains("SHIEN_PUBLIC_URL"), "{err}");
    let c = config(
        &[
            ("SHIEN_SECURE_COOKIES", "true"),
            ("SHIEN_PUBLIC_URL", "https://shien.example.jp"),
        ],
        &[],
    )
    .expect("config");
    assert!(c.auth.secure);
    // In development the request's own address is still good enough.
    assert!(config(&[], &[]).is_ok_and(|c| c.auth.public_url.is_none()));
}

#[test]
fn bad_values_are_named_in_the_error() {
    let err = config(&[("SHIEN_ADDR", "localhost")], &[])
        .unwrap_err()
        .to_string();
    assert!(err.contains("SHIEN_ADDR"), "{err}");
    let err = config(&[("SHIEN_SECURE_COOKIES", "maybe")], &[])
        .unwrap_err()
        .to_string();
    assert!(err.contains("SHIEN_SECURE_COOKIES"), "{err}");
    let err = config(&[], &["--seed"]).unwrap_err().to_string();
    assert!(err.contains("--seed"), "{err}");
}

#[test]
fn every_request_has_a_time_limit_of_whole_seconds() {
    let c = config(&[], &[]).expect("defaults");
    assert_eq!(c.limits, TimeLimits::default());
    assert_eq!(c.limits.request, Duration::from_secs(30));
    assert_eq!(c.limits.transfer, Duration::from_secs(600));
    assert_eq!(c.limits.headers, Duration::from_secs(15));
    let c = config(
        &[
            ("SHIEN_REQUEST_TIMEOUT_SECONDS", "5"),
            ("SHIEN_TRANSFER_TIMEOUT_SECONDS", "120"),
            ("SHIEN_HEADER_TIMEOUT_SECONDS", "3"),
        ],
        &[],
    )
    .expect("limits");
    assert_eq!(c.limits.request, Duration::from_secs(5));
    assert_eq!(c.limits.transfer, Duration::from_secs(120));
    assert_eq!(c.limits.headers, Duration::from_secs(3));
    for bad in ["0", "3601", "ten", "-1", "1.5"] {
        let error = config(&[("SHIEN_REQUEST_TIMEOUT_SECONDS", bad)], &[]).expect_err(bad);
        assert!(
            error.to_string().contains("SHIEN_REQUEST_TIMEOUT_SECONDS"),
            "{error}"
        );
    }
}
