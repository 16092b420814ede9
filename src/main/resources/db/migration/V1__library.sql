-- The library: resources (research summaries and practice guides), their terms, the taxonomy,
-- curated collections, and the change log that keeps the search index true.
-- Written once for H2 and PostgreSQL: standard types only, sequences rather than identity columns.
-- Sequences start at their increment: EclipseLink takes a value V as the block (V - 49 .. V).

CREATE SEQUENCE resource_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE collection_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE taxonomy (
    id          BIGINT PRIMARY KEY,
    source_yaml VARCHAR NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT NOT NULL
);

CREATE TABLE resource (
    id                 BIGINT PRIMARY KEY,
    resource_type      VARCHAR(30) NOT NULL,
    slug               VARCHAR(120) NOT NULL,
    title              VARCHAR(500) NOT NULL,
    language           VARCHAR(5) NOT NULL,
    translation_of     VARCHAR(120),
    published_on       DATE,
    status             VARCHAR(20) NOT NULL,
    citation_year      INTEGER,
    citation_title     VARCHAR(1000),
    citation_container VARCHAR(500),
    citation_volume    VARCHAR(50),
    citation_issue     VARCHAR(50),
    citation_pages     VARCHAR(50),
    citation_doi       VARCHAR(300),
    citation_url       VARCHAR(2000),
    summarized_by      VARCHAR(300),
    evidence_design    VARCHAR(40),
    evidence_sample    VARCHAR(1000),
    notes_of_interest  VARCHAR,
    introduction       VARCHAR,
    implications       VARCHAR,
    key_findings       VARCHAR,
    limitations        VARCHAR,
    guide_summary      VARCHAR,
    body               VARCHAR,
    effort             VARCHAR(10),
    version            BIGINT NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT resource_slug_unique UNIQUE (slug)
);
CREATE INDEX resource_listing ON resource (status, published_on);
CREATE INDEX resource_translation ON resource (translation_of);

CREATE TABLE resource_term (
    resource_id BIGINT NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    vocab_key   VARCHAR(60) NOT NULL,
    term_key    VARCHAR(120) NOT NULL,
    PRIMARY KEY (resource_id, position)
);
CREATE INDEX resource_term_lookup ON resource_term (vocab_key, term_key);

CREATE TABLE resource_condition (
    resource_id BIGINT NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    vocab_key   VARCHAR(60) NOT NULL,
    term_key    VARCHAR(120) NOT NULL,
    PRIMARY KEY (resource_id, position)
);

CREATE TABLE resource_author (
    resource_id BIGINT NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        VARCHAR(300) NOT NULL,
    PRIMARY KEY (resource_id, position)
);

CREATE TABLE guide_evidence (
    resource_id  BIGINT NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    summary_slug VARCHAR(120) NOT NULL,
    PRIMARY KEY (resource_id, position)
);

CREATE TABLE collection (
    id           BIGINT PRIMARY KEY,
    slug         VARCHAR(120) NOT NULL,
    title        VARCHAR(500) NOT NULL,
    language     VARCHAR(5) NOT NULL,
    published_on DATE,
    curator_name VARCHAR(300),
    description  VARCHAR,
    visibility   VARCHAR(10) NOT NULL,
    version      BIGINT NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT collection_slug_unique UNIQUE (slug)
);

CREATE TABLE collection_item (
    collection_id BIGINT NOT NULL REFERENCES collection (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    resource_slug VARCHAR(120),
    url           VARCHAR(2000),
    title         VARCHAR(500),
    note          VARCHAR,
    PRIMARY KEY (collection_id, position)
);

CREATE TABLE collection_term (
    collection_id BIGINT NOT NULL REFERENCES collection (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    vocab_key     VARCHAR(60) NOT NULL,
    term_key      VARCHAR(120) NOT NULL,
    PRIMARY KEY (collection_id, position)
);

-- The outbox: numbered without gaps in commit order (writers lock change_counter until they commit).
CREATE TABLE change_counter (
    id       BIGINT PRIMARY KEY,
    last_seq BIGINT NOT NULL
);
INSERT INTO change_counter (id, last_seq) VALUES (1, 0);

CREATE TABLE change_log (
    seq           BIGINT PRIMARY KEY,
    resource_slug VARCHAR(120) NOT NULL,
    kind          VARCHAR(10) NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
