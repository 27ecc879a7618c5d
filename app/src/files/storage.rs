//! Where uploaded files live: through `object_store`, a local folder outside the web root
//! by default. Files stream in chunk by chunk (never whole in memory), are counted against
//! the size limit and hashed (SHA-256) on the way, and are stored under random keys; a
//! refused or broken upload is aborted, so it leaves no file behind.

use std::{collections::HashSet, sync::Arc};

use bytes::Bytes;
use futures_util::{Stream, StreamExt};
use object_store::{
    ObjectStore, ObjectStoreExt, WriteMultipart, aws::AmazonS3Builder, local::LocalFileSystem,
    path::Path,
};
use sha2::{Digest, Sha256};

/// Bytes kept from the start of a file, enough to tell its type.
const HEAD_BYTES: usize = 64;
/// Local parts are small: memory per upload stays about this times `MAX_PARTS_IN_FLIGHT`.
const LOCAL_CHUNK_BYTES: usize = 256 * 1024;
const MAX_PARTS_IN_FLIGHT: usize = 2;
/// S3 refuses parts under 5 MiB (but the last): memory per upload is about twice this.
const S3_CHUNK_BYTES: usize = 5 * 1024 * 1024;

/// An S3-compatible bucket (README, "Settings").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct S3Settings {
    pub bucket: String,
    pub region: String,
    /// For a service other than AWS (MinIO, Wasabi, a test server); path-style requests.
    pub endpoint: Option<String>,
    /// Without them, the usual AWS sources (instance role, environment) are used.
    pub access_key_id: Option<String>,
    pub secret_access_key: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Storage {
    store: Arc<dyn ObjectStore>,
    chunk_bytes: usize,
    /// The folder of a local store, where cut-off uploads leave partial files.
    local_dir: Option<std::path::PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("cannot create the upload folder {path}: {source}")]
    Folder {
        path: String,
        source: std::io::Error,
    },
    #[error("storage: {0}")]
    Store(#[from] object_store::Error),
}

/// Why a file was not stored.
#[derive(Debug, thiserror::Error)]
pub enum PutError {
    #[error("larger than the limit")]
    TooLarge,
    /// The client went away or sent something broken mid-way.
    #[error("the upload broke off: {0}")]
    Interrupted(String),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl From<object_store::Error> for PutError {
    fn from(error: object_store::Error) -> Self {
        Self::Storage(StorageError::Store(error))
    }
}

/// A stored file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub key: String,
    pub size: u64,
    /// SHA-256 of the content, hex.
    pub sha256: String,
    /// The first bytes, to tell the type by content.
    pub head: Vec<u8>,
}

impl Storage {
    /// Files under `dir` (created when missing).
    pub fn local(dir: &std::path::Path) -> Result<Self, StorageError> {
        std::fs::create_dir_all(dir).map_err(|source| StorageError::Folder {
            path: dir.display().to_string(),
            source,
        })?;
        Ok(Self {
            store: Arc::new(LocalFileSystem::new_with_prefix(dir)?),
            chunk_bytes: LOCAL_CHUNK_BYTES,
            local_dir: Some(dir.to_path_buf()),
        })
    }

    /// Files in an S3-compatible bucket. Nothing is sent until the first use.
    pub fn s3(settings: &S3Settings) -> Result<Self, StorageError> {
        install_tls();
        let mut builder = AmazonS3Builder::new()
            .with_bucket_name(&settings.bucket)
            .with_region(&settings.region);
        if let Some(endpoint) = &settings.endpoint {
            builder = builder
                .with_endpoint(endpoint)
                .with_allow_http(endpoint.starts_with("http://"))
                .with_virtual_hosted_style_request(false);
        }
        if let (Some(id), Some(secret)) = (&settings.access_key_id, &settings.secret_access_key) {
            builder = builder
                .with_access_key_id(id)
                .with_secret_access_key(secret);
        }
        Ok(Self {
            store: Arc::new(builder.build()?),
            chunk_bytes: S3_CHUNK_BYTES,
            local_dir: None,
        })
    }

    /// A new random key: 128 bits, so keys reveal nothing and cannot be guessed.
    pub fn new_key() -> String {
        let bits: u128 = rand::random();
        format!("files/{bits:032x}")
    }

    /// Streams `body` to a new file under a new key, refusing it once it passes
    /// `max_bytes`. On any failure the partial file is removed.
    pub async fn put_stream<S, E>(&self, mut body: S, max_bytes: u64) -> Result<Stored, PutError>
    where
        S: Stream<Item = Result<Bytes, E>> + Unpin,
        E: std::fmt::Display,
    {
        let key = Self::new_key();
        let upload = self.store.put_multipart(&Path::from(key.as_str())).await?;
        let mut writer = WriteMultipart::new_with_chunk_size(upload, self.chunk_bytes);
        let (mut hasher, mut size, mut head) = (Sha256::new(), 0_u64, Vec::new());
        while let Some(chunk) = body.next().await {
            let chunk = match chunk {
                Ok(chunk) => chunk,
                Err(error) => {
                    let _ = writer.abort().await;
                    return Err(PutError::Interrupted(error.to_string()));
                }
            };
            size += u64::try_from(chunk.len()).unwrap_or(u64::MAX);
            if size > max_bytes {
                let _ = writer.abort().await;
                return Err(PutError::TooLarge);
            }
            if head.len() < HEAD_BYTES {
                let take = (HEAD_BYTES - head.len()).min(chunk.len());
                head.extend_from_slice(&chunk[..take]);
            }
            hasher.update(&chunk);
            // Waits while parts are being written: memory stays bounded, whatever the
            // client's speed.
            if let Err(error) = writer.wait_for_capacity(MAX_PARTS_IN_FLIGHT).await {
                let _ = writer.abort().await;
                return Err(error.into());
            }
            writer.write(&chunk);
        }
        writer.finish().await?;
        Ok(Stored {
            key,
            size,
            sha256: format!("{:x}", hasher.finalize()),
            head,
        })
    }

    /// A whole small file (a cleaned photo, a thumbnail) under a new key.
    pub async fn put_bytes(&self, bytes: Vec<u8>) -> Result<String, StorageError> {
        let key = Self::new_key();
        self.store
            .put(&Path::from(key.as_str()), bytes.into())
            .await?;
        Ok(key)
    }

    pub async fn read(&self, key: &str) -> Result<Bytes, StorageError> {
        Ok(self.store.get(&Path::from(key)).await?.bytes().await?)
    }

    /// A stored file as a stream of chunks, for a download that never holds it whole.
    pub async fn stream(
        &self,
        key: &str,
    ) -> Result<
        futures_util::stream::BoxStream<'static, Result<Bytes, object_store::Error>>,
        StorageError,
    > {
        Ok(self.store.get(&Path::from(key)).await?.into_stream())
    }

    pub async fn delete(&self, key: &str) -> Result<(), StorageError> {
        match self.store.delete(&Path::from(key)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(error) => Err(error.into()),
        }
    }
}

impl Storage {
    /// At start, before any upload runs: removes every stored file no row points at
    /// (`referenced`, from the database), and the partial files of uploads cut off by a
    /// stop or a crash. Returns what was removed, for the log.
    pub async fn remove_orphans(
        &self,
        referenced: &HashSet<String>,
    ) -> Result<Vec<String>, StorageError> {
        let mut removed = Vec::new();
        let stored: Vec<_> = self.store.list(None).collect().await;
        for meta in stored {
            let key = meta?.location.to_string();
            if !referenced.contains(&key) {
                self.delete(&key).await?;
                removed.push(key);
            }
        }
        // object_store stages a local multipart upload as `<key>#<n>` and does not list
        // it: a stop mid-upload leaves it behind.
        if let Some(dir) = &self.local_dir {
            for partial in partial_files(dir) {
                std::fs::remove_file(&partial).map_err(|source| StorageError::Folder {
                    path: partial.display().to_string(),
                    source,
                })?;
                removed.push(partial.display().to_string());
            }
        }
        Ok(removed)
    }
}

/// TLS for the bucket's HTTP client: rustls on ring. Installing it again (tests, a second
/// store) is harmless.
pub fn install_tls() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// Files below `dir` whose name marks a staged, unfinished upload.
fn partial_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if entry.file_name().to_string_lossy().contains('#') {
                found.push(path);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests;
