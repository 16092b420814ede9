package org.kmbportal.content;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a text offered as a collection file is when it is plainly something else: another kind of content file (a
 * research summary, a practice guide), a citation exported from a reference manager (CSL-JSON, RIS, BibTeX), or no
 * content file at all. The import then says so in one sentence instead of listing the other kind's problems, or a
 * front-matter rule the person never heard of.
 */
final class CollectionFileCheck {

    private static final Pattern CSL_JSON = Pattern
            .compile("\"(type|title|author|issued|container-title|DOI|URL|page|volume)\"\\s*:");
    private static final Pattern RIS = Pattern.compile("(?m)^\\s*TY {1,2}- ?\\S*");
    private static final Pattern BIBTEX = Pattern.compile("(?m)^\\s*@[A-Za-z]+\\s*[{(]\\s*[^,\\s]*\\s*,");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern FIELD_LINE = Pattern
            .compile("(?m)^\\s*(id|type|title|language|curator|items|description|visibility|published)\\s*:");
    private static final Pattern NOTES_OF_INTEREST = Pattern.compile("(?mi)^##\\s+Notes of interest\\s*$");
    private static final List<String> SUMMARY_FIELDS = List.of("citation", "evidence", "summarized_by",
            "source_summary");
    private static final List<String> GUIDE_FIELDS = List.of("based_on", "effort", "summary");
    private static final List<String> COLLECTION_FIELDS = List.of("items", "curator", "visibility", "description");

    private CollectionFileCheck() {
    }

    /** The one problem to report when the text is not a collection file at all; empty when it may be one. */
    static Optional<Problem> notACollection(String path, String text) {
        String normalized = (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n")
                .replace('\r', '\n');
        FrontMatterFile.Parsed parsed = FrontMatterFile.parse(path, normalized);
        if (parsed.file().isPresent()) {
            return otherKind(path, parsed.file().get());
        }
        if (!normalized.strip().startsWith("---")) {
            return Optional.of(citationFormat(normalized)
                    .map(format -> Problem.error(path, 0, "this looks like a citation in " + format
                            + " format; the import expects a collection file, which starts with a '---' line"
                            + " opening its front matter (type: collection)")
                            .worded("content.error.citationNotCollection", format))
                    .or(() -> paragraph(path, normalized))
                    .orElseGet(() -> Problem.error(path, 0, "the import expects a collection file, which starts with"
                            + " a '---' line opening its front matter (type: collection, then its id, title,"
                            + " language, curator and items)").worded("content.error.notCollectionFile")));
        }
        return Optional.empty();
    }

    /**
     * Prose pasted where a collection file goes: words, mostly letters, and no line naming a collection's field
     * ("title: …") as a front matter would. Named for what it is, with the way to make a collection.
     */
    private static Optional<Problem> paragraph(String path, String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long visible = text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
        if (WORD.matcher(text).results().count() < 3 || letters * 2 < visible || FIELD_LINE.matcher(text).find()) {
            return Optional.empty();
        }
        return Optional.of(Problem.error(path, 0, "this looks like a paragraph of text, not a collection file: to make"
                + " a collection, give it a title under \"Title of a new collection\" on this page and choose \"Create"
                + " the collection\", then add resources to it; or paste a collection file, which starts with a '---'"
                + " line opening its front matter (type: collection)")
                .worded("content.error.paragraphNotCollection"));
    }

    /** CSL-JSON, RIS or BibTeX, when the text looks like a citation in one of them. */
    static Optional<String> citationFormat(String text) {
        String stripped = text.strip();
        if ((stripped.startsWith("{") || stripped.startsWith("[")) && CSL_JSON.matcher(stripped).find()) {
            return Optional.of("CSL-JSON");
        }
        if (RIS.matcher(stripped).find()) {
            return Optional.of("RIS");
        }
        if (BIBTEX.matcher(stripped).find()) {
            return Optional.of("BibTeX");
        }
        return Optional.empty();
    }

    private static Optional<Problem> otherKind(String path, FrontMatterFile file) {
        YamlNode front = file.frontMatter();
        Optional<YamlNode> typeNode = front.get("type").filter(YamlNode::isScalar);
        String type = typeNode.map(n -> n.text().strip()).orElse("");
        int line = typeNode.map(YamlNode::line).orElse(1);
        boolean summary = type.equals("research-summary") || type.isEmpty()
                && (SUMMARY_FIELDS.stream().anyMatch(f -> front.get(f).isPresent())
                        || NOTES_OF_INTEREST.matcher(file.body()).find());
        boolean guide = type.equals("practice-guide")
                || type.isEmpty() && GUIDE_FIELDS.stream().anyMatch(f -> front.get(f).isPresent());
        boolean collection = COLLECTION_FIELDS.stream().anyMatch(f -> front.get(f).isPresent());
        if (summary && (!type.isEmpty() || !collection)) {
            return Optional.of(Problem.error(path, line, "this is a research summary, not a collection; the import"
                    + " expects a collection file (type: collection)").worded("content.error.summaryNotCollection"));
        }
        if (guide && (!type.isEmpty() || !collection)) {
            return Optional.of(Problem.error(path, line, "this is a practice guide, not a collection; the import"
                    + " expects a collection file (type: collection)").worded("content.error.guideNotCollection"));
        }
        return Optional.empty();
    }
}
