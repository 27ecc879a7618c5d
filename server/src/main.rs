use std::process::ExitCode;

use tracing_subscriber::{EnvFilter, fmt};

#[tokio::main]
async fn main() -> ExitCode {
    // A missing .env is normal; the environment and the defaults still apply.
    let _ = dotenvy::dotenv();
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    fmt().with_env_filter(filter).with_target(false).init();

    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args.split_first() {
        Some((command, rest)) if command == "seed" => {
            server::seed(rest).await.map_err(|e| e.to_string())
        }
        Some((command, rest)) if command == "purge-documents" => server::purge_documents(rest)
            .await
            .map_err(|e| e.to_string()),
        _ => server::run(args).await.map_err(|e| e.to_string()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // One clear line for the operator, no panic trace.
            tracing::error!("{error}");
            ExitCode::FAILURE
        }
    }
}
