-- A worker points out a mistake in their record (issue 20): a consultation about the
-- record, opened from the worker's own record page and given at once to their 支援担当者.
ALTER TABLE consultations ADD COLUMN about_record BOOLEAN NOT NULL DEFAULT FALSE;
