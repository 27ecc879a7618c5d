-- Issue #21, point 8: a document whose insurer and pension numbers must be masked is
-- accepted only once the reviewer confirms the masking, and reaches the company only
-- then. Versions accepted before this have no confirmation: the company no longer opens
-- them until staff accept a confirmed version.
ALTER TABLE document_submissions ADD COLUMN masking_confirmed_at TIMESTAMPTZ;
ALTER TABLE document_submissions ADD COLUMN masking_confirmed_by UUID REFERENCES users (id);
