-- Supports as the law counts them (issue 21).
--
-- A support can be delivered many times: housing help and the procedures on every move,
-- the running logs of Japanese learning, consultations, exchange and the interviews. Each
-- delivery is its own row with its own acknowledgement and confirmation, and a correction
-- adds a new version with its reason while the one it replaces stays readable.
--
-- Support 2 is two lines: the pick-up on entry ('airport_pick_up', what was
-- 'airport_transfer') and the send-off on final departure ('departure_send_off'), which
-- applies to every worker. The send-off lines of existing plans are added by the server
-- at start (`supports::complete_plans`): an id cannot be made the same way in SQL on both
-- backends.
--
-- A support that applies but could not be delivered ('not_delivered') keeps its reason
-- and the day in `reason` and `not_delivered_on`; 'not_applicable' keeps its reason in
-- `reason` too. SQLite cannot change a CHECK, so the table is built again under its own
-- name, with its rows; nothing refers to `supports` by a foreign key.
CREATE TABLE supports_copy AS SELECT * FROM supports;
DROP TABLE supports;
CREATE TABLE supports (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    worker_id UUID NOT NULL REFERENCES workers (id),
    -- SupportKind::code(), or 'voluntary' for an optional support staff add themselves.
    kind TEXT NOT NULL,
    -- The title of a voluntary support.
    title TEXT,
    -- Where the support stands; for a delivered one, where its latest delivery stands.
    status TEXT NOT NULL CHECK (status IN
        ('planned', 'done', 'acknowledged', 'confirmed', 'not_applicable', 'not_delivered',
         'reopened')),
    due_on DATE,
    -- Optimistic concurrency: every change bumps it, and a save that names an older
    -- version is refused ("changed meanwhile").
    version BIGINT NOT NULL DEFAULT 1,
    -- Why it does not apply ('rule:<code>' when the rules decided), or why it could not be
    -- delivered.
    reason TEXT,
    -- The day it was found it could not be delivered.
    not_delivered_on DATE,
    -- The latest current delivery (support_deliveries.id), shown as the support's
    -- delivery; the service keeps it (no foreign key: the two tables refer to each other).
    latest_delivery_id UUID,
    -- Who made the last change (the audit log has every one).
    updated_by UUID REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
INSERT INTO supports (id, organization_id, worker_id, kind, title, status, due_on, version,
                      reason, not_delivered_on, latest_delivery_id, updated_by, created_at,
                      updated_at)
    SELECT id, organization_id, worker_id,
           CASE kind WHEN 'airport_transfer' THEN 'airport_pick_up' ELSE kind END,
           title, status, due_on, version, not_applicable_reason, NULL,
           CASE WHEN delivered_on IS NULL THEN NULL ELSE id END,
           updated_by, created_at, updated_at
    FROM supports_copy;
-- One line of each mandatory support per worker; any number of voluntary ones.
CREATE UNIQUE INDEX supports_worker_kind_key ON supports (worker_id, kind) WHERE kind <> 'voluntary';
-- The dashboard: open supports by due date, without visiting each worker.
CREATE INDEX supports_org_status_due_idx ON supports (organization_id, status, due_on);

CREATE TABLE support_deliveries (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    support_id UUID NOT NULL REFERENCES supports (id),
    -- The delivery this version corrects, and why; NULL for a first record.
    corrects_id UUID REFERENCES support_deliveries (id),
    correction_reason TEXT,
    -- When a correction replaced this version (it stays readable in the history).
    superseded_at TIMESTAMPTZ,
    delivered_on DATE NOT NULL,
    -- Older records may lack what follows; every new one has it.
    duration_minutes INTEGER CHECK (duration_minutes > 0),
    delivered_by TEXT,
    -- The language it was given in (an ISO 639 code), and the interpreter when the worker
    -- does not understand that language.
    language TEXT,
    interpreter TEXT,
    mode TEXT CHECK (mode IN ('in_person', 'online')),
    place TEXT,
    -- What was covered; shown to the worker and the company.
    content TEXT,
    -- Staff only: never sent to workers or companies.
    internal_note TEXT,
    -- A delivery given in parts (the orientation): its sessions, one per line,
    -- 'YYYY-MM-DD HH:MM-HH:MM' (domain::parse_sessions); delivered_on is the last one's day.
    sessions TEXT,
    -- Given after the day it was due, where the law accepts lateness.
    late BOOLEAN NOT NULL DEFAULT FALSE,
    recorded_by UUID REFERENCES users (id),
    acknowledged_by UUID REFERENCES users (id),
    acknowledged_at TIMESTAMPTZ,
    confirmed_by UUID REFERENCES users (id),
    confirmed_at TIMESTAMPTZ,
    -- The company's comment when it sent the record back.
    sent_back_comment TEXT,
    created_at TIMESTAMPTZ NOT NULL
);
-- Each support had at most one delivery: it keeps the support's id.
INSERT INTO support_deliveries (id, organization_id, support_id, delivered_on,
                                duration_minutes, delivered_by, language, mode, place,
                                content, internal_note, recorded_by, acknowledged_by,
                                acknowledged_at, confirmed_by, confirmed_at,
                                sent_back_comment, created_at)
    SELECT id, organization_id, id, delivered_on, duration_minutes, delivered_by, language,
           mode, place, content, internal_note, recorded_by, acknowledged_by,
           acknowledged_at, confirmed_by, confirmed_at, sent_back_comment, updated_at
    FROM supports_copy
    WHERE delivered_on IS NOT NULL;
DROP TABLE supports_copy;
-- A support's deliveries in order (its page, the record, the confirmations).
CREATE INDEX support_deliveries_support_idx ON support_deliveries (support_id, delivered_on);
-- The dashboard's late deliveries of the last year.
CREATE INDEX support_deliveries_late_idx ON support_deliveries (organization_id, delivered_on)
    WHERE late;

-- The company's entrusted supports name the two lines of support 2 (one code per line:
-- the literal holds a line break, the same SQL on both backends).
UPDATE companies SET entrusted_supports = REPLACE(entrusted_supports, 'airport_transfer',
    'airport_pick_up
departure_send_off')
    WHERE entrusted_supports LIKE '%airport_transfer%';

-- A worker who lived in Japan as a technical intern or a student and stays with the same
-- employer: about 4 hours of life orientation are enough (domain::orientation_min_minutes).
ALTER TABLE workers ADD COLUMN former_intern_same_employer BOOLEAN NOT NULL DEFAULT FALSE;
