-- A recorded check-in can be corrected by the partners (a typo, a wrong day). The record then holds the corrected
-- wording, with who corrected it last and when; every earlier wording is kept in check_in_correction, never changed:
-- what it said (the day it was held, what happened, the context's changes, the next steps), who wrote it and when,
-- and who replaced it and when. Nothing a partner wrote is lost.
ALTER TABLE check_in ADD COLUMN corrected_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE check_in ADD COLUMN corrected_by VARCHAR(500);

CREATE SEQUENCE check_in_correction_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE check_in_correction (
    id               BIGINT PRIMARY KEY,
    partnership_id   BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    check_in_number  INTEGER NOT NULL,
    held_on          DATE NOT NULL,
    what_happened    VARCHAR NOT NULL,
    context_changes  VARCHAR,
    next_steps       VARCHAR,
    written_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    written_by       VARCHAR(500) NOT NULL,
    replaced_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    replaced_by      VARCHAR(500) NOT NULL
);

CREATE INDEX check_in_correction_check_in ON check_in_correction (partnership_id, check_in_number);
