package org.kmbportal.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.kmbportal.library.Vocabulary;
import org.kmbportal.platform.PlainText;

/** Reads typed values out of a YAML mapping, recording a located problem for anything missing or malformed. */
final class FieldReader {

    private final String path;
    private final YamlNode mapping;
    private final String prefix;
    private final List<Problem> problems;

    FieldReader(String path, YamlNode mapping, String prefix, List<Problem> problems) {
        this.path = path;
        this.mapping = mapping;
        this.prefix = prefix;
        this.problems = problems;
    }

    /** A reader for a mapping nested under this one, reporting into the same list. */
    FieldReader nested(YamlNode node, String key) {
        return new FieldReader(path, node, prefix + key + ".", problems);
    }

    String path() {
        return path;
    }

    int line() {
        return mapping.line();
    }

    Optional<YamlNode> node(String key) {
        return mapping.get(key);
    }

    int lineOf(String key) {
        return node(key).map(YamlNode::line).orElse(mapping.line());
    }

    void error(int line, String message) {
        problems.add(Problem.error(path, line, message));
    }

    /** An error worded in other languages by the bundle's key with the arguments ({@link Problem#worded}). */
    void error(int line, String message, String key, Object... arguments) {
        problems.add(Problem.error(path, line, message).worded(key, arguments));
    }

    void warning(int line, String message, String key, Object... arguments) {
        problems.add(Problem.warning(path, line, message).worded(key, arguments));
    }

    void warning(int line, String message) {
        problems.add(Problem.warning(path, line, message));
    }

    /**
     * A text value; an absent required one is an error, as is one that shows nothing ({@link PlainText#isBlank}).
     * Values over {@code max} characters are an error.
     */
    String text(String key, boolean required, int max) {
        Optional<YamlNode> node = node(key);
        // A refused character is refused wherever it is and however it is written (a YAML escape "\a" too), even
        // in a value that shows nothing else: the same rule as a file's own lines, not an empty value.
        int forbidden = node.filter(YamlNode::isScalar).map(n -> ContentReader.refusedCharacter(n.text().strip()))
                .orElse(-1);
        if (forbidden >= 0) {
            error(node.get().line(), "'" + prefix + key + "' contains an invisible or control character ("
                    + PlainText.name(forbidden) + "); remove it", "content.error.invisible", prefix + key,
                    PlainText.name(forbidden));
            return "";
        }
        if (node.isEmpty() || (node.get().isScalar() && PlainText.isBlank(node.get().text()))) {
            if (required) {
                error(mapping.line(), "'" + prefix + key + "' is required", "content.error.required", prefix + key);
            }
            return "";
        }
        if (!node.get().isScalar()) {
            error(node.get().line(), "'" + prefix + key + "' must be a single value, not a list or a mapping",
                    "content.error.notSingle", prefix + key);
            return "";
        }
        String value = node.get().text().strip();
        // In characters as readers count them (an emoji is one), as every limit said to a user is.
        int length = PlainText.length(value);
        if (length > max) {
            error(node.get().line(), "'" + prefix + key + "' is " + length + " characters long; at most " + max
                    + " are allowed", "content.error.tooLong", prefix + key, length, max);
            return "";
        }
        return value;
    }

    Optional<Integer> integer(String key, boolean required, int min, int max) {
        String text = text(key, required, 12);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                error(lineOf(key), "'" + prefix + key + "' must be between " + min + " and " + max + ", not " + value,
                        "content.error.between", prefix + key, min, max, value);
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            error(lineOf(key), "'" + prefix + key + "' must be a whole number, not '" + text + "'",
                    "content.error.notNumber", prefix + key, text);
            return Optional.empty();
        }
    }

    Optional<LocalDate> date(String key, boolean required) {
        String text = text(key, required, 10);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            error(lineOf(key), "'" + prefix + key + "' must be a date written YYYY-MM-DD, not '" + text + "'",
                    "content.error.notDate", prefix + key, text);
            return Optional.empty();
        }
    }

    /** One of the allowed values; otherwise an error naming the nearest allowed one. */
    String choice(String key, boolean required, Collection<String> allowed, String fallback) {
        String text = text(key, required, 60);
        if (text.isEmpty()) {
            return fallback;
        }
        if (!allowed.contains(text)) {
            error(lineOf(key), "'" + prefix + key + "' cannot be '" + text + "'" + suggestion(text, allowed),
                    "content.error.choice", prefix + key, text, String.join(", ", allowed));
            return fallback;
        }
        return text;
    }

    /** A list of texts (a single value counts as a one-item list). */
    List<String> texts(String key, int maxEach) {
        Optional<YamlNode> node = node(key);
        List<String> values = new ArrayList<>();
        if (node.isEmpty()) {
            return values;
        }
        if (!node.get().isScalar() && !node.get().isSequence()) {
            error(node.get().line(), "'" + prefix + key + "' must be a list, such as [a, b]", "content.error.notList",
                    prefix + key);
            return values;
        }
        for (YamlNode item : node.get().isScalar() ? List.of(node.get()) : node.get().items()) {
            if (!item.isScalar()) {
                error(item.line(), "each item of '" + prefix + key + "' must be a single value",
                        "content.error.itemNotSingle", prefix + key);
            } else if (ContentReader.refusedCharacter(item.text().strip()) >= 0) {
                // Written with a YAML escape ("\0", "\u202E"), the character is in no line of the file itself.
                String name = PlainText.name(ContentReader.refusedCharacter(item.text().strip()));
                error(item.line(), "'" + prefix + key + "' contains an invisible or control character (" + name
                        + "); remove it", "content.error.invisible", prefix + key, name);
            } else if (PlainText.length(item.text().strip()) > maxEach) {
                error(item.line(), "an item of '" + prefix + key + "' is longer than " + maxEach + " characters",
                        "content.error.itemTooLong", prefix + key, maxEach);
            } else if (!PlainText.isBlank(item.text())) {
                // an item showing nothing is none, as a value showing nothing is empty
                values.add(item.text().strip());
            }
        }
        return values;
    }

    /** Term keys of a vocabulary; each unknown key is an error naming the nearest known key. */
    List<String> terms(String key, Vocabulary vocabulary) {
        List<String> known = new ArrayList<>();
        Optional<YamlNode> node = node(key);
        List<YamlNode> items = node.map(n -> n.isScalar() ? List.of(n) : n.items()).orElse(List.of());
        if (node.isPresent() && !node.get().isScalar() && !node.get().isSequence()) {
            error(node.get().line(), "'" + prefix + key + "' must be a list of terms, such as [a, b]",
                    "content.error.notTermList", prefix + key);
        }
        for (YamlNode item : items) {
            String term = item.text().strip();
            if (term.isEmpty()) {
                continue;
            }
            if (!vocabulary.contains(term)) {
                Optional<String> nearest = vocabulary.nearest(term);
                String message = "'" + term + "' is not a term of '" + vocabulary.key() + "'"
                        + nearest.map(n -> " (did you mean '" + n + "'?)").orElse("");
                if (nearest.isPresent()) {
                    error(item.line(), message, "content.error.unknownTermNearest", term, vocabulary.key(),
                            nearest.get());
                } else {
                    error(item.line(), message, "content.error.unknownTerm", term, vocabulary.key());
                }
            } else if (known.contains(term)) {
                warning(item.line(), "'" + term + "' is listed twice in '" + prefix + key + "'");
            } else {
                known.add(term);
            }
        }
        return known;
    }

    /** Warns about fields the format does not know, naming the nearest known field. */
    void warnUnknownFields(Collection<String> allowed) {
        mapping.fields().forEach((key, node) -> {
            if (!allowed.contains(key)) {
                warning(node.line(), "'" + prefix + key + "' is not a field of the content format and is ignored"
                        + suggestion(key, allowed));
            }
        });
        mapping.repeatedKeys().forEach((key, line) -> error(line, "'" + prefix + key + "' appears twice",
                "content.error.twice", prefix + key));
    }

    static String suggestion(String unknown, Collection<String> allowed) {
        return Vocabulary.nearest(unknown, List.copyOf(allowed)).map(n -> " (did you mean '" + n + "'?)").orElse("");
    }
}
