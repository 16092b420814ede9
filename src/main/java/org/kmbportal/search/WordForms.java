package org.kmbportal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import morfologik.fsa.FSA;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The word forms of English and French: every inflected form of their dictionaries ("retraités", "intervenante",
 * "aînés", "mentoring", "sustainability"), as LanguageTool's part-of-speech dictionaries list them (about 350,000
 * English and 700,000 French forms, compressed automata of about 2 MB held in memory). The spelling correction searches
 * a close library word instead of a typed word only when the typed word is none of these: a real word the library
 * lacks is another word, not a mistake. Words are looked up as the spelling field holds them (lower-cased, accents
 * folded): "retraites" typed without accents is the word "retraités".
 */
final class WordForms {

    /** A dictionary's automaton and the byte that ends a word form in each of its sequences. */
    private record Dictionary(FSA automaton, byte separator, String language) {
    }

    private static final class Holder {
        static final List<Dictionary> DICTIONARIES = java.util.stream.Stream.of(
                load("org/languagetool/resource/en/english.dict", '+', "en"),
                load("org/languagetool/resource/en/hunspell/en_CA.dict", '+', "en"),
                load("org/languagetool/resource/fr/french.dict", '_', "fr")).filter(java.util.Objects::nonNull)
                .toList();
    }

    private static final Logger LOG = Logger.getLogger(WordForms.class.getName());

    private WordForms() {
    }

    /** Whether the word (lower-cased, accents folded or not) is a form of an English or French word. */
    static boolean isWord(String word) {
        String folded = fold(word);
        if (folded.isEmpty()) {
            return false;
        }
        for (Dictionary dictionary : Holder.DICTIONARIES) {
            java.util.List<String> forms = new java.util.ArrayList<>(1);
            collect(dictionary, dictionary.automaton().getRootNode(), folded, 0, new StringBuilder(), forms, 1);
            if (!forms.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word as the language's dictionary writes it, accents and all ("developpes": "développés"; as typed when the
     * dictionary has it so); empty when the language has no such form. Only letters of one or two bytes are read.
     */
    static java.util.Optional<String> written(String word, String language) {
        String folded = fold(word);
        java.util.List<String> forms = new java.util.ArrayList<>();
        for (Dictionary dictionary : Holder.DICTIONARIES) {
            if (dictionary.language().equals(language) && !folded.isEmpty()) {
                collect(dictionary, dictionary.automaton().getRootNode(), folded, 0, new StringBuilder(), forms, FORMS);
            }
        }
        return forms.contains(folded) ? java.util.Optional.of(folded) : forms.stream().findFirst();
    }

    /** How many forms folding alike are read (« eleve »: « élève », « élevé », « élevée »...). */
    private static final int FORMS = 8;

    /**
     * Gathers, up to {@code most}, the forms continuing from the node that fold to the rest of the word (its UTF-8
     * letters lower-cased and accent-folded one by one, as the word was), as they are written, lower-cased.
     */
    private static void collect(Dictionary dictionary, int node, String folded, int at, StringBuilder form,
            java.util.List<String> forms, int most) {
        FSA fsa = dictionary.automaton();
        for (int arc = fsa.getFirstArc(node); arc != 0 && forms.size() < most; arc = fsa.getNextArc(arc)) {
            int b = fsa.getArcLabel(arc) & 0xff;
            if (b == dictionary.separator()) {
                String found = form.toString().toLowerCase(Locale.ROOT);
                if (at == folded.length() && !forms.contains(found)) {
                    forms.add(found);
                }
                continue;
            }
            if (fsa.isArcTerminal(arc) || at == folded.length()) {
                continue;
            }
            if (b < 0x80) {
                String letter = fold(String.valueOf((char) b));
                if (folded.startsWith(letter, at)) {
                    form.append((char) b);
                    collect(dictionary, fsa.getEndNode(arc), folded, at + 1, form, forms, most);
                    form.setLength(form.length() - 1);
                }
            } else if ((b & 0xe0) == 0xc0) {
                int next = fsa.getEndNode(arc);
                for (int second = fsa.getFirstArc(next); second != 0; second = fsa.getNextArc(second)) {
                    char c = (char) (((b & 0x1f) << 6) | (fsa.getArcLabel(second) & 0x3f));
                    String letter = fold(String.valueOf(c));
                    if (!fsa.isArcTerminal(second) && !letter.isEmpty() && folded.startsWith(letter, at)) {
                        form.append(c);
                        collect(dictionary, fsa.getEndNode(second), folded, at + letter.length(), form, forms,
                                most);
                        form.setLength(form.length() - 1);
                    }
                }
            }
        }
    }

    /** Lower-cased and accent-folded as the spelling field's words are ("Œuvre": "oeuvre"). */
    static String fold(String word) {
        char[] lower = word.toLowerCase(Locale.ROOT).toCharArray();
        char[] out = new char[lower.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(lower, 0, out, 0, lower.length);
        return new String(out, 0, length);
    }

    private static Dictionary load(String resource, char separator, String language) {
        try (InputStream in = WordForms.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                // Without it, real words of that language the library lacks may be searched as other words.
                LOG.warning(() -> "Word-form dictionary missing from the class path: " + resource);
                return null;
            }
            return new Dictionary(FSA.read(in), (byte) separator, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
