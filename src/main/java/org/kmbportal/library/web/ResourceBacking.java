package org.kmbportal.library.web;

import org.kmbportal.library.RelatedIds;

import org.kmbportal.library.Slugs;

import org.kmbportal.web.Links;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.web.MarkdownRenderer;
import org.kmbportal.library.Citation;
import org.kmbportal.library.CitationFormats;
import org.kmbportal.library.CitationStyle;
import org.kmbportal.library.Evidence;
import org.kmbportal.library.EvidenceLevel;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.PracticeGuide;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.Resource;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.SourceSummary;
import org.kmbportal.library.SummarySection;
import org.kmbportal.library.Vocabulary;
import org.kmbportal.web.Messages;
import org.kmbportal.web.PageMeta;

/**
 * The resource page ({@code resource.xhtml}): a research summary with its citation and sections, or a practice guide
 * with its steps and evidence, the terms that describe it, its translation, and the contexts it fits. An unknown or
 * unpublished id gives the 404 page.
 */
@Named("resourcePage")
@RequestScoped
public class ResourceBacking {

    /** A section of a summary: its heading in the reader's language and its safe HTML. */
    public record Section(String key, String heading, String html) {
    }

    @Inject
    LibraryService library;

    @Inject
    TermsBean terms;

    @Inject
    Links links;

    @Inject
    CardViews cards;

    @Inject
    Messages messages;

    @Inject
    RelatedIds related;

    @Inject
    PageMeta pageMeta;

    private String id;
    private Resource resource;
    private ResourceContent content;

    /** Loads the resource named by the address (called by f:viewAction). */
    public void load() throws IOException {
        Optional<Resource> found = !Slugs.valid(id)
                ? Optional.empty()
                : library.published(id);
        if (found.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        resource = found.get();
        content = resource.toContent();
    }

    public boolean isFound() {
        return content != null;
    }

    public ResourceContent getContent() {
        return content;
    }

    public boolean isSummary() {
        return content.isSummary();
    }

    public String getTypeLabel() {
        return messages.get("type." + content.type().key());
    }

    public List<Section> getSections() {
        List<Section> sections = new ArrayList<>();
        if (!(content instanceof ResearchSummaryContent summary)) {
            return sections;
        }
        for (SummarySection section : SummarySection.values()) {
            String text = summary.section(section);
            if (!text.isEmpty()) {
                sections.add(new Section(section.key(), messages.get("section." + section.key()),
                        MarkdownRenderer.toHtml(text, content.language())));
            }
        }
        return sections;
    }

    /** The study's citation (a summary), or null for a guide. */
    public Citation getCitation() {
        return content instanceof ResearchSummaryContent summary ? summary.citation() : null;
    }

    public String getCitationAuthors() {
        Citation citation = getCitation();
        return citation == null ? "" : CitationStyle.authors(citation.authors());
    }

    public String getCitationLocator() {
        Citation citation = getCitation();
        return citation == null ? "" : CitationStyle.locator(citation);
    }

    public String getEvidenceDesign() {
        Evidence evidence = evidence();
        return evidence == null ? "" : messages.get("design." + evidence.design().key());
    }

    /** The study's sample in the summary's words, or empty. */
    public String getEvidenceSample() {
        Evidence evidence = evidence();
        return evidence == null ? "" : evidence.sample();
    }

    /** Who wrote the summary (empty for a guide). */
    public String getSummarizedBy() {
        return content instanceof ResearchSummaryContent summary ? summary.summarizedBy() : "";
    }

    public String getGuideSummaryHtml() {
        return content instanceof PracticeGuideContent guide
                ? MarkdownRenderer.toHtml(guide.summary(), content.language())
                : "";
    }

    public String getGuideBodyHtml() {
        return content instanceof PracticeGuideContent guide
                ? MarkdownRenderer.toHtml(guide.body(), content.language())
                : "";
    }

    public String getEffortLabel() {
        return content instanceof PracticeGuideContent guide && guide.effort() != null
                ? messages.get("effort." + guide.effort().key())
                : "";
    }

    public List<CardView> getBasedOn() {
        return resource instanceof PracticeGuide guide ? cards.of(library.cards(guide.getBasedOn())) : List.of();
    }

    /** Resources on the same subjects (from the search index), shown under the resource. */
    public List<CardView> getRelated() {
        List<String> ids = related.resourcesRelatedTo(content.id(), 5);
        return cards.of(library.cards(ids));
    }

    public List<CardView> getTranslations() {
        return cards.of(library.translationsOf(resource));
    }

    /** The vocabularies that describe the resource, each term a link to the resources sharing it. */
    public List<TermLink.Group> getTermGroups() {
        List<TermLink.Group> groups = new ArrayList<>();
        for (Vocabulary vocabulary : terms.facets()) {
            List<String> keys = content.terms(vocabulary.key());
            if (!keys.isEmpty()) {
                groups.add(new TermLink.Group(vocabulary.key(), terms.vocabularyName(vocabulary.key()),
                        keys.stream().map(k -> new TermLink(terms.label(vocabulary.key(), k),
                                links.term(vocabulary.key(), k))).toList()));
            }
        }
        return groups;
    }

    /** The contexts the resource fits, in words: one line per facet it names. */
    public List<String> getFitsWhen() {
        return contextLines(content.appliesWhen());
    }

    /** The contexts in which the resource fits but calls for care, in words: one line per facet it names. */
    public List<String> getCautionsWhen() {
        return contextLines(content.cautionsWhen());
    }

    /** The summary published elsewhere that this one builds on, or null when it was written from the study alone. */
    public SourceSummary getSourceSummary() {
        return content instanceof ResearchSummaryContent summary && !summary.sourceSummary().isEmpty()
                ? summary.sourceSummary()
                : null;
    }

    private List<String> contextLines(Map<String, List<String>> contexts) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<String>> condition : contexts.entrySet()) {
            List<String> labels = condition.getValue().stream().map(v -> terms.label(condition.getKey(), v)).toList();
            lines.add(terms.vocabularyName(condition.getKey()) + messages.get("punctuation.colon")
                    + String.join(", ", labels));
        }
        return lines;
    }

    /** The reference a reader copies (APA 7): the study for a summary, the portal's page for a guide. */
    public String getApa() {
        return CitationFormats.apa(CitationFormats.Cited.of(content), getPageUrl());
    }

    /** Where a reference manager's file of this resource downloads: {@code ris}, {@code bibtex} or {@code csl-json}. */
    public String citeUrl(String format) {
        return links.home() + "api/resources/" + Links.encode(content.id()) + "/citation?format=" + format;
    }

    /** The page's one address (canonical and shared): the public address when configured, else this request's. */
    public String getPageUrl() {
        return pageMeta.origin() + links.resource(content.id());
    }

    /** The other-language versions of this resource, each with its absolute address, for hreflang alternates. */
    public List<Alternate> getAlternates() {
        List<Alternate> alternates = new ArrayList<>();
        alternates.add(new Alternate(content.language(), getPageUrl()));
        for (CardView translation : getTranslations()) {
            alternates.add(new Alternate(translation.resource().language(), pageMeta.origin() + translation.url()));
        }
        return alternates;
    }

    /** A language version of the page: its language and absolute address. */
    public record Alternate(String language, String url) {
    }

    /** How strongly the study's design supports claims about effects, or null when the resource reports no study. */
    public EvidenceLevel getEvidenceLevel() {
        Evidence evidence = evidence();
        return evidence == null ? null : EvidenceLevel.of(evidence.design());
    }

    /** The study's year (a summary), shown apart from the date the resource was added to the library. */
    public Integer getStudyYear() {
        Citation citation = getCitation();
        return citation == null ? null : citation.year();
    }

    /** The listing of this resource's type, the breadcrumb between Browse and the resource. */
    public String getTypeListUrl() {
        return links.type(content.type().key());
    }

    public String getTypePluralLabel() {
        return messages.get("type." + content.type().key() + ".plural");
    }

    /** The page's description for search engines and link previews: the start of what the resource says. */
    public String getDescription() {
        return MarkdownRenderer.teaser(content.teaser(), 160);
    }

    private Evidence evidence() {
        return content instanceof ResearchSummaryContent summary ? summary.evidence() : null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
