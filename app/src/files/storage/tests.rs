use futures_util::stream;

use super::*;

fn temp_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("shien-store-{}", uuid::Uuid::now_v7().simple()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Every file below `dir`, partial ones included.
fn files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(folder) = todo.pop() {
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                todo.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found
}

fn chunks(parts: &[&'static [u8]]) -> impl Stream<Item = Result<Bytes, String>> + Unpin {
    stream::iter(
        parts
            .iter()
            .map(|p| Ok(Bytes::from_static(p)))
            .collect::<Vec<_>>(),
    )
}

#[tokio::test]
async fn a_stream_is_stored_under_a_random_key_with_its_hash() {
    let dir = temp_dir();
    let storage = Storage::local(&dir).expect("storage");
    let stored = storage
        .put_stream(chunks(&[b"%PDF-1.7\n", b"hello ", b"world"]), 1024)
        .await
        .expect("stored");
    assert_eq!(stored.size, 20);
    assert_eq!(stored.head, b"%PDF-1.7\nhello world");
    let whole = b"%PDF-1.7\nhello world";
    assert_eq!(stored.sha256, format!("{:x}", Sha256::digest(whole)));
    assert!(stored.key.starts_with("files/") && stored.key.len() == 6 + 32);
    assert_eq!(storage.read(&stored.key).await.expect("read"), &whole[..]);
    assert_ne!(Storage::new_key(), Storage::new_key());
    storage.delete(&stored.key).await.expect("delete");
    assert!(files(&dir).is_empty());
    // Deleting what is gone is fine (a purge run twice).
    storage.delete(&stored.key).await.expect("delete again");
}

#[tokio::test]
async fn the_size_limit_is_enforced_while_streaming_and_leaves_nothing() {
    let dir = temp_dir();
    let storage = Storage::local(&dir).expect("storage");
    let big: &'static [u8] = &[7; 1000];
    let result = storage.put_stream(chunks(&[big, big, big]), 2500).await;
    assert!(matches!(result, Err(PutError::TooLarge)), "{result:?}");
    assert!(files(&dir).is_empty(), "{:?}", files(&dir));
    // Exactly at the limit is fine.
    let stored = storage
        .put_stream(chunks(&[big, big]), 2000)
        .await
        .expect("at the limit");
    assert_eq!(stored.size, 2000);
}

#[tokio::test]
async fn a_client_that_breaks_off_leaves_no_file() {
    let dir = temp_dir();
    let storage = Storage::local(&dir).expect("storage");
    let broken = stream::iter(vec![
        Ok(Bytes::from_static(&[1; 600_000])),
        Err("connection reset".to_owned()),
    ]);
    let result = storage.put_stream(broken, 10_000_000).await;
    assert!(
        matches!(&result, Err(PutError::Interrupted(why)) if why == "connection reset"),
        "{result:?}"
    );
    assert!(files(&dir).is_empty(), "{:?}", files(&dir));
}

#[tokio::test]
async fn files_without_a_row_and_cut_off_uploads_are_removed_at_start() {
    let dir = temp_dir();
    let storage = Storage::local(&dir).expect("storage");
    let kept = storage.put_bytes(b"kept".to_vec()).await.expect("kept");
    let orphan = storage.put_bytes(b"orphan".to_vec()).await.expect("orphan");
    // What a stop in the middle of a multipart upload leaves.
    std::fs::write(dir.join("files").join("0123abcd#7"), b"half").expect("partial");
    let referenced: HashSet<String> = [kept.clone()].into_iter().collect();
    let removed = storage.remove_orphans(&referenced).await.expect("clean");
    assert_eq!(removed.len(), 2, "{removed:?}");
    assert!(removed.contains(&orphan));
    assert_eq!(storage.read(&kept).await.expect("kept").as_ref(), b"kept");
    assert!(storage.read(&orphan).await.is_err());
    assert_eq!(files(&dir).len(), 1);
    // Nothing left to remove the second time.
    assert!(
        storage
            .remove_orphans(&referenced)
            .await
            .expect("again")
            .is_empty()
    );
}

/// A fresh bucket on the S3-compatible test server (`SHIEN_TEST_S3_ENDPOINT`, started by
/// `scripts/test`). Without it the test is skipped, except in CI, where it fails.
pub async fn test_bucket() -> Option<S3Settings> {
    let Ok(endpoint) = std::env::var("SHIEN_TEST_S3_ENDPOINT") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "SHIEN_TEST_S3_ENDPOINT is not set: scripts/test starts the S3 test server"
        );
        eprintln!("skipped: no S3 test server (SHIEN_TEST_S3_ENDPOINT)");
        return None;
    };
    let bucket = format!("shien-{}", uuid::Uuid::now_v7().simple());
    // The test server takes an unsigned request to make a bucket.
    install_tls();
    let made = reqwest::Client::new()
        .put(format!("{endpoint}/{bucket}"))
        .send()
        .await
        .expect("the S3 test server answers");
    assert!(
        made.status().is_success(),
        "create bucket: {}",
        made.status()
    );
    Some(S3Settings {
        bucket,
        region: "us-east-1".to_owned(),
        endpoint: Some(endpoint),
        access_key_id: Some("testing".to_owned()),
        secret_access_key: Some("testing".to_owned()),
    })
}

#[tokio::test]
async fn a_bucket_takes_a_multipart_stream_refuses_too_much_and_is_cleaned_up() {
    let Some(settings) = test_bucket().await else {
        return;
    };
    let storage = Storage::s3(&settings).expect("s3");
    // 6 MiB: two parts of S3's minimum size and a rest.
    let part: &'static [u8] = Box::leak(vec![b'x'; 1024 * 1024].into_boxed_slice());
    let mut body = vec![&b"%PDF-1.7\n"[..]];
    body.extend(std::iter::repeat_n(part, 6));
    let stored = storage
        .put_stream(chunks(&body), 20 * 1024 * 1024)
        .await
        .expect("stored");
    assert_eq!(stored.size, 9 + 6 * 1024 * 1024);
    let back = storage.read(&stored.key).await.expect("read");
    assert_eq!(format!("{:x}", Sha256::digest(&back)), stored.sha256);

    let refused = storage
        .put_stream(chunks(&[part, part, part]), 2 * 1024 * 1024)
        .await;
    assert!(matches!(refused, Err(PutError::TooLarge)), "{refused:?}");

    let orphan = storage.put_bytes(b"orphan".to_vec()).await.expect("orphan");
    let referenced: HashSet<String> = [stored.key.clone()].into_iter().collect();
    let removed = storage.remove_orphans(&referenced).await.expect("clean");
    assert_eq!(removed, vec![orphan.clone()], "only the orphan goes");
    assert!(storage.read(&orphan).await.is_err());
    storage.delete(&stored.key).await.expect("delete");
    assert!(storage.read(&stored.key).await.is_err());
}
