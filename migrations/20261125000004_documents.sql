-- Documents (issue #5): each upload is a submission of one kind, with one file per side
-- (the residence card has two); staff review the submission. Files live in object storage
-- under random keys; these rows are the only way to reach them.

ALTER TABLE workers ADD COLUMN passport_expiry DATE;
-- The end of the employment contract, for whatever reason: documents are kept until a
-- year after it.
ALTER TABLE workers ADD COLUMN contract_ended_on DATE;
CREATE INDEX workers_org_passport_expiry_idx ON workers (organization_id, passport_expiry);

CREATE TABLE document_submissions (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    worker_id UUID NOT NULL REFERENCES workers (id),
    -- DocumentKind::code()
    kind TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN
        ('waiting_for_review', 'accepted', 'resubmission_requested', 'rejected', 'withdrawn')),
    uploaded_by UUID NOT NULL REFERENCES users (id),
    reviewed_by UUID REFERENCES users (id),
    reviewed_at TIMESTAMPTZ,
    -- ResubmitReason::code(), with an optional comment.
    resubmit_reason TEXT,
    review_comment TEXT,
    -- Cards and passports, entered by staff on acceptance.
    number_tail TEXT,
    expires_on DATE,
    -- Japanese certificates: the day of issue (valid for 3 months).
    issued_on DATE,
    -- Optimistic concurrency, as for supports.
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
-- A worker's documents by kind, newest last; the review queue, oldest first.
CREATE INDEX document_submissions_worker_idx
    ON document_submissions (organization_id, worker_id, kind, created_at);
CREATE INDEX document_submissions_queue_idx
    ON document_submissions (organization_id, status, created_at);

CREATE TABLE document_files (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    submission_id UUID NOT NULL REFERENCES document_submissions (id),
    side TEXT NOT NULL CHECK (side IN ('front', 'back')),
    storage_key TEXT NOT NULL,
    thumbnail_key TEXT,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL CHECK (size_bytes > 0),
    -- SHA-256 of the stored content, hex.
    sha256 TEXT NOT NULL,
    width INTEGER,
    height INTEGER,
    created_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT document_files_side_key UNIQUE (submission_id, side),
    CONSTRAINT document_files_storage_key UNIQUE (storage_key),
    CONSTRAINT document_files_thumbnail_key UNIQUE (thumbnail_key)
);

-- Document kinds staff share with a company (files are otherwise staff's and the worker's).
CREATE TABLE document_sharing (
    organization_id UUID NOT NULL REFERENCES organizations (id),
    company_id UUID NOT NULL REFERENCES companies (id),
    kind TEXT NOT NULL,
    shared_by UUID NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (company_id, kind)
);
