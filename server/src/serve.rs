//! The accept loop. `axum::serve` gives hyper no timer, so a client that sends its headers
//! a byte at a time, or keeps a connection open without sending the next request, holds
//! it forever (issue 17: a slow client was still connected after 12 s, and would have been
//! after hours). Here every connection has a time limit for its request headers, counted
//! from the moment the server waits for them (an idle keep-alive connection included);
//! once the headers are in, the request's own deadline (`deadline`) bounds the body and
//! the answer.

use std::{future::Future, time::Duration};

use axum::{Router, extract::ConnectInfo};
use hyper::server::conn::http1;
use hyper_util::{
    rt::{TokioIo, TokioTimer},
    server::graceful::GracefulShutdown,
    service::TowerToHyperService,
};
use tokio::net::TcpListener;
use tower::ServiceExt as _;

/// Serves `app` on `listener` until `shutdown` resolves, then lets the open connections
/// finish their requests (the caller bounds how long).
pub async fn serve(
    listener: TcpListener,
    app: Router,
    header_timeout: Duration,
    shutdown: impl Future<Output = ()>,
) {
    // HTTP/1.1 only: the TLS proxy in front speaks it to the portal, and waiting to tell
    // HTTP/1 from HTTP/2 (hyper-util's `auto`) has no time limit of its own: a connection
    // that never sent a byte stayed open.
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout);
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors, say: wait a moment rather than spin.
                    tracing::warn!(%error, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let app = app.clone();
        // The peer address, for sign-in throttling and the audit log (as
        // `into_make_service_with_connect_info` gives it).
        let service =
            tower::service_fn(move |mut request: http::Request<hyper::body::Incoming>| {
                request.extensions_mut().insert(ConnectInfo(peer));
                let app = app.clone();
                // A router never fails (its error type is `Infallible`).
                async move { app.oneshot(request).await }
            });
        let connection =
            builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A client that went away or was too slow; nothing to answer.
            if let Err(error) = connection.await {
                tracing::debug!(%error, %peer, "connection ended");
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
}
