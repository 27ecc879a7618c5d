-- Consultations and notifications (issue #7). Support 7 (相談・苦情対応): a worker asks
-- in their own language, staff answer without delay and keep the consultation record
-- (参考様式5-4). The employing company never reads any of it.

CREATE TABLE consultations (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    worker_id UUID NOT NULL REFERENCES workers (id),
    category TEXT NOT NULL CHECK (category IN (
        'work', 'wages', 'hours', 'harassment', 'housing', 'health', 'money', 'visa', 'other'
    )),
    urgent BOOLEAN NOT NULL DEFAULT FALSE,
    -- waiting: the worker spoke last; answered: staff did; resolved: closed with its record.
    status TEXT NOT NULL CHECK (status IN ('waiting', 'answered', 'resolved')),
    -- The staff member who handles it.
    assigned_to UUID REFERENCES users (id),
    opened_at TIMESTAMPTZ NOT NULL,
    last_message_at TIMESTAMPTZ NOT NULL,
    -- When staff last opened the thread: the worker sees "read".
    staff_read_at TIMESTAMPTZ,
    -- When the worker last opened it: newer staff replies are unread.
    worker_read_at TIMESTAMPTZ,
    -- The consultation record (5-4), written when it is resolved.
    record_held_on DATE,
    record_content TEXT,
    record_response TEXT,
    -- The authority it was referred to (labour standards office, immigration, …), if any.
    record_referred_to TEXT,
    resolved_by UUID REFERENCES users (id),
    resolved_at TIMESTAMPTZ,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
-- The inbox: open ones, urgent and oldest first.
CREATE INDEX consultations_inbox_idx ON consultations (organization_id, status, urgent, opened_at);
CREATE INDEX consultations_worker_idx ON consultations (worker_id, last_message_at);

CREATE TABLE consultation_messages (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    consultation_id UUID NOT NULL REFERENCES consultations (id),
    author_id UUID NOT NULL REFERENCES users (id),
    -- A staff note the worker never sees.
    internal BOOLEAN NOT NULL DEFAULT FALSE,
    body TEXT NOT NULL,
    -- An optional photo, cleaned as uploads are (upright, no metadata).
    photo_key TEXT,
    photo_thumbnail_key TEXT,
    photo_sha256 TEXT,
    photo_size_bytes BIGINT,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX consultation_messages_thread_idx ON consultation_messages (consultation_id, created_at);

-- When the organization answers consultations: at least 3 weekdays and 1 weekend day.
CREATE TABLE opening_hours (
    organization_id UUID NOT NULL REFERENCES organizations (id),
    -- 0 = Monday … 6 = Sunday.
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    -- Japan time, HH:MM.
    opens TEXT NOT NULL,
    closes TEXT NOT NULL,
    updated_by UUID REFERENCES users (id),
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (organization_id, weekday)
);

-- One user's notification: its kind and parameters, rendered in the reader's language
-- when read (never stored as text).
CREATE TABLE notifications (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    user_id UUID NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL,
    -- JSON object of the parameters.
    params TEXT NOT NULL DEFAULT '{}',
    -- The page it leads to.
    link TEXT NOT NULL,
    -- A reminder's identity (e.g. interview_24h:<booking>:<start>): a second run, a
    -- restart or a second server adds nothing.
    dedupe_key TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    read_at TIMESTAMPTZ,
    CONSTRAINT notifications_dedupe_key UNIQUE (user_id, dedupe_key)
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at);

-- E-mail copies of notifications, sent by a background task with retries.
CREATE TABLE email_outbox (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    notification_id UUID NOT NULL REFERENCES notifications (id),
    to_address TEXT NOT NULL,
    -- pending → sent; failed after the last attempt; unsent when no SMTP server is set.
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'unsent')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    -- A sender's lease: another server instance leaves the row alone until it ends.
    claimed_until TIMESTAMPTZ,
    last_error TEXT,
    sent_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX email_outbox_due_idx ON email_outbox (status, next_attempt_at);
