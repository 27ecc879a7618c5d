//! Graceful shutdown: on SIGTERM or SIGINT stop accepting connections and let the requests
//! in flight finish, for at most the request time limit and a few seconds: a request that
//! is stuck (a client that stopped sending) must not keep the process alive.

use std::time::Duration;

pub async fn signal() {
    let interrupt = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut sigterm) => {
                sigterm.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
    tracing::info!("shutdown signal received");
}

/// Waits for [`signal`], tells `stopping`, and resolves: the serve loop's graceful
/// shutdown future.
pub async fn signal_then_tell(stopping: tokio::sync::watch::Sender<bool>) {
    signal().await;
    // Nobody listening only means the server already stopped.
    let _ = stopping.send(true);
}

/// Resolves `grace` after the shutdown signal: past that, requests still open (a client
/// that never finishes sending, or one past every deadline) no longer hold the process.
pub async fn grace_over(mut stopping: tokio::sync::watch::Receiver<bool>, grace: Duration) {
    if stopping.wait_for(|stop| *stop).await.is_err() {
        // The sender is gone without a signal: the server ended by itself.
        std::future::pending::<()>().await;
    }
    tokio::time::sleep(grace).await;
}
