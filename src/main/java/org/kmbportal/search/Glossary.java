package org.kmbportal.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The English-French glossary of youth-program words ({@code glossary-en-fr.txt}): each line pairs the words of
 * both languages for one thing, and becomes a synonym group in both languages' query analyzers, so a query in either
 * language also finds resources written in the other.
 */
final class Glossary {

    private static final String FILE = "glossary-en-fr.txt";
    /** French light stemming of one word, as the French fields stem theirs. */
    private static final org.apache.lucene.analysis.Analyzer STEMMER = new org.apache.lucene.analysis.Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            org.apache.lucene.analysis.Tokenizer word = new org.apache.lucene.analysis.core.KeywordTokenizer();
            return new TokenStreamComponents(word, new org.apache.lucene.analysis.fr.FrenchLightStemFilter(word));
        }
    };

    private static final List<String> LINES = written();
    private static final List<Line> SIDES = sides(LINES);
    /** Each line as one synonym group, a word both sides write (« parents », "evaluation") once. */
    private static final List<String> GROUPS = SIDES.stream().map(line -> String.join(", ",
            new java.util.LinkedHashSet<>(java.util.stream.Stream.concat(line.english().stream(), line.french()
                    .stream()).toList())))
            .toList();
    /** Each French word of the glossary (folded), with the first English word of its line. */
    private static final java.util.Map<String, String> IN_ENGLISH = inEnglish();

    private Glossary() {
    }

    static List<String> groups() {
        return GROUPS;
    }

    /** One line of the glossary: its English words and its French words (with their forms, as in {@link #groups}). */
    record Line(List<String> english, List<String> french) {

        List<String> side(String language) {
            return "fr".equals(language) ? french : english;
        }
    }

    /** Each line's two sides, French forms included: the synonym rules a reader's language directs. */
    static List<Line> lines() {
        return SIDES;
    }

    /**
     * The text with each French word the glossary has given as its English word, the other words as written: what an
     * English reader would have typed for a French question, near enough for the sentence-embedding model, which
     * learned English ({@link HybridRanking#queryMeaning}). « bénévoles » gives "volunteer".
     */
    static String inEnglish(String text) {
        StringBuilder english = new StringBuilder();
        java.util.regex.Matcher words = WORD.matcher(text);
        int last = 0;
        while (words.find()) {
            english.append(text, last, words.start());
            String word = words.group();
            String folded = org.kmbportal.platform.PlainText.folded(word);
            int apostrophe = Math.max(folded.lastIndexOf('\''), folded.lastIndexOf('’'));
            String elided = apostrophe >= 0 && apostrophe <= 2 ? folded.substring(apostrophe + 1) : folded;
            String found = IN_ENGLISH.getOrDefault(elided, IN_ENGLISH.get(STEM + stem(elided)));
            english.append(found == null ? word : found);
            last = words.end();
        }
        return english.append(text.substring(last)).toString();
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}'’-]+");

    /** Marks a key of {@link #IN_ENGLISH} that is a French stem, not a word. */
    private static final String STEM = "\u0000";

    private static String stem(String folded) {
        try (org.apache.lucene.analysis.TokenStream stream = STEMMER.tokenStream("", folded)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            String stem = stream.incrementToken() ? term.toString() : folded;
            stream.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.Map<String, String> inEnglish() {
        java.util.Map<String, String> words = new java.util.HashMap<>();
        for (String line : LINES) {
            String[] sides = line.split("\\|", 2);
            String english = sides[0].split(",")[0].strip();
            for (String french : sides[1].split(",")) {
                String folded = org.kmbportal.platform.PlainText.folded(french.strip());
                words.putIfAbsent(folded, english);
                // Other forms of the word too (« éloignée » where the glossary writes « éloigné »).
                words.putIfAbsent(STEM + stem(folded), english);
            }
        }
        return java.util.Map.copyOf(words);
    }

    /**
     * Each line's two sides, its French words with their feminine and plural forms: the glossary writes a French
     * adjective as the masculine (« eloigne »), and the synonyms are matched before stemming, so « région éloignée »
     * did not reach "remote" (user session). A form another line has is left to that line.
     */
    private static List<Line> sides(List<String> lines) {
        java.util.Set<String> written = new java.util.HashSet<>();
        lines.forEach(line -> java.util.Arrays.stream(line.split("[|,]")).map(String::strip).forEach(written::add));
        List<Line> sides = new ArrayList<>();
        for (String line : lines) {
            String[] halves = line.split("\\|", 2);
            List<String> english = java.util.Arrays.stream(halves[0].split(",")).map(String::strip)
                    .filter(w -> !w.isEmpty()).toList();
            List<String> french = new ArrayList<>();
            for (String word : halves[1].split(",")) {
                String w = word.strip();
                french.add(w);
                if (w.endsWith("e") && !w.endsWith("ee") && !w.contains(" ")) {
                    for (String form : List.of(w + "e", w + "s", w + "es")) {
                        if (!written.contains(form) && !french.contains(form)) {
                            french.add(form);
                        }
                    }
                }
            }
            sides.add(new Line(english, List.copyOf(french)));
        }
        return List.copyOf(sides);
    }

    private static List<String> written() {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Glossary.class.getResourceAsStream(FILE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || !line.contains("|")) {
                    continue;
                }
                lines.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(lines);
    }
}
