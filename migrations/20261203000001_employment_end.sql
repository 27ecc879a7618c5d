-- The end of employment for every reason (issue 20). `contract_ended_on` (documents
-- migration) becomes the one end date: the retention purge, the due lists and job-change
-- support (support 9) all follow it. The reason says whether support 9 is due
-- (domain::EmploymentEndReason::brings_job_change_support). The old
-- `employment_ended_on` meant "ended, not the worker's fault"; its endings are kept as
-- endings for the company's reasons, which is what they switched on.

ALTER TABLE workers ADD COLUMN contract_started_on DATE;
-- domain::EmploymentEndReason::code(); set exactly when contract_ended_on is.
ALTER TABLE workers ADD COLUMN employment_end_reason TEXT;

UPDATE workers
SET contract_ended_on = COALESCE(contract_ended_on, employment_ended_on),
    employment_end_reason = 'company_reasons'
WHERE employment_ended_on IS NOT NULL;
-- An end date set by hand before the reason existed: the contract ran out.
UPDATE workers
SET employment_end_reason = 'contract_expired'
WHERE contract_ended_on IS NOT NULL AND employment_end_reason IS NULL;

ALTER TABLE workers DROP COLUMN employment_ended_on;

-- The former workers of a company, and the workers still employed on a day.
CREATE INDEX workers_org_ended_idx ON workers (organization_id, contract_ended_on);
