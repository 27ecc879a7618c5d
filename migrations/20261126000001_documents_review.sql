-- One version of a document kind waits for review at a time: a second upload racing the
-- first (two taps, two tabs) fails here instead of leaving two versions to review. To
-- replace a version still waiting, the worker withdraws it first.
CREATE UNIQUE INDEX document_submissions_one_waiting_idx
    ON document_submissions (worker_id, kind)
    WHERE status = 'waiting_for_review';
