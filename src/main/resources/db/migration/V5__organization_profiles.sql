-- An organization's profile for context matching, saved by its members: the context (facet to values, as JSON,
-- since the facets come from the taxonomy) and its challenges in its own words.
CREATE TABLE organization_profile (
    organization_id BIGINT PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    context_json    VARCHAR NOT NULL,
    challenges      VARCHAR,
    language        VARCHAR(5) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(500) NOT NULL,
    version         BIGINT NOT NULL
);
