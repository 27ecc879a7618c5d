-- Issue #21, point 5: interviews held online, as the guidelines allow them. A consent is
-- now a row of its history (given to a wording, withdrawable) for the worker or for the
-- supervisor; a record of a video interview keeps the consent it relied on, what staff
-- attested, whether it should have been face to face, and its recording.

CREATE TABLE interview_consents_history (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    worker_id UUID NOT NULL REFERENCES workers (id),
    -- Whose consent: the worker's, or their supervisor's (given by the company).
    person TEXT NOT NULL CHECK (person IN ('worker', 'supervisor')),
    -- The wording agreed to (CONSENT_TEXT_VERSION); 1 did not name the recording.
    text_version INTEGER NOT NULL,
    locale TEXT NOT NULL,
    given_by UUID NOT NULL REFERENCES users (id),
    given_at TIMESTAMPTZ NOT NULL,
    withdrawn_at TIMESTAMPTZ,
    withdrawn_by UUID REFERENCES users (id)
);
-- The consents given so far, to the first wording; the worker's id is a fresh id here,
-- as there was one consent per worker.
INSERT INTO interview_consents_history
    (id, organization_id, worker_id, person, text_version, locale, given_by, given_at)
SELECT worker_id, organization_id, worker_id, 'worker', 1, locale, given_by, given_at
FROM interview_consents;
DROP TABLE interview_consents;
ALTER TABLE interview_consents_history RENAME TO interview_consents;
-- One consent in force per person.
CREATE UNIQUE INDEX interview_consents_live_idx
    ON interview_consents (worker_id, person) WHERE withdrawn_at IS NULL;
CREATE INDEX interview_consents_worker_idx ON interview_consents (worker_id, person, given_at);

ALTER TABLE interview_records ADD COLUMN consent_id UUID REFERENCES interview_consents (id);
ALTER TABLE interview_records ADD COLUMN faces_visible BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE interview_records ADD COLUMN room_shown BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE interview_records ADD COLUMN no_third_party BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE interview_records ADD COLUMN no_earphones BOOLEAN NOT NULL DEFAULT FALSE;
-- A video interview that should have been face to face: first, staff_changed,
-- none_in_year (FaceToFaceReason); listed on the dashboard for a year.
ALTER TABLE interview_records ADD COLUMN face_to_face_missed TEXT
    CHECK (face_to_face_missed IN ('first', 'staff_changed', 'none_in_year'));
CREATE INDEX interview_records_face_to_face_idx
    ON interview_records (organization_id, held_on) WHERE face_to_face_missed IS NOT NULL;

-- The recording of an online interview: uploaded to storage, or kept elsewhere by the
-- organization and named here with its SHA-256. Kept until 1 year after the contract
-- ends, then removed by the retention purge with the worker's documents.
CREATE TABLE interview_recordings (
    booking_id UUID PRIMARY KEY REFERENCES interview_bookings (id),
    organization_id UUID NOT NULL REFERENCES organizations (id),
    worker_id UUID NOT NULL REFERENCES workers (id),
    storage_key TEXT,
    content_type TEXT,
    size_bytes BIGINT,
    file_name TEXT,
    external_ref TEXT,
    sha256 TEXT NOT NULL,
    added_by UUID NOT NULL REFERENCES users (id),
    added_at TIMESTAMPTZ NOT NULL,
    CHECK ((storage_key IS NULL) <> (external_ref IS NULL))
);
CREATE INDEX interview_recordings_worker_idx ON interview_recordings (worker_id);
