package org.kmbportal.editorial.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kmbportal.platform.PlainText;
import org.kmbportal.content.ContentReader;
import org.kmbportal.library.Effort;
import org.kmbportal.library.Evidence;
import org.kmbportal.library.EvidenceDesign;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.ResourceHeader;
import org.kmbportal.library.ResourceType;
import org.kmbportal.library.SummarySection;

/**
 * What the edit form holds, field by field as the content format names them, as plain strings and lists the page
 * can bind. Converts to and from {@link ResourceContent}; what cannot be converted (a year that is not a number, a
 * date that is not a date) is reported by {@link #problems}.
 */
public class ResourceForm implements Serializable {

    private String id = "";
    private String type = ResourceType.RESEARCH_SUMMARY.key();
    private String title = "";
    private String language = "en";
    private String translationOf = "";
    private String published = "";
    private Map<String, List<String>> terms = new LinkedHashMap<>();
    private Map<String, List<String>> appliesWhen = new LinkedHashMap<>();
    private Map<String, List<String>> cautionsWhen = new LinkedHashMap<>();
    /** The stored file's values per facet, in its order: a save keeps that order (see {@link #keepingOrder}). */
    private final Map<String, List<String>> storedTerms = new HashMap<>();
    private final Map<String, List<String>> storedAppliesWhen = new HashMap<>();
    private final Map<String, List<String>> storedCautionsWhen = new HashMap<>();
    private final CitationForm citation = new CitationForm();
    private String summarizedBy = "";
    private final SourceSummaryForm sourceSummary = new SourceSummaryForm();
    private String design = "";
    private String sample = "";
    private Map<String, String> sections = new HashMap<>();
    private String summary = "";
    private String body = "";
    private String effort = "";
    private String basedOn = "";

    public static ResourceForm of(ResourceContent c) {
        ResourceForm f = new ResourceForm();
        f.id = c.id();
        f.type = c.type().key();
        f.title = c.title();
        f.language = c.language();
        f.translationOf = c.translationOf();
        f.published = c.published() == null ? "" : c.published().toString();
        c.terms().forEach((k, v) -> f.terms.put(k, new ArrayList<>(v)));
        c.appliesWhen().forEach((k, v) -> f.appliesWhen.put(k, new ArrayList<>(v)));
        c.cautionsWhen().forEach((k, v) -> f.cautionsWhen.put(k, new ArrayList<>(v)));
        c.terms().forEach((k, v) -> f.storedTerms.put(k, List.copyOf(v)));
        c.appliesWhen().forEach((k, v) -> f.storedAppliesWhen.put(k, List.copyOf(v)));
        c.cautionsWhen().forEach((k, v) -> f.storedCautionsWhen.put(k, List.copyOf(v)));
        switch (c) {
            case ResearchSummaryContent s -> {
                if (s.citation() != null) {
                    f.citation.fill(s.citation());
                }
                f.summarizedBy = s.summarizedBy();
                f.sourceSummary.fill(s.sourceSummary());
                f.design = s.evidence() == null ? "" : s.evidence().design().key();
                f.sample = s.evidence() == null ? "" : s.evidence().sample();
                s.sections().forEach((section, text) -> f.sections.put(section.key(), text));
            }
            case PracticeGuideContent g -> {
                f.summary = g.summary();
                f.body = g.body();
                f.effort = g.effort() == null ? "" : g.effort().key();
                f.basedOn = String.join("\n", g.basedOn());
            }
        }
        return f;
    }

    public boolean isResearchSummary() {
        return ResourceType.RESEARCH_SUMMARY.key().equals(type);
    }

    /** Field values that cannot become content at all, as message keys with the field they concern. */
    public Map<String, String> problems() {
        Map<String, String> found = new LinkedHashMap<>();
        HiddenCharacters.in(this).forEach((box, arguments) -> found.put(box, HiddenCharacters.keyOf(arguments)));
        if (!published.isBlank()) {
            try {
                LocalDate.parse(published.strip());
            } catch (java.time.format.DateTimeParseException e) {
                found.put("published", "editor.badDate");
            }
        }
        if (isResearchSummary() && !citation.getYear().isBlank() && !citation.getYear().strip().matches("\\d{1,4}")) {
            found.put("year", "editor.badYear");
        }
        if (isResearchSummary()) {
            // Each box is a section already: a "## " line in it would start another section of the file, which the
            // content format then refused as "not a section" with no word of which box (user session us47).
            SummarySection[] boxes = SummarySection.values();
            for (int i = 0; i < boxes.length; i++) {
                if (org.kmbportal.content.ContentReader.startsASection(sections.getOrDefault(boxes[i].key(), ""))) {
                    found.put("sections:" + i + ":section", "editor.sectionHeadingInBox");
                }
            }
        }
        return found;
    }

    /** The content this form describes (call after {@link #problems} is empty). */
    public ResourceContent toContent(PublicationStatus status) {
        ResourceType resourceType = ResourceType.fromKey(type).orElse(ResourceType.RESEARCH_SUMMARY);
        LocalDate date = published.isBlank() ? null : LocalDate.parse(published.strip());
        ResourceHeader header = ResourceHeader.builder(id.strip()).title(title.strip()).language(language)
                .translationOf(translationOf.strip()).published(date).status(status)
                .terms(keepingOrder(terms, storedTerms))
                .appliesWhen(keepingOrder(appliesWhen, storedAppliesWhen))
                .cautionsWhen(keepingOrder(cautionsWhen, storedCautionsWhen)).build();
        if (resourceType == ResourceType.RESEARCH_SUMMARY) {
            Map<SummarySection, String> bodySections = new EnumMap<>(SummarySection.class);
            for (SummarySection s : SummarySection.values()) {
                String text = sections.getOrDefault(s.key(), "");
                if (text != null && !text.isBlank()) {
                    bodySections.put(s, normalize(text));
                }
            }
            Evidence evidence = EvidenceDesign.fromKey(design).map(d -> new Evidence(d, sample)).orElse(null);
            return new ResearchSummaryContent(header, citation.toCitation(), summarizedBy.strip(),
                    sourceSummary.toSourceSummary(), evidence, bodySections);
        }
        return new PracticeGuideContent(header, summary.strip(), normalize(body), Effort.fromKey(effort).orElse(null),
                lines(basedOn));
    }

    /**
     * The chosen values of each facet in the stored file's order: the check boxes send them in the vocabulary's
     * order, and a save that changed another field must not rewrite this facet's line (its history would show a
     * change nobody made). Values still chosen keep their place, newly chosen ones follow in the order sent,
     * unchosen ones go.
     */
    static Map<String, List<String>> keepingOrder(Map<String, List<String>> chosen,
            Map<String, List<String>> stored) {
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        chosen.forEach((facet, values) -> ordered.put(facet, keepingOrder(values, stored.get(facet))));
        return ordered;
    }

    static List<String> keepingOrder(List<String> chosen, List<String> stored) {
        if (chosen == null) {
            return List.of();
        }
        List<String> ordered = new ArrayList<>();
        if (stored != null) {
            stored.stream().filter(chosen::contains).distinct().forEach(ordered::add);
        }
        chosen.stream().filter(v -> !ordered.contains(v)).forEach(ordered::add);
        return ordered;
    }

    private static String normalize(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    public CitationForm getCitation() {
        return citation;
    }

    public SourceSummaryForm getSourceSummary() {
        return sourceSummary;
    }

    /**
     * A box's entries, one a line (a line ended as a text box ends it; U+0085 or U+2028 ends none): a line showing
     * nothing (spaces, a zero-width space, a direction mark) is none, as in a file; one holding a character the
     * content format refuses is kept, for the format to refuse.
     */
    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(PlainText.withPlainLineEnds(text).split("\n")).map(String::strip).filter(
                        s -> !PlainText.isBlank(s) || ContentReader.refusedCharacter(s) >= 0).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null ? "" : id;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type == null ? ResourceType.RESEARCH_SUMMARY.key() : type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language == null ? "en" : language;
    }

    public String getTranslationOf() {
        return translationOf;
    }

    public void setTranslationOf(String translationOf) {
        this.translationOf = translationOf == null ? "" : translationOf;
    }

    public String getPublished() {
        return published;
    }

    public void setPublished(String published) {
        this.published = published == null ? "" : published;
    }

    public Map<String, List<String>> getTerms() {
        return terms;
    }

    public void setTerms(Map<String, List<String>> terms) {
        this.terms = terms == null ? new LinkedHashMap<>() : terms;
    }

    public Map<String, List<String>> getAppliesWhen() {
        return appliesWhen;
    }

    public void setAppliesWhen(Map<String, List<String>> appliesWhen) {
        this.appliesWhen = appliesWhen == null ? new LinkedHashMap<>() : appliesWhen;
    }

    public Map<String, List<String>> getCautionsWhen() {
        return cautionsWhen;
    }

    public void setCautionsWhen(Map<String, List<String>> cautionsWhen) {
        this.cautionsWhen = cautionsWhen == null ? new LinkedHashMap<>() : cautionsWhen;
    }

    public String getSummarizedBy() {
        return summarizedBy;
    }

    public void setSummarizedBy(String summarizedBy) {
        this.summarizedBy = summarizedBy == null ? "" : summarizedBy;
    }

    public String getDesign() {
        return design;
    }

    public void setDesign(String design) {
        this.design = design == null ? "" : design;
    }

    public String getSample() {
        return sample;
    }

    public void setSample(String sample) {
        this.sample = sample == null ? "" : sample;
    }

    public Map<String, String> getSections() {
        return sections;
    }

    public void setSections(Map<String, String> sections) {
        this.sections = sections == null ? new HashMap<>() : sections;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary == null ? "" : summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }

    public String getEffort() {
        return effort;
    }

    public void setEffort(String effort) {
        this.effort = effort == null ? "" : effort;
    }

    public String getBasedOn() {
        return basedOn;
    }

    public void setBasedOn(String basedOn) {
        this.basedOn = basedOn == null ? "" : basedOn;
    }
}
