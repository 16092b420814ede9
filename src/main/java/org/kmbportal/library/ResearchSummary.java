package org.kmbportal.library;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

/** A plain-language summary of one published study: its full citation, how it was done, and what it means. */
@Entity
@DiscriminatorValue("research-summary")
public class ResearchSummary extends Resource {

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "resource_author", joinColumns = @JoinColumn(name = "resource_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", length = 300)
    private List<String> authors = new ArrayList<>();

    @Column(name = "citation_year")
    private Integer year;
    @Column(name = "citation_title", length = 1000)
    private String citationTitle;
    @Column(name = "citation_container", length = 500)
    private String container;
    @Column(name = "citation_volume", length = 50)
    private String volume;
    @Column(name = "citation_issue", length = 50)
    private String issue;
    @Column(name = "citation_pages", length = 50)
    private String pages;
    @Column(name = "citation_doi", length = 300)
    private String doi;
    @Column(name = "citation_url", length = 2000)
    private String url;

    @Column(name = "summarized_by", length = 300)
    private String summarizedBy;
    @Column(name = "source_title", length = 1000)
    private String sourceTitle;
    @Column(name = "source_author", length = 300)
    private String sourceAuthor;
    @Column(name = "source_publication", length = 500)
    private String sourcePublication;
    @Column(name = "source_url", length = 2000)
    private String sourceUrl;
    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_design", length = 40)
    private EvidenceDesign design;
    @Column(name = "evidence_sample", length = 1000)
    private String sample;

    @Column(name = "notes_of_interest")
    private String notesOfInterest;
    private String introduction;
    private String implications;
    @Column(name = "key_findings")
    private String keyFindings;
    private String limitations;

    @Override
    public ResourceType getType() {
        return ResourceType.RESEARCH_SUMMARY;
    }

    public Citation getCitation() {
        return new Citation(authors, year, citationTitle, container, volume, issue, pages, doi, url);
    }

    @Override
    protected void applyTypeSpecific(ResourceContent content) {
        if (!(content instanceof ResearchSummaryContent summary)) {
            throw new IllegalArgumentException("a research summary cannot take a " + content.type().key());
        }
        Citation c = summary.citation();
        authors = new ArrayList<>(c.authors());
        year = c.year();
        citationTitle = c.title();
        container = c.container();
        volume = c.volume();
        issue = c.issue();
        pages = c.pages();
        doi = c.doi();
        url = c.url();
        summarizedBy = summary.summarizedBy();
        SourceSummary source = summary.sourceSummary();
        sourceTitle = source.title();
        sourceAuthor = source.author();
        sourcePublication = source.publication();
        sourceUrl = source.url();
        design = summary.evidence() == null ? null : summary.evidence().design();
        sample = summary.evidence() == null ? "" : summary.evidence().sample();
        notesOfInterest = summary.section(SummarySection.NOTES_OF_INTEREST);
        introduction = summary.section(SummarySection.INTRODUCTION);
        implications = summary.section(SummarySection.IMPLICATIONS);
        keyFindings = summary.section(SummarySection.KEY_FINDINGS);
        limitations = summary.section(SummarySection.LIMITATIONS);
    }

    @Override
    public ResearchSummaryContent toContent() {
        Map<SummarySection, String> sections = new EnumMap<>(SummarySection.class);
        put(sections, SummarySection.NOTES_OF_INTEREST, notesOfInterest);
        put(sections, SummarySection.INTRODUCTION, introduction);
        put(sections, SummarySection.IMPLICATIONS, implications);
        put(sections, SummarySection.KEY_FINDINGS, keyFindings);
        put(sections, SummarySection.LIMITATIONS, limitations);
        Evidence evidence = design == null ? null : new Evidence(design, sample);
        return new ResearchSummaryContent(header(), getCitation(), summarizedBy,
                new SourceSummary(sourceTitle, sourceAuthor, sourcePublication, sourceUrl), evidence, sections);
    }

    private static void put(Map<SummarySection, String> sections, SummarySection section, String text) {
        if (text != null && !text.isBlank()) {
            sections.put(section, text);
        }
    }
}
