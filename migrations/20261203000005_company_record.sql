-- Each company's record (issue 20), as the filings name it: 法人番号, address, representative,
-- phone, the support entrustment contract (支援委託契約) and the supports it entrusts; and
-- its workplaces (事業所), one of which is each worker's. `companies` owns both tables.

-- 13 digits with the check digit (domain::CorporateNumber).
ALTER TABLE companies ADD COLUMN corporate_number TEXT;
-- 7 digits, no hyphen.
ALTER TABLE companies ADD COLUMN postal_code TEXT;
ALTER TABLE companies ADD COLUMN address TEXT;
-- 代表者の氏名.
ALTER TABLE companies ADD COLUMN representative TEXT;
ALTER TABLE companies ADD COLUMN phone TEXT;
-- The day the support entrustment contract was made.
ALTER TABLE companies ADD COLUMN entrusted_on DATE;
-- domain::SupportKind::code() of each entrusted support, one per line.
ALTER TABLE companies ADD COLUMN entrusted_supports TEXT;

-- A corporate number names one company: an organization does not hold it twice.
CREATE UNIQUE INDEX companies_corporate_number_idx ON companies (organization_id, corporate_number)
    WHERE corporate_number IS NOT NULL;

CREATE TABLE company_workplaces (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    company_id UUID NOT NULL REFERENCES companies (id),
    name TEXT NOT NULL,
    postal_code TEXT,
    address TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT company_workplaces_name_key UNIQUE (company_id, name)
);
CREATE INDEX company_workplaces_company_idx ON company_workplaces (organization_id, company_id);

-- Where the worker works (事業所), one of their company's workplaces.
ALTER TABLE workers ADD COLUMN workplace_id UUID REFERENCES company_workplaces (id);
