-- Which search gap a draft was started from ("Start a draft" on the editors' insights page): the gap's normalized
-- words and the draft's id. The gap's row finds its draft by this, so the link survives the draft being renamed
-- (rows used to find drafts by their exact title only, and offered to start a second one).
CREATE SEQUENCE gap_draft_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE gap_draft (
    id            BIGINT PRIMARY KEY,
    query_text    VARCHAR(200) NOT NULL,
    resource_slug VARCHAR(120) NOT NULL,
    started_on    DATE NOT NULL
);
CREATE INDEX gap_draft_query ON gap_draft (query_text);
