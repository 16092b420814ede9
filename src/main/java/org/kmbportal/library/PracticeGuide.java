package org.kmbportal.library;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/** Steps a program can take, with the research summaries they rest on. */
@Entity
@DiscriminatorValue("practice-guide")
public class PracticeGuide extends Resource {

    @Column(name = "guide_summary")
    private String summary;

    private String body;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Effort effort;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "guide_evidence", joinColumns = @JoinColumn(name = "resource_id"))
    @OrderColumn(name = "position")
    @Column(name = "summary_slug", length = 120)
    private List<String> basedOn = new ArrayList<>();

    @Override
    public ResourceType getType() {
        return ResourceType.PRACTICE_GUIDE;
    }

    @Override
    protected void applyTypeSpecific(ResourceContent content) {
        if (!(content instanceof PracticeGuideContent guide)) {
            throw new IllegalArgumentException("a practice guide cannot take a " + content.type().key());
        }
        summary = guide.summary();
        body = guide.body();
        effort = guide.effort();
        basedOn = new ArrayList<>(guide.basedOn());
    }

    @Override
    public PracticeGuideContent toContent() {
        return new PracticeGuideContent(header(), summary, body, effort, basedOn);
    }

    public String getSummary() {
        return summary == null ? "" : summary;
    }

    public List<String> getBasedOn() {
        return List.copyOf(basedOn);
    }
}
