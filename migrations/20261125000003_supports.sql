-- The 10 mandatory supports (issue #4): each worker's support plan. The history of every
-- change is the audit log (entity 'support'), written in the same transaction.

-- What the rules need about a worker's situation (domain::WorkerSituation), and the staff
-- member in charge of the worker (the dashboard filters by them).
ALTER TABLE workers ADD COLUMN changed_status_in_japan BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE workers ADD COLUMN contract_signed_on DATE;
ALTER TABLE workers ADD COLUMN visa_applied_on DATE;
ALTER TABLE workers ADD COLUMN settled_on DATE;
-- Employment ended for reasons not the worker's fault (job-change support applies).
ALTER TABLE workers ADD COLUMN employment_ended_on DATE;
ALTER TABLE workers ADD COLUMN support_officer_id UUID REFERENCES users (id);
CREATE INDEX workers_org_officer_idx ON workers (organization_id, support_officer_id);

CREATE TABLE supports (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    worker_id UUID NOT NULL REFERENCES workers (id),
    -- SupportKind::code(), or 'voluntary' for an optional support staff add themselves.
    kind TEXT NOT NULL,
    -- The title of a voluntary support.
    title TEXT,
    status TEXT NOT NULL CHECK (status IN
        ('planned', 'done', 'acknowledged', 'confirmed', 'not_applicable', 'reopened')),
    due_on DATE,
    -- Optimistic concurrency: every change bumps it, and a save that names an older
    -- version is refused ("changed meanwhile").
    version BIGINT NOT NULL DEFAULT 1,
    -- The delivery, as recorded by staff.
    delivered_on DATE,
    duration_minutes INTEGER CHECK (duration_minutes > 0),
    delivered_by TEXT,
    -- The locale code of the language the support was given in.
    language TEXT,
    mode TEXT CHECK (mode IN ('in_person', 'online')),
    place TEXT,
    -- What was covered; shown to the worker and the company.
    content TEXT,
    -- Staff only: never sent to workers or companies.
    internal_note TEXT,
    recorded_by UUID REFERENCES users (id),
    not_applicable_reason TEXT,
    acknowledged_by UUID REFERENCES users (id),
    acknowledged_at TIMESTAMPTZ,
    confirmed_by UUID REFERENCES users (id),
    confirmed_at TIMESTAMPTZ,
    -- The company's comment when it sent the record back.
    sent_back_comment TEXT,
    -- Who made the last change (the audit log has every one).
    updated_by UUID REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
-- One of each mandatory support per worker; any number of voluntary ones.
CREATE UNIQUE INDEX supports_worker_kind_key ON supports (worker_id, kind) WHERE kind <> 'voluntary';
-- The dashboard: open supports by due date, without visiting each worker.
CREATE INDEX supports_org_status_due_idx ON supports (organization_id, status, due_on);
-- The dashboard's counts look up each due support's worker for its company, field and
-- officer: with this covering index that is one index search, never the table row.
CREATE INDEX workers_dashboard_idx ON workers (id, company_id, field, support_officer_id);
