-- Accounts (issue #3): invitations, ending every session of a user at once, and the IP of
-- each audited request.

-- Bumped to end every session of the user at once: sign out of all devices, a new password,
-- a disabled account. A session remembers the generation it was made in.
ALTER TABLE users ADD COLUMN session_generation BIGINT NOT NULL DEFAULT 0;

-- Where the audited request came from (NULL for the system itself).
ALTER TABLE audit_log ADD COLUMN ip TEXT;
CREATE INDEX audit_log_org_actor_idx ON audit_log (organization_id, actor_user_id, at);
CREATE INDEX audit_log_org_action_idx ON audit_log (organization_id, action, at);

-- A one-time link with which a person sets their password (and later, resets it). Only a
-- hash of the token is stored; the link itself is shown once, to the staff who made it.
CREATE TABLE invitations (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    user_id UUID NOT NULL REFERENCES users (id),
    -- SHA-256 of the 128-bit random token, hex.
    token_hash TEXT NOT NULL,
    created_by UUID NOT NULL REFERENCES users (id),
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ,
    -- Set when a newer invitation for the same user replaces this one.
    revoked_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT invitations_token_hash_key UNIQUE (token_hash)
);
CREATE INDEX invitations_org_user_idx ON invitations (organization_id, user_id, created_at);
