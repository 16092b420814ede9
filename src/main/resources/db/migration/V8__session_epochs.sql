-- Sessions end when what they were opened with changes: a password or the roles. Each account counts such changes;
-- a session remembers the count it was opened with and is ended at its next request once the count moved on.
ALTER TABLE account ADD COLUMN session_epoch BIGINT DEFAULT 0 NOT NULL;
