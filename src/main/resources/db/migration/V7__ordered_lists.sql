-- Lists kept in order (a resource's or collection's terms and conditions, a summary's authors, a guide's evidence):
-- their position no longer has to be unique while a save reorders them.
--
-- EclipseLink moves an element of an ordered list with one UPDATE of its position at a time. With the position in
-- the primary key, swapping two elements collided with the row not yet moved, and saving a shipped resource whose
-- lists the edit form put in another order failed with a duplicate key. Terms are unique within their owner, so the
-- term is the key; authors and evidence may repeat, so they have no key, only an index on their owner.
--
-- Each table is rebuilt under its own name (standard SQL for H2 and PostgreSQL, which name primary keys differently).

CREATE TABLE resource_term_v7 (
    resource_id BIGINT NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    vocab_key   VARCHAR(60) NOT NULL,
    term_key    VARCHAR(120) NOT NULL,
    PRIMARY KEY (resource_id, vocab_key, term_key)
);
INSERT INTO resource_term_v7 (resource_id, position, vocab_key, term_key)
    SELECT resource_id, MIN(position), vocab_key, term_key FROM resource_term GROUP BY resource_id, vocab_key, term_key;
DROP TABLE resource_term;
ALTER TABLE resource_term_v7 RENAME TO resource_term;
CREATE INDEX resource_term_lookup ON resource_term (vocab_key, term_key);

CREATE TABLE resource_condition_v7 (
    resource_id BIGINT NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    vocab_key   VARCHAR(60) NOT NULL,
    term_key    VARCHAR(120) NOT NULL,
    PRIMARY KEY (resource_id, vocab_key, term_key)
);
INSERT INTO resource_condition_v7 (resource_id, position, vocab_key, term_key)
    SELECT resource_id, MIN(position), vocab_key, term_key FROM resource_condition
    GROUP BY resource_id, vocab_key, term_key;
DROP TABLE resource_condition;
ALTER TABLE resource_condition_v7 RENAME TO resource_condition;

CREATE TABLE collection_term_v7 (
    collection_id BIGINT NOT NULL REFERENCES collection (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    vocab_key     VARCHAR(60) NOT NULL,
    term_key      VARCHAR(120) NOT NULL,
    PRIMARY KEY (collection_id, vocab_key, term_key)
);
INSERT INTO collection_term_v7 (collection_id, position, vocab_key, term_key)
    SELECT collection_id, MIN(position), vocab_key, term_key FROM collection_term
    GROUP BY collection_id, vocab_key, term_key;
DROP TABLE collection_term;
ALTER TABLE collection_term_v7 RENAME TO collection_term;

CREATE TABLE resource_author_v7 (
    resource_id BIGINT NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        VARCHAR(300) NOT NULL
);
INSERT INTO resource_author_v7 (resource_id, position, name) SELECT resource_id, position, name FROM resource_author;
DROP TABLE resource_author;
ALTER TABLE resource_author_v7 RENAME TO resource_author;
CREATE INDEX resource_author_owner ON resource_author (resource_id, position);

CREATE TABLE guide_evidence_v7 (
    resource_id  BIGINT NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    summary_slug VARCHAR(120) NOT NULL
);
INSERT INTO guide_evidence_v7 (resource_id, position, summary_slug)
    SELECT resource_id, position, summary_slug FROM guide_evidence;
DROP TABLE guide_evidence;
ALTER TABLE guide_evidence_v7 RENAME TO guide_evidence;
CREATE INDEX guide_evidence_owner ON guide_evidence (resource_id, position);
