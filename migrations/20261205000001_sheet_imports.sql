-- Bulk onboarding (issue 20): a spreadsheet staff upload, kept between its preview and its
-- import. `content` is the file's text as read (UTF-8; a Shift_JIS file is decoded on
-- upload), so the preview and the import read exactly what was checked. The import empties
-- it: the names and card numbers then live in the workers' records, not in a second copy.
-- A file that was never imported is removed a day after its upload. `onboarding` owns
-- these tables.

CREATE TABLE sheet_imports (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    uploaded_by UUID NOT NULL REFERENCES users (id),
    file_name TEXT NOT NULL,
    -- 'utf-8' or 'shift_jis': how the file came.
    encoding TEXT NOT NULL CHECK (encoding IN ('utf-8', 'shift_jis')),
    -- SHA-256 of the bytes uploaded, hex.
    sha256 TEXT NOT NULL,
    content TEXT,
    uploaded_at TIMESTAMPTZ NOT NULL,
    imported_at TIMESTAMPTZ,
    imported_by UUID REFERENCES users (id),
    companies_added INTEGER,
    workers_added INTEGER,
    rows_unchanged INTEGER
);
CREATE INDEX sheet_imports_org_idx ON sheet_imports (organization_id, uploaded_at);

-- The workers an import added, for its list of invitations.
CREATE TABLE sheet_import_workers (
    import_id UUID NOT NULL REFERENCES sheet_imports (id),
    worker_id UUID NOT NULL REFERENCES workers (id),
    line INTEGER NOT NULL,
    PRIMARY KEY (import_id, worker_id)
);
