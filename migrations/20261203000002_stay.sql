-- The worker's stay (issue 20): the period of stay granted, renewals, leave, and the 5-year
-- count of 特定技能1号 (domain::stay, domain::total_stay). `residence_card_expiry` stays the
-- end of the period of stay (在留期間満了日), as the card prints it.

-- 許可年月日 of the current period of stay.
ALTER TABLE workers ADD COLUMN stay_granted_on DATE;
-- The first day on 特定技能1号, with any employer: the 5 years count from it.
ALTER TABLE workers ADD COLUMN ssw_first_entered_on DATE;
-- The last day of the 5 years with the excluded leave, kept by the stay feature whenever the
-- first day or a leave changes (domain::total_stay), so that the dashboard reads an index.
ALTER TABLE workers ADD COLUMN total_stay_ends_on DATE;
-- The renewal applied for and not yet decided, if any: the card's expiry then reads "under
-- review" (the special period), not "expired".
ALTER TABLE workers ADD COLUMN renewal_applied_on DATE;
CREATE INDEX workers_org_total_stay_idx ON workers (organization_id, total_stay_ends_on);

-- Renewals of the period of stay (在留期間更新許可申請), one row per application.
CREATE TABLE worker_renewals (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    worker_id UUID NOT NULL REFERENCES workers (id),
    -- The expiry the application renews.
    expiry DATE NOT NULL,
    applied_on DATE NOT NULL,
    decided_on DATE,
    -- domain::RenewalResult::code(); set exactly when decided_on is.
    result TEXT CHECK (result IN ('granted', 'refused', 'withdrawn')),
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT worker_renewals_decided CHECK ((decided_on IS NULL) = (result IS NULL))
);
CREATE INDEX worker_renewals_worker_idx ON worker_renewals (organization_id, worker_id, applied_on);

-- Leave that may be left out of the 5 years (domain::LeaveKind). Companies never read the
-- kind (it tells of pregnancy or illness).
CREATE TABLE worker_leaves (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    worker_id UUID NOT NULL REFERENCES workers (id),
    kind TEXT NOT NULL CHECK (kind IN ('maternity', 'childcare', 'sickness_or_injury', 'work_injury')),
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT worker_leaves_dates CHECK (ends_on >= starts_on)
);
CREATE INDEX worker_leaves_worker_idx ON worker_leaves (organization_id, worker_id, starts_on);
