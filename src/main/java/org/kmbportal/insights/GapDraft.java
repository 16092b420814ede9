package org.kmbportal.insights;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A draft started from a search gap (see V21__gap_drafts.sql): the gap's normalized words and the draft's id, so the
 * gap's row still finds the draft once an editor has renamed it.
 */
@Entity
@Table(name = "gap_draft")
public class GapDraft {

    @Id
    @SequenceGenerator(name = "gap_draft_seq", sequenceName = "gap_draft_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gap_draft_seq")
    private Long id;

    @Column(name = "query_text", nullable = false, length = SearchQueries.MAX)
    private String query;

    @Column(name = "resource_slug", nullable = false, length = 120)
    private String resourceSlug;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    protected GapDraft() {
    }

    GapDraft(String query, String resourceSlug, LocalDate startedOn) {
        this.query = query;
        this.resourceSlug = resourceSlug;
        this.startedOn = startedOn;
    }

    public String getQuery() {
        return query;
    }

    public String getResourceSlug() {
        return resourceSlug;
    }
}
