-- The state of every outside link the library shares: collection items' links and citations' article links.
-- Links are never changed or removed here; curators and editors see this and decide.
CREATE SEQUENCE link_check_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE link_check (
    id                   BIGINT PRIMARY KEY,
    url                  VARCHAR(2000) NOT NULL,
    state                VARCHAR(10) NOT NULL,
    http_status          INTEGER NOT NULL,
    final_url            VARCHAR(2000),
    hops                 VARCHAR(4000),
    message              VARCHAR(1000),
    consecutive_failures INTEGER NOT NULL,
    last_checked_at      TIMESTAMP WITH TIME ZONE,
    last_ok_at           TIMESTAMP WITH TIME ZONE,
    version              BIGINT NOT NULL,
    CONSTRAINT link_check_url_unique UNIQUE (url)
);
CREATE INDEX link_check_state ON link_check (state);
