-- The support organization's own record (issue 20): its registration (登録番号 and the
-- expiry of the 5-year registration), address and phone as the filings print them, its
-- offices (支援業務を行う事務所), and for each staff member the position, the office and the
-- last completed training. The day the 2027 caseload caps bind is a setting of its own:
-- an organization may apply them earlier. `organization` owns these tables and columns.

ALTER TABLE organizations ADD COLUMN registration_expires_on DATE;
-- 7 digits, no hyphen.
ALTER TABLE organizations ADD COLUMN postal_code TEXT;
ALTER TABLE organizations ADD COLUMN address TEXT;
ALTER TABLE organizations ADD COLUMN phone TEXT;
-- NULL: domain::caseload_caps_from_default() (2027-04-01).
ALTER TABLE organizations ADD COLUMN caseload_caps_from DATE;

CREATE TABLE organization_offices (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    name TEXT NOT NULL,
    postal_code TEXT,
    address TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT organization_offices_name_key UNIQUE (organization_id, name)
);
CREATE INDEX organization_offices_org_idx ON organization_offices (organization_id, name);

-- The position gains 'other' (a clerk, an interpreter: never in charge of a worker). SQLite
-- cannot change a CHECK, so the table is built again under its own name, with its rows;
-- nothing refers to `staff` by a foreign key.
CREATE TABLE staff_copy AS
    SELECT id, organization_id, user_id, full_name, position, languages, created_at, updated_at
    FROM staff;
DROP TABLE staff;
CREATE TABLE staff (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    user_id UUID NOT NULL REFERENCES users (id),
    full_name TEXT NOT NULL,
    -- domain::StaffPosition::code(): 'manager' (支援責任者), 'officer' (支援担当者), 'other'
    position TEXT NOT NULL CHECK (position IN ('manager', 'officer', 'other')),
    -- Languages the staff member can support in, space separated locale codes.
    languages TEXT NOT NULL DEFAULT 'ja',
    -- The office the staff member works at.
    office_id UUID REFERENCES organization_offices (id),
    -- The day they last completed the required training (講習).
    trained_on DATE,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT staff_user_key UNIQUE (user_id)
);
INSERT INTO staff (id, organization_id, user_id, full_name, position, languages, created_at,
                   updated_at)
    SELECT id, organization_id, user_id, full_name, position, languages, created_at, updated_at
    FROM staff_copy;
DROP TABLE staff_copy;
CREATE INDEX staff_org_idx ON staff (organization_id);
CREATE INDEX staff_office_idx ON staff (office_id);

-- The 支援担当者 in charge of the company (its contact; counts against the 10 employers).
ALTER TABLE companies ADD COLUMN support_officer_id UUID REFERENCES users (id);
CREATE INDEX companies_org_officer_idx ON companies (organization_id, support_officer_id);
