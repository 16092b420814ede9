package org.kmbportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * A misspelt French verb form is corrected to the form one letter away when French has it and the library holds its
 * family, though the library's texts never write that form: « abandonent » is « abandonnent » (searched with
 * « abandonner », « abandonné »: {@link Inflections}), not the library's « abandonné » two letters away nor its
 * infinitive. English forms need not this: the English analyzer searches a form by its stem, and the library's own
 * closest word is corrected to ({@link Speller}).
 */
final class NearestForm {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    /**
     * How many of a query's unknown words are looked up (each about 500 forms in the dictionary): a question has a
     * slip or two, and a query of many unknown words is not slips; unbounded, 35 of them cost a search 0.4 to 1.4 s
     * of CPU more.
     */
    static final int MOST_WORDS = 3;

    private NearestForm() {
    }

    /**
     * The French form one letter from the typed word (lower-cased, accents folded) that French has and the library
     * holds, or whose family its texts hold, as French writes it; empty for a query not read as French, and when a
     * word of the library's French texts is as near (an English one is not meant: "abandonment").
     *
     * @param close
     *            the library's words close to the typed one
     * @param language
     *            the language the query is corrected in first
     */
    static Optional<String> of(String typed, SuggestWord[] close, String language, IndexReader reader,
            LanguageWords words) throws IOException {
        if (!"fr".equals(language) || java.util.Arrays.stream(close).anyMatch(w -> Inflections.distance(typed,
                w.string) <= 1 && words.count(w.string, "fr") > 0)) {
            return Optional.empty();
        }
        for (String form : oneLetterAway(typed)) {
            Optional<String> french = WordForms.written(form, "fr");
            if (french.isPresent() && (reader.docFreq(new Term(Fields.SPELL, form)) > 0
                    || !Inflections.of(form, reader).isEmpty())) {
                return french;
            }
        }
        return Optional.empty();
    }

    /** The words one letter dropped, added or changed from the word, each once, in a fixed order. */
    static List<String> oneLetterAway(String word) {
        java.util.Set<String> away = new java.util.LinkedHashSet<>();
        for (int i = 0; i <= word.length(); i++) {
            String before = word.substring(0, i);
            String after = word.substring(i);
            for (char letter : LETTERS.toCharArray()) {
                away.add(before + letter + after);
                if (i < word.length()) {
                    away.add(before + letter + after.substring(1));
                }
            }
            if (i < word.length()) {
                away.add(before + after.substring(1));
            }
        }
        away.remove(word);
        return new ArrayList<>(away);
    }
}
