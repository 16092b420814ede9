package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * A French word the library does not contain but whose family it does: "abandonnent" when its texts write
 * "abandonner" and "abandonné". The index's light French stemming keeps verb forms apart, so such a word found nothing
 * and was "corrected" to another form or another word ("abandonnent" became "abandonner"; user session). A word is of
 * a family when the Snowball French stemmer stems it and the family's words alike (or the infinitive its verb ending
 * points to). It is an inflection, not a slip, when it ends as French verbs do ("-ent", "-aient", "-ons") on the same
 * letters as a form of the family ("abandonn-ent", "abandonn-er"), or, without a verb ending, is at least two letters
 * from each word of its family. Slips are still corrected: "abandonent" (one "n" short), "bénévols" (one letter from
 * "bénévoles").
 */
final class Inflections {

    static final int MIN_LETTERS = 5;
    /** How many of the family's words a typed inflection also searches, the closest first. */
    static final int MAX_FAMILY = 4;
    /** The shortest stem whose family is looked for (shorter ones gather unrelated words). */
    private static final int MIN_STEM = 4;
    /** French verb endings, accents folded as the spelling field holds words, longest first. */
    private static final List<String> VERB_ENDINGS = List.of("eraient", "issaient", "issions", "issiez", "issons",
            "issez", "issent", "issant", "issait", "issais", "eront", "erait", "erais", "erons", "erions", "eriez",
            "aient",
            "erez", "erai", "eras", "ions", "iez", "ons", "ent", "ait", "ais", "ant", "era", "ez", "er", "ir", "ees",
            "ee", "es");

    private Inflections() {
    }

    /** The stem the Snowball stemmer of the language gives a word (lower-cased, accents folded). */
    static String stem(String word, String language) {
        SnowballStemmer stemmer = "fr".equals(language) ? new FrenchStemmer() : new EnglishStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /**
     * The words of the library (spelling field) that the language's texts use and that stem as the word does, the forms
     * closest to it first ("abandonnent": "abandonner" before "abandon"), then the most common, at most {@code max};
     * the word itself is never among them.
     */
    static List<String> family(String word, String language, IndexReader reader, LanguageWords words, int max) {
        java.util.Set<String> stems = stems(word, language);
        String stem = stem(word, language);
        if (stem.length() < MIN_STEM) {
            return List.of();
        }
        String prefix = stem.substring(0, MIN_STEM);
        String base = base(word);
        record Member(String word, int documents) {
        }
        List<Member> found = new ArrayList<>();
        try {
            Terms terms = MultiTerms.getTerms(reader, Fields.SPELL);
            if (terms == null) {
                return List.of();
            }
            TermsEnum each = terms.iterator();
            if (each.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
                return List.of();
            }
            for (BytesRef term = each.term(); term != null; term = each.next()) {
                String text = term.utf8ToString();
                if (!text.startsWith(prefix)) {
                    break;
                }
                if (!text.equals(word) && stems.contains(stem(text, language)) && words.count(text, language) > 0) {
                    found.add(new Member(text, each.docFreq()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Forms of the same verb first ("enseigneront": "enseigner" before "enseignement"), then the closest.
        return found.stream().sorted(Comparator.comparing((Member m) -> !base(m.word()).equals(base))
                .thenComparingInt(m -> distance(m.word(), word))
                .thenComparing(Comparator.comparingInt(Member::documents).reversed())).limit(max)
                .map(Member::word).toList();
    }

    /**
     * When the word (lower-cased, accents folded) is a French inflection of words the library has but not the word
     * itself, those words, closest first (empty otherwise): searched with it, and the word is not corrected.
     */
    static List<String> of(String word, IndexReader reader) throws IOException {
        if (word.length() < MIN_LETTERS || !word.chars().allMatch(Character::isLetter)
                || reader.docFreq(new org.apache.lucene.index.Term(Fields.SPELL, word)) > 0) {
            return List.of();
        }
        List<String> family = family(word, "fr", reader, LanguageWords.of(reader), Integer.MAX_VALUE);
        if (family.isEmpty()) {
            return List.of();
        }
        String base = base(word);
        // A verb form is one of a verb the library conjugates ("abandonnent", "abandonner"); "abandonent" is a slip.
        boolean inflection = base.equals(word)
                ? family.stream().allMatch(w -> distance(w, word) >= 2)
                : family.stream().anyMatch(w -> !base(w).equals(w) && base(w).equals(base));
        if (!inflection) {
            return List.of();
        }
        return family.subList(0, Math.min(MAX_FAMILY, family.size()));
    }

    /** Whether two words (lower-cased, accents folded) are of one family in the language: a stem in common. */
    static boolean sameFamily(String a, String b, String language) {
        java.util.Set<String> stems = stems(a, language);
        stems.retainAll(stems(b, language));
        return !stems.isEmpty();
    }

    /**
     * The stems a word may have: the Snowball stemmer's, and for French the stem of the infinitive its verb ending
     * points to, which the stemmer does not reach from every form ("abandonnent" and "abandonnons" stem as
     * "abandonner" does only through it).
     */
    private static java.util.Set<String> stems(String word, String language) {
        java.util.Set<String> stems = new java.util.HashSet<>();
        stems.add(stem(word, language));
        if ("fr".equals(language)) {
            String base = base(word);
            if (!base.equals(word)) {
                stems.add(stem(base + "er", language));
                stems.add(stem(base + "ir", language));
            }
        }
        stems.removeIf(s -> s.length() < MIN_STEM);
        return stems;
    }

    /** The word without its French verb ending, if it has one and keeps at least three letters. */
    private static String base(String word) {
        return VERB_ENDINGS.stream().filter(e -> word.endsWith(e) && word.length() - e.length() >= 3).findFirst()
                .map(e -> word.substring(0, word.length() - e.length())).orElse(word);
    }

    /** The number of letters to add, drop or change to turn one word into the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
