-- Partnerships: one organization mentoring another. A mentor proposes a partnership to an organization (with its
-- join code), a member of it accepts; they keep an adaptive work plan whose every change is a revision, meet at
-- scheduled check-ins, rate the capacities the partner wants to build, and write short notes. Notifications tell
-- the people of a partnership what happened in it.
-- Standard SQL for H2 and PostgreSQL; sequences rather than identity columns (see V1).

CREATE SEQUENCE partnership_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_item_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_revision_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE check_in_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE capacity_rating_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE partnership_note_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE partnership_notification_seq START WITH 50 INCREMENT BY 50;

-- status: proposed (waiting for the partner), active, closed. The check-in schedule: occurrence k after
-- schedule_offset falls on schedule_anchor plus (k - schedule_offset) times check_in_months months; earlier ones are
-- rows of check_in. start_profile: the partner's organization profile when it accepted (JSON). plan_version: the
-- number of the plan's latest revision (0: no plan yet). last_contact_at: the latest note, check-in or acceptance.
CREATE TABLE partnership (
    id                      BIGINT PRIMARY KEY,
    title                   VARCHAR(300) NOT NULL,
    goals                   VARCHAR NOT NULL,
    mentor_account_id       BIGINT NOT NULL REFERENCES account (id),
    mentor_organization_id  BIGINT REFERENCES organization (id),
    partner_organization_id BIGINT NOT NULL REFERENCES organization (id),
    status                  VARCHAR(20) NOT NULL,
    proposed_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    proposed_by             VARCHAR(500) NOT NULL,
    accepted_at             TIMESTAMP WITH TIME ZONE,
    accepted_by             VARCHAR(500),
    closed_at               TIMESTAMP WITH TIME ZONE,
    closed_by               VARCHAR(500),
    closing_reflection      VARCHAR NOT NULL,
    start_date              DATE,
    check_in_months         INTEGER NOT NULL,
    schedule_anchor         DATE,
    schedule_offset         INTEGER NOT NULL,
    capacities              VARCHAR(2000) NOT NULL,
    start_profile           VARCHAR,
    plan_version            BIGINT NOT NULL,
    last_contact_at         TIMESTAMP WITH TIME ZONE,
    last_nudge_at           TIMESTAMP WITH TIME ZONE,
    version                 BIGINT NOT NULL
);
CREATE INDEX partnership_mentor ON partnership (mentor_account_id);
CREATE INDEX partnership_partner ON partnership (partner_organization_id);
CREATE INDEX partnership_mentor_org ON partnership (mentor_organization_id);

-- The current work plan, one row per item in plan order. resources and collections: linked ids, space-separated.
CREATE TABLE plan_item (
    id             BIGINT PRIMARY KEY,
    partnership_id BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    item_position  INTEGER NOT NULL,
    what           VARCHAR(300) NOT NULL,
    why            VARCHAR(2000) NOT NULL,
    item_lead      VARCHAR(10) NOT NULL,
    due_date       DATE,
    status         VARCHAR(20) NOT NULL,
    notes          VARCHAR(4000) NOT NULL,
    resources      VARCHAR(2000) NOT NULL,
    collections    VARCHAR(2000) NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX plan_item_partnership ON plan_item (partnership_id);

-- Every change to a plan: who, when, why (reason), what changed (JSON list) and the whole plan after it (JSON).
CREATE TABLE plan_revision (
    id                BIGINT PRIMARY KEY,
    partnership_id    BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    revision_number   INTEGER NOT NULL,
    made_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    author_account_id BIGINT NOT NULL,
    author_label      VARCHAR(500) NOT NULL,
    reason            VARCHAR(2000) NOT NULL,
    check_in_number   INTEGER,
    changes           VARCHAR NOT NULL,
    snapshot          VARCHAR NOT NULL,
    CONSTRAINT plan_revision_unique UNIQUE (partnership_id, revision_number)
);

-- Check-ins that were held, moved, or fell before a change of the schedule (their dates then stay as they were).
CREATE TABLE check_in (
    id               BIGINT PRIMARY KEY,
    partnership_id   BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    check_in_number  INTEGER NOT NULL,
    scheduled_for    DATE NOT NULL,
    moved_to         DATE,
    move_reason      VARCHAR(1000),
    moved_by         VARCHAR(500),
    held_on          DATE,
    recorded_at      TIMESTAMP WITH TIME ZONE,
    recorded_by      VARCHAR(500),
    what_happened    VARCHAR,
    context_changes  VARCHAR,
    next_steps       VARCHAR,
    plan_revision    INTEGER,
    profile_snapshot VARCHAR,
    profile_changes  VARCHAR,
    version          BIGINT NOT NULL,
    CONSTRAINT check_in_unique UNIQUE (partnership_id, check_in_number)
);

-- The partner's rating (1 to 4) of a capacity it wants to build, at a check-in.
CREATE TABLE capacity_rating (
    id              BIGINT PRIMARY KEY,
    partnership_id  BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    check_in_number INTEGER NOT NULL,
    capacity        VARCHAR(120) NOT NULL,
    rating          INTEGER NOT NULL,
    rated_by        VARCHAR(500) NOT NULL,
    rated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT capacity_rating_unique UNIQUE (partnership_id, check_in_number, capacity)
);

CREATE TABLE partnership_note (
    id                BIGINT PRIMARY KEY,
    partnership_id    BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    written_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    author_account_id BIGINT NOT NULL,
    author_label      VARCHAR(500) NOT NULL,
    body              VARCHAR(4000) NOT NULL
);
CREATE INDEX partnership_note_partnership ON partnership_note (partnership_id);

-- What happened in a partnership, for one person; read_at is set when they mark it read.
CREATE TABLE partnership_notification (
    id             BIGINT PRIMARY KEY,
    account_id     BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    partnership_id BIGINT NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    kind           VARCHAR(30) NOT NULL,
    detail         VARCHAR(500) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX partnership_notification_account ON partnership_notification (account_id, read_at);
