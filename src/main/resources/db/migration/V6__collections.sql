-- Mentor collections: who curates a collection, whom it is shared with, its secret link, the organizations a mentor
-- supports, and who follows a collection (with what they saw at their last visit).
-- Standard SQL for H2 and PostgreSQL; sequences rather than identity columns (see V1).

-- The mentor's (or editor's) account that curates a collection; imported and shipped ones have none (editorial).
ALTER TABLE collection ADD COLUMN curator_account_id BIGINT REFERENCES account (id) ON DELETE SET NULL;
-- The secret part of an unlisted collection's link; a new one revokes the old.
ALTER TABLE collection ADD COLUMN unlisted_token VARCHAR(64);
ALTER TABLE collection ADD CONSTRAINT collection_token_unique UNIQUE (unlisted_token);
CREATE INDEX collection_curator ON collection (curator_account_id);

-- The organizations a shared collection is shared with: their members may read it.
CREATE TABLE collection_share (
    collection_id   BIGINT NOT NULL REFERENCES collection (id) ON DELETE CASCADE,
    organization_id BIGINT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    PRIMARY KEY (collection_id, organization_id)
);

-- The organizations a mentor supports (added with the join code a member of that organization gave them).
CREATE SEQUENCE mentor_support_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE mentor_support (
    id              BIGINT PRIMARY KEY,
    account_id      BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    organization_id BIGINT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mentor_support_unique UNIQUE (account_id, organization_id)
);

-- A reader following a collection; seen_items is what the collection held at their last visit (JSON), so the
-- portal can tell what was added, removed, moved or annotated since; link_key is the unlisted link's key they
-- followed it with (a renewed link drops the collection from their list).
CREATE SEQUENCE collection_follow_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE collection_follow (
    id            BIGINT PRIMARY KEY,
    collection_id BIGINT NOT NULL REFERENCES collection (id) ON DELETE CASCADE,
    account_id    BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    followed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_visit_at TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_items    VARCHAR NOT NULL,
    link_key      VARCHAR(64),
    version       BIGINT NOT NULL,
    CONSTRAINT collection_follow_unique UNIQUE (collection_id, account_id)
);
CREATE INDEX collection_follow_account ON collection_follow (account_id);
