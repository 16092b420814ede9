package org.kmbportal.search.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes plausible prose in one language. Word sequences follow a first-order Markov chain learned from the shipped
 * library's own text in that language, so the common words, the phrases practitioners search for ("match closure",
 * "staff turnover") and a Zipf-like frequency curve come from real summaries. A few words in each hundred are swapped
 * for words of a long synthetic tail (Zipf-distributed too), so a large library has a vocabulary of realistic size
 * rather than the few thousand words the shipped library holds.
 */
final class TextModel {

    private static final double TAIL_SHARE = 0.05;
    private static final int TAIL_SIZE = 60_000;
    private static final String[] SYLLABLES = ("ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge gi go "
            + "la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu "
            + "va ve vi vo tra tre tri pro pre con com dis ment tion ness ous ive ent ant ard ell ist ism ber ter ler")
            .split(" ");

    private final Map<String, List<String>> followers = new HashMap<>();
    private final List<String> starts = new ArrayList<>();
    private final String[] tail;
    private final double[] tailCdf;
    private final List<String> vocabulary;

    private TextModel(String language, List<String> texts) {
        for (String text : texts) {
            learn(text);
        }
        if (starts.isEmpty()) {
            throw new IllegalStateException("No " + language + " text to learn from");
        }
        Random random = new Random(language.hashCode());
        tail = new String[TAIL_SIZE];
        for (int i = 0; i < TAIL_SIZE; i++) {
            StringBuilder word = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            tail[i] = word.toString();
        }
        tailCdf = zipfCdf(TAIL_SIZE, 1.0);
        vocabulary = followers.keySet().stream().map(TextModel::bare).filter(w -> w.length() > 3).distinct().sorted()
                .toList();
    }

    /** A model per language ({@code en}, {@code fr}) learned from the summaries and guides of a content folder. */
    static Map<String, TextModel> fromContent(Path contentDir) {
        Map<String, List<String>> texts = new HashMap<>();
        try (Stream<Path> files = Files.walk(contentDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String raw = Files.readString(file);
                String language = raw.contains("\nlanguage: fr") ? "fr" : "en";
                texts.computeIfAbsent(language, k -> new ArrayList<>()).add(body(raw));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, TextModel> models = new HashMap<>();
        texts.forEach((language, list) -> models.put(language, new TextModel(language, list)));
        return models;
    }

    /** Real words of the language's shipped text (for titles of generated queries and checks). */
    List<String> vocabulary() {
        return vocabulary;
    }

    /** One sentence of 6 to 35 words, capitalised, ending with a full stop. */
    String sentence(Random random) {
        StringBuilder out = new StringBuilder();
        String word = starts.get(random.nextInt(starts.size()));
        for (int n = 0; n < 35; n++) {
            String emitted = random.nextDouble() < TAIL_SHARE && n > 0 ? tailWord(random) : word;
            out.append(n == 0 ? "" : " ").append(emitted);
            if (endsSentence(word)) {
                if (n >= 5) {
                    break;
                }
                word = starts.get(random.nextInt(starts.size()));
                continue;
            }
            List<String> next = followers.get(word);
            word = next == null ? starts.get(random.nextInt(starts.size())) : next.get(random.nextInt(next.size()));
        }
        String sentence = out.toString();
        if (!endsSentence(sentence)) {
            sentence = sentence.replaceAll("[,;:]$", "") + ".";
        }
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** Sentences until the text reaches the length (at least one). */
    String paragraph(Random random, int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            out.append(out.isEmpty() ? "" : " ").append(sentence(random));
        }
        return out.toString();
    }

    /** A Markdown list of sentences until the text reaches the length. */
    String bullets(Random random, int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            out.append(out.isEmpty() ? "" : "\n").append("- ").append(sentence(random));
        }
        return out.toString();
    }

    /** A title: a sentence cut to a few words, without its full stop. */
    String title(Random random) {
        String[] words = sentence(random).replaceAll("[.?!]$", "").split(" ");
        int length = Math.min(words.length, 5 + random.nextInt(8));
        return String.join(" ", java.util.Arrays.copyOf(words, length)).replaceAll("[,;:]$", "");
    }

    private String tailWord(Random random) {
        int index = java.util.Arrays.binarySearch(tailCdf, random.nextDouble());
        return tail[Math.min(TAIL_SIZE - 1, index < 0 ? -index - 1 : index)];
    }

    private void learn(String text) {
        String previous = null;
        for (String token : text.split("\\s+")) {
            if (token.isBlank() || token.startsWith("#") || token.equals("-") || token.matches("\\d+\\.")) {
                continue;
            }
            if (previous == null || endsSentence(previous)) {
                if (Character.isUpperCase(token.charAt(0))) {
                    starts.add(token);
                }
            }
            if (previous != null) {
                followers.computeIfAbsent(previous, k -> new ArrayList<>()).add(token);
            }
            previous = token;
        }
    }

    private static boolean endsSentence(String word) {
        return word.endsWith(".") || word.endsWith("?") || word.endsWith("!");
    }

    private static String bare(String word) {
        return word.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String body(String raw) {
        int end = raw.indexOf("\n---", 4);
        String body = end < 0 ? raw : raw.substring(end + 4);
        return body.replaceAll("(?m)^#+ .*$", " ").replaceAll("(?m)^\\s*(-|\\d+\\.)\\s+", " ")
                .replaceAll("[*_`\\[\\]()]", "");
    }

    static double[] zipfCdf(int size, double exponent) {
        double[] cdf = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += 1.0 / Math.pow(i + 1, exponent);
            cdf[i] = sum;
        }
        for (int i = 0; i < size; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }
}
