-- Periodic interviews (issue #6): staff publish slots; a worker or the worker's supervisor
-- books one; staff record the result. The database itself forbids double booking.

CREATE TABLE interview_slots (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    -- Who holds the interview.
    staff_id UUID NOT NULL REFERENCES users (id),
    starts_at TIMESTAMPTZ NOT NULL,
    ends_at TIMESTAMPTZ NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('in_person', 'video')),
    -- The place, or the video link.
    place TEXT,
    video_url TEXT,
    -- Language codes the interview can be held in, comma-separated.
    languages TEXT NOT NULL DEFAULT '',
    interpreter BOOLEAN NOT NULL DEFAULT FALSE,
    withdrawn_at TIMESTAMPTZ,
    created_by UUID NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL,
    CHECK (ends_at > starts_at)
);
-- Free slots in a window; a staff member's own slots (overlap check).
CREATE INDEX interview_slots_org_start_idx ON interview_slots (organization_id, starts_at);
CREATE INDEX interview_slots_staff_start_idx ON interview_slots (staff_id, starts_at);

CREATE TABLE interview_bookings (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    slot_id UUID NOT NULL REFERENCES interview_slots (id),
    worker_id UUID NOT NULL REFERENCES workers (id),
    kind TEXT NOT NULL CHECK (kind IN ('worker', 'supervisor')),
    booked_by UUID NOT NULL REFERENCES users (id),
    status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled', 'no_show', 'completed')),
    -- The calendar entry's UID: a rescheduled booking keeps it (and raises the sequence),
    -- so calendars move the entry instead of adding a second one.
    calendar_uid TEXT NOT NULL UNIQUE,
    calendar_sequence INTEGER NOT NULL DEFAULT 0,
    cancel_reason TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
-- No double booking, ever: one live booking per slot, and one per worker and kind.
CREATE UNIQUE INDEX interview_bookings_one_per_slot_idx
    ON interview_bookings (slot_id) WHERE status = 'booked';
CREATE UNIQUE INDEX interview_bookings_one_per_kind_idx
    ON interview_bookings (worker_id, kind) WHERE status = 'booked';
CREATE INDEX interview_bookings_worker_idx ON interview_bookings (organization_id, worker_id, kind);

-- A worker's consent to online interviews, given once, in their language.
CREATE TABLE interview_consents (
    worker_id UUID PRIMARY KEY REFERENCES workers (id),
    organization_id UUID NOT NULL REFERENCES organizations (id),
    given_by UUID NOT NULL REFERENCES users (id),
    locale TEXT NOT NULL,
    given_at TIMESTAMPTZ NOT NULL
);
