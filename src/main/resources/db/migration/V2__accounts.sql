-- Accounts: people (account), their organizations, roles, invitations, sign-in throttling, and the audit log.
-- Standard SQL for H2 and PostgreSQL; sequences rather than identity columns (see V1).

CREATE SEQUENCE organization_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE invitation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organization (
    id         BIGINT PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    join_code  VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT NOT NULL,
    CONSTRAINT organization_join_code_unique UNIQUE (join_code)
);

CREATE TABLE account (
    id              BIGINT PRIMARY KEY,
    email           VARCHAR(320) NOT NULL,
    display_name    VARCHAR(120) NOT NULL,
    password_hash   VARCHAR(500) NOT NULL,
    organization_id BIGINT REFERENCES organization (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL,
    CONSTRAINT account_email_unique UNIQUE (email)
);

CREATE TABLE account_role (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role_name  VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role_name)
);

-- An invitation is kept as the hash of its token: the link itself is shown once, to the administrator.
CREATE TABLE invitation (
    id          BIGINT PRIMARY KEY,
    token_hash  VARCHAR(64) NOT NULL,
    email       VARCHAR(320) NOT NULL,
    role_name   VARCHAR(20) NOT NULL,
    invited_by  VARCHAR(320) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT invitation_token_unique UNIQUE (token_hash)
);

-- Failed sign-ins per account ('account:<email>') and per address ('address:<ip>'); survives restarts.
CREATE TABLE sign_in_failure (
    subject      VARCHAR(400) PRIMARY KEY,
    failures     INTEGER NOT NULL,
    last_failure TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE
);

CREATE TABLE audit_entry (
    id          BIGINT PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(320) NOT NULL,
    action      VARCHAR(40) NOT NULL,
    subject     VARCHAR(400) NOT NULL,
    detail      VARCHAR(2000) NOT NULL
);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at);
