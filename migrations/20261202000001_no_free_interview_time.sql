-- Issue 19: a worker who finds no free time for the interview that is due was at a dead
-- end. They can now say so: staff see "wants an interview, no free time" on their home
-- until the worker has an interview booked (the booking answers the request).
CREATE TABLE interview_time_requests (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    worker_id UUID NOT NULL REFERENCES workers (id) ON DELETE CASCADE,
    asked_at TIMESTAMPTZ NOT NULL,
    -- Set by the worker's next booking; open while NULL.
    answered_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX interview_time_requests_open_idx
    ON interview_time_requests (organization_id, answered_at, asked_at);
CREATE INDEX interview_time_requests_worker_idx ON interview_time_requests (worker_id);

-- How workers reach the organization besides the consultation form: a telephone number
-- shown with the opening hours (on the consultation page and wherever a worker is stuck).
CREATE TABLE organization_contacts (
    organization_id UUID PRIMARY KEY REFERENCES organizations (id),
    phone TEXT,
    updated_by UUID REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
