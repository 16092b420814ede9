package org.kmbportal.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A program or agency whose staff sign in as members. New members join with the organization's join code. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "join_code", nullable = false, unique = true, length = 64)
    private String joinCode;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Organization() {
    }

    Organization(String name, String joinCode) {
        this.name = name;
        this.joinCode = joinCode;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /**
     * A join code as typed, in the form codes are stored: the one rule for every place a code is typed (sign-up,
     * "Propose a partnership", a mentor's "Add the organization"), so that none refuses a code another accepts. Codes
     * are made of upper-case letters and digits; people copy them with spaces around, type them in lower case, or
     * split them in groups as a colleague reads them out ("rqbc bfx7 u85t", "RQBC-BFX7-U85T"): spaces of any kind and
     * dashes are not part of a code.
     */
    public static String joinCodeAsStored(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s\\p{Z}\\p{Pd}]", "").toUpperCase(java.util.Locale.ROOT);
    }

    public String getJoinCode() {
        return joinCode;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
