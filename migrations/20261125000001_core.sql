-- The core tables (DESIGN.md §2). One SQL text for SQLite and PostgreSQL: PostgreSQL type
-- names, which SQLite accepts as declared types; ids are UUIDs (v7) made by the application;
-- times are UTC. Every tenant table carries organization_id.

CREATE TABLE organizations (
    id UUID PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    -- 登録支援機関の登録番号, e.g. 19登-000001
    registration_number TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE companies (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    name TEXT NOT NULL,
    -- SswField::code()
    field TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT companies_org_name_key UNIQUE (organization_id, name)
);
CREATE INDEX companies_org_idx ON companies (organization_id, name);

CREATE TABLE users (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    role TEXT NOT NULL CHECK (role IN ('worker', 'company', 'staff', 'admin')),
    -- Staff and company users sign in by e-mail, workers by a short login id.
    email TEXT,
    login_id TEXT,
    display_name TEXT NOT NULL,
    preferred_locale TEXT NOT NULL DEFAULT 'ja',
    -- NULL until the invitation has been accepted.
    password_hash TEXT,
    -- The company of a company user.
    company_id UUID REFERENCES companies (id),
    disabled_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_login_id_key UNIQUE (login_id),
    CONSTRAINT users_has_sign_in CHECK (email IS NOT NULL OR login_id IS NOT NULL),
    CONSTRAINT users_company_role CHECK ((role = 'company') = (company_id IS NOT NULL))
);
CREATE INDEX users_org_role_idx ON users (organization_id, role);

-- The support organization's staff (支援責任者 / 支援担当者).
CREATE TABLE staff (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    user_id UUID NOT NULL REFERENCES users (id),
    full_name TEXT NOT NULL,
    -- 'manager' (支援責任者) or 'officer' (支援担当者)
    position TEXT NOT NULL CHECK (position IN ('manager', 'officer')),
    -- Languages the staff member can support in, space separated locale codes.
    languages TEXT NOT NULL DEFAULT 'ja',
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT staff_user_key UNIQUE (user_id)
);
CREATE INDEX staff_org_idx ON staff (organization_id);

CREATE TABLE workers (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    company_id UUID NOT NULL REFERENCES companies (id),
    -- NULL until staff create the worker's account.
    user_id UUID REFERENCES users (id),
    family_name TEXT NOT NULL,
    given_name TEXT NOT NULL,
    -- ISO 3166-1 alpha-2, e.g. VN, ID, MM, PH, CN, NP
    nationality TEXT NOT NULL,
    preferred_locale TEXT NOT NULL,
    -- SswField::code(); usually the company's field.
    field TEXT NOT NULL,
    entry_date DATE,
    residence_card_expiry DATE,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT workers_user_key UNIQUE (user_id)
);
CREATE INDEX workers_org_company_idx ON workers (organization_id, company_id);
CREATE INDEX workers_org_card_expiry_idx ON workers (organization_id, residence_card_expiry);

-- Who did what, when: written in the same transaction as the change it records.
CREATE TABLE audit_log (
    id UUID PRIMARY KEY,
    organization_id UUID REFERENCES organizations (id),
    -- NULL for the system itself (migrations, demo data, scheduled jobs).
    actor_user_id UUID REFERENCES users (id),
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id UUID,
    -- JSON with the details of the change.
    detail TEXT NOT NULL DEFAULT '{}',
    at TIMESTAMPTZ NOT NULL
);
CREATE INDEX audit_log_org_at_idx ON audit_log (organization_id, at);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
