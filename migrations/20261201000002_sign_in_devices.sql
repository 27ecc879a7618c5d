-- Issue 17: after five wrong passwords anyone could lock an account out for up to 15
-- minutes. A browser that signed in to the account before carries a device cookie; its
-- attempts are counted on their own, so that guesses made elsewhere never lock it out.
-- Only a hash of the cookie's token is stored.
CREATE TABLE sign_in_devices (
    id UUID PRIMARY KEY,
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- SHA-256 of the 128-bit random token, hex.
    token_hash TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT sign_in_devices_token_hash_key UNIQUE (token_hash)
);
CREATE INDEX sign_in_devices_user_idx ON sign_in_devices (user_id, last_used_at);
