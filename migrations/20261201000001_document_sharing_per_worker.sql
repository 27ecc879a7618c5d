-- Issue 17: sharing a kind with the company opened it for every worker of the company
-- (and every later upload of that kind). A share is now of one worker's documents of one
-- kind, given to the company the worker was with at the time; a worker who moves to
-- another company leaves the share behind. Company-wide shares of before are withdrawn:
-- staff share again, worker by worker, from the worker's documents page.
DROP TABLE document_sharing;

CREATE TABLE document_sharing (
    organization_id UUID NOT NULL REFERENCES organizations (id),
    worker_id UUID NOT NULL REFERENCES workers (id),
    company_id UUID NOT NULL REFERENCES companies (id),
    kind TEXT NOT NULL,
    shared_by UUID NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (worker_id, kind)
);
