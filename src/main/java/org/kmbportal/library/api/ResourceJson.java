package org.kmbportal.library.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kmbportal.library.Citation;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.ResourceCard;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.SummarySection;
import org.kmbportal.web.MarkdownRenderer;

/**
 * The answers of {@code /api/resources}: a resource with its fields as the content format names them, plus its body
 * as Markdown and safe HTML; and a page of resource cards. Records JSON-B writes and {@code /openapi} describes.
 */
public final class ResourceJson {

    private ResourceJson() {
    }

    /**
     * A published resource. The vocabularies' terms are top-level fields named for their vocabulary (as in the
     * content format), which records cannot say; {@link Writer} writes them there.
     */
    @Schema(name = "Resource", additionalProperties = String[].class, description = "A published research summary or practice guide, with its fields as the"
            + " content format names them. Besides the fields listed, each vocabulary of the library (topics,"
            + " audiences, program_models, populations, settings, …) is a field holding the resource's term keys."
            + " A summary has citation, summarized_by, evidence and sections; a guide has summary, based_on and"
            + " effort.")
    @JsonbTypeSerializer(Writer.class)
    public record Detail(String id, @Schema(enumeration = {
            "research-summary", "practice-guide"}) String type, String title,
            @Schema(example = "en") String language,
            @Schema(name = "translation_of", description = "The id of the resource this one translates") @JsonbProperty("translation_of") String translationOf,
            @Schema(description = "Date of publication (ISO), or null", format = "date", nullable = true) String published,
            String status, @Schema(nullable = true) Integer year,
            @Schema(hidden = true) Map<String, List<String>> terms,
            @Schema(name = "applies_when", description = "Context facet to the values it fits best") @JsonbProperty("applies_when") Map<String, List<String>> appliesWhen,
            @Schema(name = "cautions_when", description = "Context facet to the values it may not fit") @JsonbProperty("cautions_when") Map<String, List<String>> cautionsWhen,
            ResourceCitation citation,
            @Schema(name = "summarized_by") @JsonbProperty("summarized_by") String summarizedBy,
            @Schema(name = "source_summary") @JsonbProperty("source_summary") SourceCredit sourceSummary,
            EvidenceJson evidence,
            @Schema(description = "Section key to its heading, Markdown and HTML") Map<String, Section> sections,
            @Schema(description = "A guide's one-paragraph summary") String summary,
            @Schema(name = "based_on", description = "Ids of the summaries a guide rests on") @JsonbProperty("based_on") List<String> basedOn,
            String effort, @Schema(description = "The body as Markdown") String body,
            @Schema(description = "The body as safe HTML") String html, List<TranslationLink> translations){
    }

    @Schema(name = "ResourceCitation", description = "The study a research summary summarizes.")
    public record ResourceCitation(List<String> authors, @JsonbNillable Integer year, String title, String container,
            String volume, String issue, String pages, String doi, String url) {
    }

    @Schema(name = "SourceCredit", description = "A summary published elsewhere that this one builds on.")
    public record SourceCredit(String title, String author, String publication, String url) {
    }

    @Schema(name = "Evidence", description = "The study's design and sample.")
    public record EvidenceJson(String design, String sample) {
    }

    @Schema(name = "ResourceSection", description = "A section of a research summary.")
    public record Section(String heading, String markdown, String html) {
    }

    @Schema(name = "ResourceTranslation", description = "A published translation of the resource.")
    public record TranslationLink(String id, String language, String title) {
    }

    @Schema(name = "ResourceCard", description = "A published resource in a list.")
    @JsonbNillable
    public record Card(String id, @Schema(enumeration = {
            "research-summary", "practice-guide"}) String type, String title,
            String language, Integer year, @Schema(format = "date") String published, List<String> topics){
    }

    @Schema(name = "ResourcePage", description = "A page of published resources, newest first.")
    public record CardPage(long total, int page, int size, List<Card> hits) {
    }

    static Detail of(ResourceContent r, List<ResourceCard> translations) {
        List<TranslationLink> links = translations.stream()
                .map(t -> new TranslationLink(t.id(), t.language(), t.title())).toList();
        String published = r.published() == null ? null : r.published().toString();
        Map<String, List<String>> applies = r.appliesWhen().isEmpty() ? null : r.appliesWhen();
        Map<String, List<String>> cautions = r.cautionsWhen().isEmpty() ? null : r.cautionsWhen();
        if (r instanceof ResearchSummaryContent summary) {
            Map<String, Section> sections = new LinkedHashMap<>();
            StringBuilder body = new StringBuilder();
            StringBuilder html = new StringBuilder();
            for (SummarySection section : SummarySection.values()) {
                String text = summary.section(section);
                if (!text.isEmpty()) {
                    String rendered = MarkdownRenderer.toHtml(text, summary.language());
                    sections.put(section.key(), new Section(section.heading(), text, rendered));
                    body.append(body.isEmpty() ? "" : "\n\n").append("## ").append(section.heading()).append("\n\n")
                            .append(text);
                    html.append("<h2>").append(section.heading()).append("</h2>\n").append(rendered);
                }
            }
            SourceCredit source = summary.sourceSummary().isEmpty()
                    ? null
                    : new SourceCredit(orNull(summary.sourceSummary().title()),
                            orNull(summary.sourceSummary().author()),
                            orNull(summary.sourceSummary().publication()), orNull(summary.sourceSummary().url()));
            EvidenceJson evidence = summary.evidence() == null
                    ? null
                    : new EvidenceJson(summary.evidence().design().key(), summary.evidence().sample());
            return new Detail(r.id(), r.type().key(), r.title(), r.language(), orNull(r.translationOf()), published,
                    r.status().key(), r.year(), r.terms(), applies, cautions, citation(summary.citation()),
                    summary.summarizedBy(), source, evidence, sections, null, null, null, body.toString(),
                    html.toString(), links);
        }
        PracticeGuideContent guide = (PracticeGuideContent) r;
        return new Detail(r.id(), r.type().key(), r.title(), r.language(), orNull(r.translationOf()), published,
                r.status().key(), r.year(), r.terms(), applies, cautions, null, null, null, null, null,
                guide.summary(), guide.basedOn(), guide.effort() == null ? null : orNull(guide.effort().key()),
                guide.body(), MarkdownRenderer.toHtml(guide.body(), guide.language()), links);
    }

    private static ResourceCitation citation(Citation c) {
        return new ResourceCitation(c.authors(), c.year(), c.title(), c.container(), orNull(c.volume()),
                orNull(c.issue()), orNull(c.pages()), orNull(c.doi()), orNull(c.url()));
    }

    static Card card(ResourceCard card) {
        return new Card(card.id(), card.type().key(), card.title(), card.language(), card.year(),
                card.published() == null ? null : card.published().toString(), card.topics());
    }

    private static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * Writes a {@link Detail} in the content format's order, each vocabulary's terms as a field of its own; absent
     * fields are left out, except {@code published} and {@code year}, which are null when unknown.
     */
    public static final class Writer implements JsonbSerializer<Detail> {
        @Override
        public void serialize(Detail r, JsonGenerator json, SerializationContext context) {
            json.writeStartObject();
            field(json, context, "id", r.id());
            field(json, context, "type", r.type());
            field(json, context, "title", r.title());
            field(json, context, "language", r.language());
            field(json, context, "translation_of", r.translationOf());
            nullable(json, context, "published", r.published());
            field(json, context, "status", r.status());
            nullable(json, context, "year", r.year());
            r.terms().forEach((vocabulary, keys) -> context.serialize(vocabulary, keys, json));
            field(json, context, "applies_when", r.appliesWhen());
            field(json, context, "cautions_when", r.cautionsWhen());
            field(json, context, "citation", r.citation());
            field(json, context, "summarized_by", r.summarizedBy());
            field(json, context, "source_summary", r.sourceSummary());
            field(json, context, "evidence", r.evidence());
            field(json, context, "sections", r.sections());
            field(json, context, "summary", r.summary());
            field(json, context, "based_on", r.basedOn());
            field(json, context, "effort", r.effort());
            field(json, context, "body", r.body());
            field(json, context, "html", r.html());
            field(json, context, "translations", r.translations());
            json.writeEnd();
        }

        private static void field(JsonGenerator json, SerializationContext context, String name, Object value) {
            if (value != null) {
                context.serialize(name, value, json);
            }
        }

        private static void nullable(JsonGenerator json, SerializationContext context, String name, Object value) {
            if (value == null) {
                json.writeNull(name);
            } else {
                context.serialize(name, value, json);
            }
        }
    }
}
