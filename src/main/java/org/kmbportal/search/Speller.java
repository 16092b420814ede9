package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each word the library does not contain at all, and that is not a word of English or French, is
 * replaced by the closest word it does contain, keeping the rest of the query as typed. A small library lacks many real words, so only words long enough to be
 * confidently mistyped are corrected: one edit from 5 letters, two from 8 ("recrutment" becomes "recruitment", but
 * "kids" is not turned into "kinds").
 */
final class Speller {

    private static final int MIN_LENGTH = 5;
    private static final int TWO_EDITS_FROM = 8;

    private Speller() {
    }

    /**
     * The closest suggestion, the most common in the query's language on a tie; null when none is a word of that
     * language (a valid English word the library lacks is not turned into a French one).
     */
    private static String best(SuggestWord[] suggestions, IndexReader reader, String language, Analysis analysis)
            throws IOException {
        if (analysis == null) {
            return suggestions[0].string;
        }
        String best = null;
        long bestFrequency = 0;
        float bestScore = -1;
        for (SuggestWord suggestion : suggestions) {
            if (best != null && suggestion.score < bestScore) {
                break;
            }
            long frequency = frequency(suggestion.string, reader, language, analysis);
            if (frequency > bestFrequency) {
                best = suggestion.string;
                bestFrequency = frequency;
                bestScore = suggestion.score;
            }
        }
        return best;
    }

    /** In how many of the language's titles, notes and bodies the word appears (summed over the fields). */
    private static long frequency(String word, IndexReader reader, String language, Analysis analysis)
            throws IOException {
        long frequency = 0;
        for (String field : java.util.List.of(Fields.text("notes", language), Fields.text("body", language),
                Fields.text("title", language))) {
            for (String term : terms(analysis.index(), field, word)) {
                frequency += reader.docFreq(new Term(field, term));
            }
        }
        return frequency;
    }

    /**
     * The language the query is written in: the one whose texts hold more of its known words (function words aside),
     * the reader's language when that tells nothing.
     */
    private static String queryLanguage(String query, IndexReader reader, String readerLanguage, Analysis analysis)
            throws IOException {
        int english = 0;
        int french = 0;
        for (String word : DistinctiveWords.informative(query)) {
            long en = frequency(word, reader, "en", analysis);
            long fr = frequency(word, reader, "fr", analysis);
            english += en > fr ? 1 : 0;
            french += fr > en ? 1 : 0;
        }
        return english > french ? "en" : french > english ? "fr" : readerLanguage;
    }

    static java.util.List<String> terms(org.apache.lucene.analysis.Analyzer analyzer, String field,
            String text) throws IOException {
        java.util.List<String> terms = new java.util.ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    /**
     * A real word is never replaced, even when the library lacks it: a common English word ("September", "trauma",
     * "showing", {@link RealWords}). French words the library lacks are not known to be words (no French list ships).
     */
    private static boolean isRealWord(String word) {
        // Not by stem: a typing mistake often shares a stem with the word meant ("volunters", "volunteers").
        return RealWords.english(word);
    }

    private static DirectSpellChecker checker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinQueryLength(MIN_LENGTH);
        checker.setMaxEdits(maxEdits);
        return checker;
    }

    /**
     * Which characters of the query are inside a quoted phrase (a quote left open runs to the end, as the parser
     * reads it).
     */
    static boolean[] quoted(String query) {
        boolean[] inside = new boolean[query.length() + 1];
        boolean open = false;
        for (int i = 0; i < query.length(); i++) {
            if (query.charAt(i) == '"') {
                open = !open;
            }
            inside[i] = open;
        }
        return inside;
    }

    static Optional<String> correct(String query, IndexReader reader) {
        return correct(query, reader, "en", null);
    }

    /**
     * @param analysis
     *            when given, corrections are words of the query's language (told by its other words, else the
     *            reader's), and a tie between equally close ones goes to the more common ("recrutment" becomes
     *            "recruitment" for an English reader, "recrutement" for a French one)
     */
    static Optional<String> correct(String query, IndexReader reader, String language, Analysis analysis) {
        DirectSpellChecker oneEdit = checker(1);
        DirectSpellChecker twoEdits = checker(2);
        StringBuilder corrected = new StringBuilder();
        int copied = 0;
        boolean changed = false;
        // A last word still being typed is searched as the beginning of the words it begins, not corrected.
        String partial = PartialWord.of(query, reader).orElse(null);
        // Words in a quoted phrase are searched exactly as typed.
        boolean[] quoted = quoted(query);
        try (TokenStream tokens = Analysis.plain().tokenStream(Fields.SPELL, query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            String written = null;
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                if (quoted[offset.startOffset()] || word.length() < MIN_LENGTH
                        || word.chars().anyMatch(Character::isDigit)
                        || reader.docFreq(new Term(Fields.SPELL, word)) > 0
                        || isRealWord(word)
                        || word.equals(partial) && offset.endOffset() == query.stripTrailing().length()) {
                    continue;
                }
                DirectSpellChecker checker = word.length() >= TWO_EDITS_FROM ? twoEdits : oneEdit;
                SuggestWord[] suggestions = checker.suggestSimilar(new Term(Fields.SPELL, word), 5, reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (suggestions.length > 0 && written == null) {
                    written = analysis == null ? language : queryLanguage(query, reader, language, analysis);
                }
                String best = suggestions.length == 0 ? null : best(suggestions, reader, written, analysis);
                if (best != null) {
                    corrected.append(query, copied, offset.startOffset())
                            .append(LibrarySpelling.written(best,
                                    query.substring(offset.startOffset(), offset.endOffset()), reader, written,
                                    analysis));
                    copied = offset.endOffset();
                    changed = true;
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!changed) {
            return Optional.empty();
        }
        corrected.append(query.substring(copied));
        return Optional.of(corrected.toString());
    }
}
