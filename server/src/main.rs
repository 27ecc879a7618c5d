use std::process::ExitCode;

use tracing_subscriber::{EnvFilter, fmt};

#[tokio::main]
async fn main() -> ExitCode {
    // A missing .env is normal; the environment and the defaults still apply.
    let _ = dotenvy::dotenv();
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    fmt().with_env_filter(filter).with_target(false).init();

    match server::run(std::env::args().skip(1)).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // One clear line for the operator, no panic trace.
            tracing::error!("{error}");
            ExitCode::FAILURE
        }
    }
}
