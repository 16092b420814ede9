-- Reader signals: searches kept without personal data, "was this useful?" answers, and "we used this" records.
-- Standard SQL for H2 and PostgreSQL; sequences rather than identity columns (see V1).

-- One search made by a reader who allows signals. Nothing identifies who searched: no account, address, session,
-- cookie or user agent; only the day (not the time), the normalized words, the page's language, where it was made
-- (the search page or the API), how many results it had, and the rank of the result opened from it. open_key is the
-- random key the result links carry; it is cleared once a result is opened, and after a day.
CREATE SEQUENCE search_signal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE search_signal (
    id          BIGINT PRIMARY KEY,
    searched_on DATE NOT NULL,
    query_text  VARCHAR(200) NOT NULL,
    language    VARCHAR(5) NOT NULL,
    source      VARCHAR(10) NOT NULL,
    results     BIGINT NOT NULL,
    opened_rank INTEGER,
    open_key    VARCHAR(32),
    CONSTRAINT search_signal_key_unique UNIQUE (open_key)
);
CREATE INDEX search_signal_day ON search_signal (searched_on);
CREATE INDEX search_signal_query ON search_signal (query_text, searched_on);

-- A "was this useful?" answer, on a resource's page or on a match of the organization page (with its rank there).
-- Anonymous: who answered is not kept.
CREATE SEQUENCE reader_feedback_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE reader_feedback (
    id            BIGINT PRIMARY KEY,
    given_on      DATE NOT NULL,
    resource_slug VARCHAR(120) NOT NULL,
    place         VARCHAR(10) NOT NULL,
    match_rank    INTEGER,
    useful        BOOLEAN NOT NULL,
    reason        VARCHAR(20),
    comment_text  VARCHAR(600),
    language      VARCHAR(5) NOT NULL
);
CREATE INDEX reader_feedback_day ON reader_feedback (given_on);
CREATE INDEX reader_feedback_resource ON reader_feedback (resource_slug, given_on);

-- An organization put a resource into practice: when, and one line on what happened, recorded by one of its
-- members. Editors see the member's and the organization's names only when share_identity is true.
CREATE SEQUENCE resource_uptake_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE resource_uptake (
    id              BIGINT PRIMARY KEY,
    resource_slug   VARCHAR(120) NOT NULL,
    organization_id BIGINT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    account_id      BIGINT REFERENCES account (id) ON DELETE SET NULL,
    used_on         DATE NOT NULL,
    line            VARCHAR(200) NOT NULL,
    share_identity  BOOLEAN NOT NULL,
    recorded_on     DATE NOT NULL
);
CREATE INDEX resource_uptake_organization ON resource_uptake (organization_id);
CREATE INDEX resource_uptake_recorded ON resource_uptake (recorded_on);
