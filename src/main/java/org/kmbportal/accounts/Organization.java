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

    public String getJoinCode() {
        return joinCode;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
