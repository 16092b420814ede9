package org.kmbportal.curation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A mentor supports an organization: they may share collections with its members. */
@Entity
@Table(name = "mentor_support")
public class MentorSupport {

    @Id
    @SequenceGenerator(name = "mentor_support_seq", sequenceName = "mentor_support_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mentor_support_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    protected MentorSupport() {
    }

    MentorSupport(long accountId, long organizationId) {
        this.accountId = accountId;
        this.organizationId = organizationId;
        this.addedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public long getOrganizationId() {
        return organizationId;
    }
}
