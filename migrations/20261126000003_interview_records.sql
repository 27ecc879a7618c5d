-- Issue #6: what staff record after an interview, as the official reports ask (form 5-5
-- for the worker, 5-6 for the supervisor), and the supervisor interview's due date.

CREATE TABLE interview_records (
    booking_id UUID PRIMARY KEY REFERENCES interview_bookings (id),
    organization_id UUID NOT NULL REFERENCES organizations (id),
    worker_id UUID NOT NULL REFERENCES workers (id),
    kind TEXT NOT NULL CHECK (kind IN ('worker', 'supervisor')),
    held_on DATE NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('in_person', 'video')),
    attendees TEXT NOT NULL,
    -- The interpreter's name, when there was one.
    interpreter TEXT,
    -- InterviewTopic codes checked, comma-separated.
    topics TEXT NOT NULL,
    problems TEXT,
    action_taken TEXT,
    -- What the worker (or, for a supervisor interview, the company) may read.
    summary TEXT NOT NULL,
    -- A report to the labour standards office (労働基準監督署) or to immigration
    -- (出入国在留管理庁) is needed: listed on the dashboard until marked done.
    report_labour_office BOOLEAN NOT NULL DEFAULT FALSE,
    report_immigration BOOLEAN NOT NULL DEFAULT FALSE,
    report_done_at TIMESTAMPTZ,
    report_done_by UUID REFERENCES users (id),
    recorded_by UUID NOT NULL REFERENCES users (id),
    recorded_at TIMESTAMPTZ NOT NULL
);
-- The last interview of a kind held with a worker.
CREATE INDEX interview_records_worker_idx ON interview_records (worker_id, kind, held_on);
-- Reports still to send, for the dashboard.
CREATE INDEX interview_records_report_idx ON interview_records (organization_id, report_done_at);

-- The worker interview's due date is support 10's `due_on`; the supervisor's lives here,
-- kept by the same rule (last held + 3 months, or start of work + 3 months).
ALTER TABLE workers ADD COLUMN supervisor_interview_due_on DATE;
UPDATE workers SET supervisor_interview_due_on = (
    SELECT s.due_on FROM supports s
    WHERE s.worker_id = workers.id AND s.kind = 'periodic_interview'
);
CREATE INDEX workers_org_supervisor_due_idx ON workers (organization_id, supervisor_interview_due_on);
