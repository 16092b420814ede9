package org.kmbportal.editorial.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.editorial.RevisionDiff;
import org.kmbportal.editorial.WordDiff;
import org.kmbportal.library.web.TermsBean;
import org.kmbportal.web.Messages;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A difference's lines as the history and the editor's conflict show them: a field of the front matter in the
 * reader's language, by the label the editor gives it, its value too where it is a state, a language, a type, a
 * design, an effort or a vocabulary's terms ("State: In review", « État : En relecture » where the file says
 * {@code status: in-review}); the body's lines and anything unknown as written. The file itself is unchanged.
 */
@Named("diffWords")
@RequestScoped
public class DiffWords {

    /** Each field's label, by its message key (a vocabulary's fields are named by the taxonomy instead). */
    private static final Map<String, String> LABELS = pairs(
            "id", "history.field.id",
            "type", "field.type",
            "title", "field.title",
            "language", "field.language",
            "translation_of", "field.translationOf",
            "published", "field.published",
            "status", "field.status",
            "summary", "field.summary",
            "based_on", "field.basedOn",
            "effort", "resource.effort",
            "summarized_by", "resource.summarizedBy",
            "citation", "resource.citation",
            "citation.authors", "field.authors",
            "citation.year", "field.year",
            "citation.title", "field.citationTitle",
            "citation.container", "field.container",
            "citation.volume", "field.volume",
            "citation.issue", "field.issue",
            "citation.pages", "field.pages",
            "citation.doi", "field.doi",
            "citation.url", "field.url",
            "evidence", "history.field.evidence",
            "evidence.design", "resource.design",
            "evidence.sample", "resource.sample",
            "source_summary", "editor.sourceSummary",
            "source_summary.title", "field.sourceTitle",
            "source_summary.author", "field.sourceAuthor",
            "source_summary.publication", "field.sourcePublication",
            "source_summary.url", "field.sourceUrl",
            "applies_when", "history.field.appliesWhen",
            "cautions_when", "history.field.cautionsWhen");

    /** Fields whose values are keys with words of their own: the message key's prefix. */
    private static final Map<String, String> VALUES = Map.of("status", "status.", "language", "language.", "type",
            "type.", "effort", "effort.", "evidence.design", "design.");

    private static final List<String> VOCABULARIES = List.of("topics", "audiences", "program_models", "populations",
            "settings");

    private static Map<String, String> pairs(String... keysAndValues) {
        java.util.HashMap<String, String> map = new java.util.HashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            map.put(keysAndValues[k], keysAndValues[k + 1]);
        }
        return Map.copyOf(map);
    }

    @Inject
    Messages words;

    @Inject
    TermsBean terms;

    /** The line as the reader sees it. */
    public String text(RevisionDiff.Line line) {
        return inWords(line, key -> words.getOrDefault(key, null), terms::vocabularyName, terms::label);
    }

    /**
     * The line as the reader sees it, in pieces: where it replaces a line or was replaced by one, the words deleted
     * from it or inserted in it are pieces of their own ({@code <del>}, {@code <ins>} on the page), found between the
     * two lines as shown; else one piece.
     */
    public List<WordDiff.Part> parts(RevisionDiff.Line line) {
        String shown = text(line);
        RevisionDiff.Line other = line.counterpart();
        if (other == null || line.kind() == RevisionDiff.Kind.SAME || line.kind() == RevisionDiff.Kind.FOLDED) {
            return List.of(new WordDiff.Part(WordDiff.Change.SAME, shown));
        }
        return line.kind() == RevisionDiff.Kind.REMOVED
                ? WordDiff.older(shown, text(other))
                : WordDiff.newer(text(other), shown);
    }

    /** How many unchanged lines a folded line stands for, as a number for the message's singular and plural. */
    public long folded(RevisionDiff.Line line) {
        return line.kind() == RevisionDiff.Kind.FOLDED ? Long.parseLong(line.text()) : 0;
    }

    /**
     * The line in words: {@code label}, the colon of the language ({@code colon} in the messages) and the value.
     *
     * @param message
     *            a message by its key, or null when there is none
     * @param vocabulary
     *            a vocabulary's name by its key
     * @param term
     *            a term's label by its vocabulary and key
     */
    static String inWords(RevisionDiff.Line line, UnaryOperator<String> message, UnaryOperator<String> vocabulary,
            BinaryOperator<String> term) {
        String field = line.field();
        if (field == null || line.kind() == RevisionDiff.Kind.FOLDED) {
            return line.text();
        }
        Optional<String> label = label(field, message, vocabulary);
        if (label.isEmpty()) {
            return line.text();
        }
        String written = line.text().substring(line.text().indexOf(':') + 1).strip();
        String colon = Optional.ofNullable(message.apply("punctuation.colon")).orElse(": ");
        return written.isEmpty() ? label.get() : label.get() + colon + value(field, written, message, term);
    }

    private static Optional<String> label(String field, UnaryOperator<String> message,
            UnaryOperator<String> vocabulary) {
        if (VOCABULARIES.contains(field)) {
            return Optional.of(vocabulary.apply(field));
        }
        for (String context : List.of("applies_when.", "cautions_when.")) {
            if (field.startsWith(context)) {
                // "Fits when (Size)", not the editor's "Fits when: Size", which the colon before the value doubled.
                String key = context.equals("applies_when.")
                        ? "history.field.appliesWhenOf"
                        : "history.field.cautionsWhenOf";
                return Optional.ofNullable(message.apply(key)).map(words -> words.replace("{0}", vocabulary.apply(
                        field.substring(context.length()))));
            }
        }
        return Optional.ofNullable(LABELS.get(field)).map(message);
    }

    /** The value as written, read as YAML (quotes gone, a list's items apart) and in words where it has some. */
    private static String value(String field, String written, UnaryOperator<String> message,
            BinaryOperator<String> term) {
        Object read;
        try {
            read = new Load(LoadSettings.builder().build()).loadFromString(written);
        } catch (RuntimeException notYaml) {
            return written;
        }
        String vocabulary = VOCABULARIES.contains(field)
                ? field
                : field.startsWith("applies_when.") || field.startsWith("cautions_when.")
                        ? field.substring(field.indexOf('.') + 1)
                        : null;
        UnaryOperator<String> one = key -> {
            if (vocabulary != null) {
                return term.apply(vocabulary, key);
            }
            String prefix = VALUES.get(field);
            return prefix == null ? key : Optional.ofNullable(message.apply(prefix + key)).orElse(key);
        };
        if (read instanceof List<?> items) {
            return items.stream().map(item -> one.apply(String.valueOf(item))).collect(Collectors.joining(", "));
        }
        return read == null ? written : one.apply(String.valueOf(read));
    }
}
