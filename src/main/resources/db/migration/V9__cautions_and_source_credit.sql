-- Two optional fields of the content format: cautions_when (contexts in which a resource still fits, but with a
-- caution the reader sees; stored like applies_when in resource_condition) and, for research summaries, the
-- summary published elsewhere that one builds on (source_summary: title, author, publication, url).
CREATE TABLE resource_caution (
    resource_id BIGINT NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    vocab_key   VARCHAR(60) NOT NULL,
    term_key    VARCHAR(120) NOT NULL,
    PRIMARY KEY (resource_id, position)
);

ALTER TABLE resource ADD COLUMN source_title VARCHAR(1000);
ALTER TABLE resource ADD COLUMN source_author VARCHAR(300);
ALTER TABLE resource ADD COLUMN source_publication VARCHAR(500);
ALTER TABLE resource ADD COLUMN source_url VARCHAR(2000);
