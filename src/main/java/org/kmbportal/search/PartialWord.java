package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;

/**
 * The last word of a query as a reader may still be typing it: "bénév" for "bénévoles", "volunt" for "volunteer".
 * Stemming alone finds such a word only by luck (English "volunt" is the stem of "volunteer"; French "benev" is no
 * stem), so a last word of at least {@link #MIN_LETTERS} letters that the library does not contain as a word, but
 * that begins words it contains, also matches those words, in either language, accents or not: the most common of them
 * are searched as if typed (stemmed, with their synonyms, so "bénév" finds what "bénévole" finds), and any other word
 * it begins matches too. The words compared are the library's words as written (lower-cased, accents folded), not
 * their stems.
 */
final class PartialWord {

    static final int MIN_LETTERS = 4;
    /** What a match of the prefix alone counts: as much as a word of the body. */
    private static final float WEIGHT = 1.0f;
    /** The text's last word, outside quotes, not excluded, with no operator after it. */
    private static final Pattern LAST_WORD = Pattern.compile("(?:^|[\\s(|+])(\\p{L}[\\p{L}\\p{M}'’]*)\\s*$");

    private PartialWord() {
    }

    /** The last word, folded, if it is long enough and not inside a phrase; nothing else is checked. */
    static Optional<String> lastWord(String text) {
        if (text == null || text.chars().filter(c -> c == '"').count() % 2 != 0) {
            return Optional.empty();
        }
        Matcher m = LAST_WORD.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String last = null;
        try (TokenStream tokens = Analysis.plain().tokenStream(Fields.SPELL, m.group(1))) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                last = term.toString();
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.ofNullable(last)
                .filter(w -> w.length() >= MIN_LETTERS && w.chars().allMatch(Character::isLetter));
    }

    /** The text's last word, if the library lacks it as a word but has words that begin with it. */
    static Optional<String> of(String text, IndexReader reader) {
        if (reader == null) {
            return Optional.empty();
        }
        return lastWord(text).filter(word -> beginsWordsOnly(word, reader));
    }

    /**
     * The words of the library that the text's partial last word begins, most common first, at most {@code max}
     * (none when the last word is not partial).
     */
    static List<String> completions(String text, IndexReader reader, int max) {
        return of(text, reader).map(word -> completions(word, reader).stream()
                .sorted(Comparator.comparingInt(Completion::documents).reversed()).limit(max)
                .map(Completion::word).toList()).orElse(List.of());
    }

    /** The query matching every word of the library the partial last word begins (scored alike), if there is one. */
    static Optional<Query> prefixQuery(String text, IndexReader reader) {
        return of(text, reader).map(word -> new BoostQuery(new PrefixQuery(new Term(Fields.SPELL, word)), WEIGHT));
    }

    private record Completion(String word, int documents) {
    }

    private static List<Completion> completions(String word, IndexReader reader) {
        try {
            Terms terms = MultiTerms.getTerms(reader, Fields.SPELL);
            List<Completion> found = new ArrayList<>();
            if (terms == null) {
                return found;
            }
            TermsEnum words = terms.iterator();
            if (words.seekCeil(new BytesRef(word)) == TermsEnum.SeekStatus.END) {
                return found;
            }
            for (BytesRef term = words.term(); term != null; term = words.next()) {
                String text = term.utf8ToString();
                if (!text.startsWith(word)) {
                    break;
                }
                found.add(new Completion(text, words.docFreq()));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean beginsWordsOnly(String word, IndexReader reader) {
        try {
            Terms terms = MultiTerms.getTerms(reader, Fields.SPELL);
            if (terms == null) {
                return false;
            }
            TermsEnum words = terms.iterator();
            TermsEnum.SeekStatus found = words.seekCeil(new BytesRef(word));
            return found == TermsEnum.SeekStatus.NOT_FOUND && words.term().utf8ToString().startsWith(word);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The library's words that are the word and one letter more ("jumelag": "jumelage"), most documents first. */
    static SuggestWord[] oneLetterLonger(String word, IndexReader reader) throws IOException {
        List<SuggestWord> found = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, Fields.SPELL);
        if (terms == null) {
            return new SuggestWord[0];
        }
        TermsEnum words = terms.iterator();
        if (words.seekCeil(
                new BytesRef(word)) == TermsEnum.SeekStatus.END) {
            return new SuggestWord[0];
        }
        for (BytesRef term = words.term(); term != null; term = words.next()) {
            String text = term.utf8ToString();
            if (!text.startsWith(word)) {
                break;
            }
            if (text.length() == word.length() + 1) {
                SuggestWord suggestion = new SuggestWord();
                suggestion.string = text;
                suggestion.score = 1f;
                suggestion.freq = words.docFreq();
                found.add(suggestion);
            }
        }
        found.sort(java.util.Comparator.comparingInt((SuggestWord w) -> w.freq).reversed());
        return found.toArray(new SuggestWord[0]);
    }
}
