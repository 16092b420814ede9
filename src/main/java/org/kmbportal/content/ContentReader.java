package org.kmbportal.content;

import org.kmbportal.library.Slugs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kmbportal.curation.CollectionContent;
import org.kmbportal.library.Effort;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.ResourceHeader;
import org.kmbportal.library.ResourceType;
import org.kmbportal.library.SummarySection;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.Vocabulary;
import org.kmbportal.platform.PlainText;

/**
 * Reads one content file against a taxonomy: checks every field the content format defines and reports each problem
 * with its line. A file with an error gives no resource; warnings leave it usable.
 */
public final class ContentReader {

    static final String COLLECTION_TYPE = "collection";
    private static final List<String> LANGUAGES = List.of("en", "fr");

    private final Taxonomy taxonomy;

    public ContentReader(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * A control character, direction override or byte-order mark anywhere in the file (a leading byte-order mark
     * aside), as an error at its line: the YAML reader would only say "special characters are not allowed".
     */
    static Optional<Problem> hiddenCharacter(String path, String text) {
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int c = refusedCharacter(lines[i]);
            if (c >= 0) {
                return Optional.of(Problem.error(path, i + 1, "line " + (i + 1) + " contains an invisible or control"
                        + " character (" + PlainText.name(c) + "); remove it").worded("content.error.invisibleLine",
                                i + 1, PlainText.name(c)));
            }
        }
        return Optional.empty();
    }

    /**
     * The first character the content format refuses in a line of a file or in a value (a control character other
     * than a tab or a line break, a direction override or isolate, a byte-order mark, a non-character, a lone
     * surrogate), or -1: the one rule the file reader, its fields (a value written with YAML escapes too), the
     * editor's boxes and the API apply. Zero-width spaces and the direction marks LRM and RLM are not refused: a
     * right-to-left name needs them; a value of nothing else shows nothing and counts as empty.
     */
    public static int refusedCharacter(String text) {
        return PlainText.forbiddenInText(text);
    }

    public ContentFile read(String path, String text) {
        List<Problem> problems = new ArrayList<>();
        Optional<Problem> hidden = hiddenCharacter(path, text);
        if (hidden.isPresent()) {
            return ContentFile.failed(path, "", hidden.get().line(), List.of(hidden.get()));
        }
        FrontMatterFile.Parsed parsed = FrontMatterFile.parse(path, text);
        if (parsed.file().isEmpty()) {
            return ContentFile.failed(path, "", 1, List.of(parsed.problem().orElseThrow()));
        }
        FrontMatterFile file = parsed.file().get();
        FieldReader fields = new FieldReader(path, file.frontMatter(), "", problems);

        String id = id(fields, "id", true);
        List<String> types = new ArrayList<>(Arrays.stream(ResourceType.values()).map(ResourceType::key).toList());
        types.add(COLLECTION_TYPE);
        String type = fields.choice("type", true, types, "");
        String title = fields.text("title", true, 500);
        String language = fields.choice("language", true, LANGUAGES, "en");
        String translationOf = id(fields, "translation_of", false);
        if (!translationOf.isEmpty() && translationOf.equals(id)) {
            fields.error(fields.lineOf("translation_of"), "'translation_of' names the file's own id",
                    "content.error.translationOfSelf");
        }
        PublicationStatus status = PublicationStatus.fromKey(fields.choice("status", false,
                Arrays.stream(PublicationStatus.values()).map(PublicationStatus::key).toList(), "published"))
                .orElse(PublicationStatus.PUBLISHED);
        Optional<LocalDate> published = fields.date("published", status == PublicationStatus.PUBLISHED);
        Map<String, List<String>> terms = new LinkedHashMap<>();
        for (Vocabulary vocabulary : taxonomy.facets()) {
            List<String> keys = fields.terms(vocabulary.key(), vocabulary);
            if (!keys.isEmpty()) {
                terms.put(vocabulary.key(), keys);
            }
        }
        Map<String, List<String>> appliesWhen = contexts(fields, "applies_when");
        Map<String, List<String>> cautionsWhen = contexts(fields, "cautions_when");
        warnCautionsRuledOut(fields, appliesWhen, cautionsWhen);

        List<String> allowed = new ArrayList<>(ResourceFields.COMMON);
        taxonomy.facets().forEach(v -> allowed.add(v.key()));
        ResourceHeader header = ResourceHeader.builder(id).title(title).language(language).translationOf(translationOf)
                .published(published.orElse(null)).status(status).terms(terms).appliesWhen(appliesWhen)
                .cautionsWhen(cautionsWhen).build();
        ResourceContent resource = null;
        CollectionContent collection = null;
        switch (type) {
            case "research-summary" -> {
                allowed.addAll(ResourceFields.SUMMARY);
                SummaryFields summary = SummaryFields.read(fields);
                Map<SummarySection, String> sections = SummaryBody.split(path, file.body(), file.bodyFirstLine(),
                        problems);
                resource = new ResearchSummaryContent(header, summary.citation(), summary.summarizedBy(),
                        summary.sourceSummary(), summary.evidence(), sections);
            }
            case "practice-guide" -> {
                allowed.addAll(ResourceFields.GUIDE);
                String summary = fields.text("summary", true, 4000);
                List<String> basedOn = ids(fields, "based_on");
                Effort effort = Effort.fromKey(fields.choice("effort", false,
                        Arrays.stream(Effort.values()).map(Effort::key).toList(), "")).orElse(null);
                String body = file.body().strip();
                if (body.isEmpty()) {
                    fields.warning(file.bodyFirstLine(), "the guide has no body: readers will see only its summary");
                }
                resource = new PracticeGuideContent(header, summary, body, effort, basedOn);
            }
            case COLLECTION_TYPE -> {
                allowed.addAll(ResourceFields.COLLECTION);
                collection = CollectionFields.read(fields, id, title, language, published.orElse(null), terms);
            }
            default -> {
                // the type error is already reported; nothing more can be checked
            }
        }
        fields.warnUnknownFields(allowed);
        int idLine = fields.lineOf("id");
        if (problems.stream().anyMatch(Problem::isError)) {
            return ContentFile.failed(path, id, idLine, problems);
        }
        return new ContentFile(path, id, idLine, Optional.ofNullable(resource), Optional.ofNullable(collection),
                problems);
    }

    /** {@code applies_when} or {@code cautions_when}: facets of the taxonomy, each with a list of its values. */
    private Map<String, List<String>> contexts(FieldReader fields, String key) {
        Map<String, List<String>> conditions = new LinkedHashMap<>();
        Optional<YamlNode> node = fields.node(key);
        if (node.isEmpty() || (node.get().isScalar() && node.get().text().isEmpty())) {
            return conditions;
        }
        if (!node.get().isMapping()) {
            fields.error(node.get().line(), "'" + key + "' must map context facets to lists of values",
                    "content.error.contextsNotMapping", key);
            return conditions;
        }
        FieldReader facets = fields.nested(node.get(), key);
        List<String> known = taxonomy.vocabularies().stream().map(Vocabulary::key).toList();
        node.get().fields().forEach((facet, values) -> {
            Optional<Vocabulary> vocabulary = taxonomy.vocabulary(facet);
            if (vocabulary.isEmpty()) {
                Optional<String> nearest = Vocabulary.nearest(facet, known);
                String message = "'" + facet + "' is not a context facet of the taxonomy"
                        + FieldReader.suggestion(facet, known);
                if (nearest.isPresent()) {
                    facets.error(values.line(), message, "content.error.notContextFacetNearest", facet,
                            nearest.get());
                } else {
                    facets.error(values.line(), message, "content.error.notContextFacet", facet);
                }
                return;
            }
            List<String> keys = facets.terms(facet, vocabulary.get());
            if (!keys.isEmpty()) {
                conditions.put(facet, keys);
            }
        });
        return conditions;
    }

    /**
     * A caution for a value that {@code applies_when} already rules out can never be shown: the resource does not fit
     * there at all. Most likely the editor meant to move the value from one list to the other.
     */
    private static void warnCautionsRuledOut(FieldReader fields, Map<String, List<String>> appliesWhen,
            Map<String, List<String>> cautionsWhen) {
        cautionsWhen.forEach((facet, values) -> {
            List<String> fits = appliesWhen.get(facet);
            if (fits == null) {
                return;
            }
            List<String> ruledOut = values.stream().filter(v -> !fits.contains(v)).toList();
            if (!ruledOut.isEmpty()) {
                int line = fields.node("cautions_when").flatMap(n -> n.get(facet)).map(YamlNode::line)
                        .orElse(fields.lineOf("cautions_when"));
                fields.warning(line, "'cautions_when." + facet + "' names " + String.join(", ", ruledOut)
                        + ", which 'applies_when' already rules out: a caution is only shown where the resource fits");
            }
        });
    }

    /** An id-shaped value: lower-case words and digits joined by '-', at most 120 characters. */
    static String id(FieldReader fields, String key, boolean required) {
        String value = fields.text(key, required, 400);
        if (value.isEmpty()) {
            return "";
        }
        if (!Slugs.valid(value)) {
            fields.error(fields.lineOf(key),
                    "'" + key + "' must be lower-case letters and digits joined by '-', at most "
                            + Slugs.ID_MAX + " characters, not '" + value + "'",
                    "content.error.id", key, Slugs.ID_MAX,
                    value);
            return "";
        }
        return value;
    }

    static List<String> ids(FieldReader fields, String key) {
        List<String> ids = new ArrayList<>();
        for (String value : fields.texts(key, 400)) {
            if (!Slugs.valid(value)) {
                fields.error(fields.lineOf(key), "'" + value + "' in '" + key + "' is not a valid id",
                        "content.error.idInList", value, key);
            } else if (!ids.contains(value)) {
                ids.add(value);
            }
        }
        return ids;
    }

    /**
     * Whether the text typed as one section of a research summary holds a second-level heading, which the format reads
     * as the start of another section (the editor's form says so beside that section's box).
     */
    public static boolean startsASection(String sectionText) {
        return SummaryBody.startsASection(sectionText);
    }
}
