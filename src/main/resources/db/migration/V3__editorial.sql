-- The editorial workflow: every save of a resource is a revision (its content-format text), review comments on
-- drafts, and publications scheduled for a date and time.

CREATE SEQUENCE revision_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE review_comment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE scheduled_publication_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE revision (
    id            BIGINT PRIMARY KEY,
    resource_slug VARCHAR(120) NOT NULL,
    revision_number INTEGER NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    author_email  VARCHAR(320) NOT NULL,
    author_name   VARCHAR(120) NOT NULL,
    action        VARCHAR(30) NOT NULL,
    status        VARCHAR(20) NOT NULL,
    note          VARCHAR(1000) NOT NULL,
    content_text  VARCHAR NOT NULL,
    CONSTRAINT revision_number_unique UNIQUE (resource_slug, revision_number)
);

CREATE TABLE review_comment (
    id            BIGINT PRIMARY KEY,
    resource_slug VARCHAR(120) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    author_email  VARCHAR(320) NOT NULL,
    author_name   VARCHAR(120) NOT NULL,
    body          VARCHAR(4000) NOT NULL
);
CREATE INDEX review_comment_resource ON review_comment (resource_slug);

CREATE TABLE scheduled_publication (
    id            BIGINT PRIMARY KEY,
    resource_slug VARCHAR(120) NOT NULL,
    publish_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    scheduled_by  VARCHAR(320) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT scheduled_publication_unique UNIQUE (resource_slug)
);
