-- The sentence embedding of each published item's revision, per model: computed once when the revision is first
-- indexed and reused by every later rebuild, so only new revisions are encoded. A new model (or a new recipe for the
-- text it reads) has its own id and starts afresh. Standard SQL for H2 and PostgreSQL (BYTEA is BINARY VARYING in H2).
CREATE TABLE meaning_vector (
    item_id      VARCHAR(120) NOT NULL,
    item_version BIGINT NOT NULL,
    model        VARCHAR(80) NOT NULL,
    vector       BYTEA NOT NULL,
    CONSTRAINT meaning_vector_pk PRIMARY KEY (item_id, item_version, model)
);
