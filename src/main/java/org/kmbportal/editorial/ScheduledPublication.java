package org.kmbportal.editorial;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A reviewed resource to be published at a date and time; at most one per resource. */
@Entity
@Table(name = "scheduled_publication")
public class ScheduledPublication {

    @Id
    @SequenceGenerator(name = "scheduled_publication_seq", sequenceName = "scheduled_publication_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheduled_publication_seq")
    private Long id;

    @Column(name = "resource_slug", nullable = false, unique = true, length = 120)
    private String resourceSlug;

    @Column(name = "publish_at", nullable = false)
    private OffsetDateTime publishAt;

    @Column(name = "scheduled_by", nullable = false, length = 320)
    private String scheduledBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ScheduledPublication() {
    }

    ScheduledPublication(String resourceSlug, Instant publishAt, String scheduledBy) {
        this.resourceSlug = resourceSlug;
        this.scheduledBy = scheduledBy;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        moveTo(publishAt, scheduledBy);
    }

    void moveTo(Instant at, String by) {
        this.publishAt = at.atOffset(ZoneOffset.UTC);
        this.scheduledBy = by;
    }

    public String getResourceSlug() {
        return resourceSlug;
    }

    public Instant getPublishAt() {
        return publishAt.toInstant();
    }

    public String getScheduledBy() {
        return scheduledBy;
    }
}
