package org.kmbportal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.kmbportal.content.TaxonomyReader;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.Term;

/**
 * Free text as people type it, generated for property tests: mostly the shipped library's own words (the taxonomy's
 * labels and synonyms in English and French, and sentences of its summaries and guides), mixed with function words,
 * punctuation, quotes and brackets, search operators, emoji, right-to-left text, control characters and markup, up
 * to a field's limit (so often exactly at it). Read from {@code content/} once. Drawn by {@link Gen} from a seeded
 * random source, so a failing input is reproduced by the run's seed.
 */
public final class GeneratedText {

    private static final List<String> FUNCTION_WORDS = List.of("how", "do", "we", "I", "our", "the", "of", "and",
            "with", "when", "why", "what", "can", "comment", "nos", "les", "des", "du", "pour", "avec", "quand",
            "est-ce", "qu'", "l'", "d'");
    private static final List<String> PUNCTUATION = List.of(".", ",", ";", ":", "!", "?", "…", "¿", "¡", "—", "–",
            "...", "?!", "·", "•", "%", "&", "#", "@", "$", "€", "°");
    private static final List<String> QUOTES_AND_BRACKETS = List.of("\"", "'", "«", "»", "« ", " »", "“", "”", "‘",
            "’", "`", "(", ")", "[", "]", "{", "}", "<", ">", "\"mentor", "match\"", "((", "))", "\"\"", "()");
    private static final List<String> OPERATORS = List.of("-", "+", "|", "*", "~", "~2", "^", "^3", "\\", "/", "OR",
            "AND", "NOT", "&&", "||", "-mentor", "+youth", "men*", "*ing", "?", "title:", "[1 TO 5]", "/.*/",
            ":", "!");
    private static final List<String> EMOJI = List.of("🙂", "👩🏽‍🏫", "🇨🇦", "❤️", "🧑‍🤝‍🧑", "📚", "🔥🔥", "👍🏿",
            "\uD83D\uDE00\uD83D\uDE00", "𝔪𝔢𝔫𝔱𝔬𝔯", "Ⓜ️");
    private static final List<String> RIGHT_TO_LEFT = List.of("مرشد", "الشباب", "שלום", "חונכות", "\u202Eevil\u202C",
            "\u200F", "\u200E", "\u202B", "\u2067", "مرحبا بالعالم", "ש\"ח");
    private static final List<String> CONTROL = List.of("\u0000", "\u0007", "\t", "\n", "\r\n", "\r", "\u001B[31m",
            "\u007F", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u200B", "\u00A0", "\u3000", "\u0301", "\uD800",
            "\uFFFF", "\u0008");
    private static final List<String> MARKUP = List.of("<script>alert(1)</script>", "&amp;", "&lt;b&gt;", "%00",
            "%22", "${x}", "#{7*7}", "'; DROP TABLE resource; --", "<img src=x onerror=alert(1)>", "**bold**",
            "[link](javascript:alert(1))", "# Heading", "> quote", "```", "\\u0000", "{{x}}", "<!--", "]]>");
    private static final List<String> SEPARATORS = List.of(" ", " ", " ", " ", " ", "", "\n", "  ", ", ", ". ");

    private static volatile Words vocabulary;

    private GeneratedText() {
    }

    /** Text of up to {@code maxLength} characters (UTF-16 units, as fields count them). */
    public static Gen<String> upTo(int maxLength) {
        return piece().list(0, Math.max(1, maxLength / 6)).map(list -> cut(String.join("", list), maxLength));
    }

    /** Text of up to {@code maxWords} pieces and {@code maxLength} characters: a question rather than a page. */
    public static Gen<String> shortText(int maxWords, int maxLength) {
        Gen<List<String>> few = piece().list(0, maxWords);
        return random -> {
            // short lists are as likely as long ones would make questions mostly long; favour a few words
            List<String> list = few.next(random);
            int keep = random.nextBoolean() ? list.size() : Math.min(list.size(), 1 + random.nextInt(6));
            return cut(String.join("", list.subList(0, keep)), maxLength);
        };
    }

    /** The library's own words only (labels, synonyms, sentences), up to the length: text a form accepts. */
    public static Gen<String> libraryWords(int maxLength) {
        Gen<String> separator = Gen.of(SEPARATORS);
        Gen<String> piece = libraryPiece();
        Gen<String> word = random -> piece.next(random) + separator.next(random);
        return word.list(1, Math.max(1, maxLength / 8)).map(list -> cut(String.join("", list).strip(), maxLength))
                .filter(s -> !s.isBlank());
    }

    /**
     * Titles as people give them, up to {@code maxLength} characters and often at it: the library's words mixed with
     * quotation marks of every kind (« », “ ”, straight ones, sometimes around the whole title) and markup, on one
     * line.
     */
    public static Gen<String> oddTitles(int maxLength) {
        Gen<String> words = libraryWords(60);
        Gen<String> odd = Gen.of(List.of("\"", "'", "«", "»", "« ", " »", "“", "”", "‘", "’", "<", ">", "<b>", "</b>",
                "<script>alert(1)</script>", "&amp;", "&lt;i&gt;", "\"mentor\"", "« jumelage »"));
        return random -> {
            StringBuilder title = new StringBuilder();
            int length = random.nextBoolean() ? maxLength : 20 + random.nextInt(Math.max(1, maxLength - 20));
            while (title.length() < length) {
                title.append(random.nextInt(3) == 0 ? odd.next(random) : words.next(random)).append(' ');
            }
            String line = cut(title.toString().replaceAll("\\s+", " ").strip(), length - 4).strip();
            return switch (random.nextInt(4)) {
                case 0 -> "« " + line + " »";
                case 1 -> "\"" + line + "\"";
                default -> line;
            };
        };
    }

    /** The taxonomy's labels and synonyms, and the shipped texts' sentences. */
    public static Words vocabulary() {
        if (vocabulary == null) {
            vocabulary = Words.read(contentDir());
        }
        return vocabulary;
    }

    private static Gen<String> piece() {
        Gen<String> kind = Gen.frequency(List.of(new Gen.Weighted<>(55, libraryPiece()),
                new Gen.Weighted<>(8, Gen.of(FUNCTION_WORDS)), new Gen.Weighted<>(7, Gen.of(PUNCTUATION)),
                new Gen.Weighted<>(7, Gen.of(QUOTES_AND_BRACKETS)), new Gen.Weighted<>(5, Gen.of(OPERATORS)),
                new Gen.Weighted<>(4, Gen.of(EMOJI)), new Gen.Weighted<>(4, Gen.of(RIGHT_TO_LEFT)),
                new Gen.Weighted<>(4, Gen.of(CONTROL)), new Gen.Weighted<>(3, Gen.of(MARKUP)),
                new Gen.Weighted<>(3, Gen.between(-5, 100000).map(String::valueOf))));
        Gen<String> separator = Gen.of(SEPARATORS);
        return random -> kind.next(random) + separator.next(random);
    }

    private static Gen<String> libraryPiece() {
        Words words = vocabulary();
        return Gen.frequency(List.of(new Gen.Weighted<>(60, Gen.of(words.words())),
                new Gen.Weighted<>(25, Gen.of(words.phrases())), new Gen.Weighted<>(15, Gen.of(words.sentences()))));
    }

    /** The text cut to the length, never between the two halves of a character outside the BMP. */
    public static String cut(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = maxLength;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static Path contentDir() {
        return Path.of(System.getProperty("kmb.content.dir", "content"));
    }

    /** What the generator draws the library's words from. */
    public record Words(List<String> words, List<String> phrases, List<String> sentences) {

        static Words read(Path content) {
            try {
                Taxonomy taxonomy = new TaxonomyReader()
                        .parse(Files.readString(content.resolve("taxonomy.yaml")));
                Set<String> phrases = new LinkedHashSet<>();
                for (org.kmbportal.library.Vocabulary v : taxonomy.vocabularies()) {
                    phrases.add(v.label().en());
                    phrases.add(v.label().fr());
                    for (Term term : v.terms()) {
                        phrases.add(term.label().en());
                        phrases.add(term.label().fr());
                    }
                }
                for (String language : List.of("en", "fr")) {
                    for (String group : taxonomy.synonyms(language)) {
                        for (String synonym : group.split(",")) {
                            phrases.add(synonym.strip());
                        }
                    }
                }
                phrases.removeIf(String::isBlank);
                Set<String> words = new LinkedHashSet<>();
                phrases.forEach(p -> words.addAll(List.of(p.split("[\\s,()]+"))));
                words.removeIf(String::isBlank);
                return new Words(List.copyOf(words), List.copyOf(phrases), sentences(content));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<String> sentences(Path content) throws IOException {
            List<String> sentences = new ArrayList<>();
            for (String folder : List.of("summaries", "guides")) {
                try (Stream<Path> files = Files.list(content.resolve(folder))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                        String text = Files.readString(file);
                        String body = text.substring(Math.max(0, text.indexOf("\n---", 3) + 4));
                        for (String sentence : body.split("(?<=[.!?])\\s+")) {
                            if (sentence.length() > 20 && !sentence.startsWith("#")) {
                                sentences.add(sentence.strip());
                            }
                        }
                    }
                }
            }
            return List.copyOf(sentences);
        }
    }
}
