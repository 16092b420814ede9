package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
 * "Did you mean": each word the library does not contain at all is replaced by the closest word it does contain, keeping the rest of the query as typed. A small library lacks many real
 * words, so only words long enough to be confidently mistyped are corrected: one edit from 5 letters, two from 8
 * ("recrutment" becomes "recruitment", but "kids" is not turned into "kinds"). The replacements are words of the
 * query's language ({@link LanguageWords}), never a mix of both languages where one can correct them all. A word
 * of English or French ({@link WordForms}) is never corrected, however close a library word is: "cultral competance"
 * is searched as "cultural competence", but "mentors retraités" is searched as typed and nothing is offered for it.
 */
final class Speller {

    private static final int MIN_LENGTH = 5;
    private static final int TWO_EDITS_FROM = 8;
    /** How many words typed without accents a correction shows with the library's (each is looked up). */
    private static final int MAX_RESTORED = 12;

    private Speller() {
    }

    /** How many close words are looked at for a misspelt word, so that each language's closest is among them. */
    private static final int CANDIDATES = 10;
    /** A word tells the query's language when one language's texts use it this many times as often as the other's. */
    private static final double TELLING = 2.0;
    /** The same, for a field's words ({@code title:mentor}): only words one language's texts hardly use. */
    private static final double CLEARLY = 10.0;

    /**
     * A misspelt word: where it is in the query, as typed, and the library's close words, closest first.
     *
     * @param partial
     *            the last word, which may still be being typed: one letter short of the close words
     */
    private record Misspelt(int start, int end, String typed, SuggestWord[] close, boolean partial) {

        /** The word lower-cased, accents folded, as the spelling field holds words. */
        String word() {
            try {
                List<String> words = terms(Analysis.plain(), Fields.SPELL, typed);
                return words.isEmpty() ? typed : words.get(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A spelling correction of a query.
     *
     * @param replaces
     *            whether the corrected words are searched instead of the typed ones; false when the only word corrected
     *            is a last word one letter short of a library word ("jumelag"): searched as typed, it already finds the
     *            words it begins, and the correction is offered as "did you mean"
     */
    record Correction(String text, boolean replaces) {
    }

    /**
     * The language the query is written in, by its words that one language's texts use far more often than the
     * other's ("du", "programme"; "of", "program") and by accents typed; null when that tells nothing.
     */
    static String queryLanguage(String query, LanguageWords words) throws IOException {
        if (FieldSyntax.present(query)) {
            // A field's name tells nothing ("titre:"), and a word both languages use ("mentor") leaves it to the page.
            return judged(FieldSyntax.values(query) + " " + FieldSyntax.rest(query), words, true);
        }
        return judged(query, words, false);
    }

    /**
     * @param clearly
     *            a word tells a language only when the other's texts hardly use it ({@link #CLEARLY})
     */
    private static String judged(String query, LanguageWords words, boolean clearly) throws IOException {
        int english = 0;
        int french = 0;
        try (TokenStream tokens = Analysis.plain().tokenStream(Fields.SPELL, query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                String typed = query.substring(offset.startOffset(), offset.endOffset()).toLowerCase(
                        java.util.Locale.ROOT);
                double en = words.rateEitherSpelling(word, "en");
                double fr = words.rateEitherSpelling(word, "fr");
                boolean accented = !typed.equals(word) && typed.chars().allMatch(Character::isLetter);
                double telling = clearly ? CLEARLY : TELLING;
                boolean inEnglish = en > telling * fr;
                boolean inFrench = fr > telling * en;
                english += inEnglish ? 1 : 0;
                french += inFrench || accented ? 1 : 0;
            }
            tokens.end();
        }
        return english > french ? "en" : french > english ? "fr" : null;
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

    /** The word as the library writes it, in the case it was typed ("Benevoles": "Bénévoles"). */
    private static String sameCase(String written, String typed) {
        if (typed.equals(typed.toUpperCase(java.util.Locale.ROOT))) {
            return written.toUpperCase(java.util.Locale.ROOT);
        }
        return Character.isUpperCase(typed.codePointAt(0))
                ? written.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + written.substring(1)
                : written;
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
            if (QueryInterpreter.QUOTES.indexOf(query.charAt(i)) >= 0) {
                open = !open;
            }
            inside[i] = open;
        }
        return inside;
    }

    /** The first language of the order that has a close word for a misspelt one (every word's, where one has). */
    private static String first(Misspelt m, String whole, List<String> order, LanguageWords words) {
        return whole != null
                ? whole
                : order.stream().filter(l -> CloseWords.closestIn(m.close(), l, words) != null).findFirst()
                        .orElseThrow();
    }

    /**
     * A misspelt word's replacement and its language: the closest word in {@code in}, or, when {@code switching}, a
     * nearer word of the other language or of the reader's word family.
     */
    private static String[] chosen(Misspelt m, String in, String told, String language, LanguageWords words,
            boolean switching) {
        String best = CloseWords.closestIn(m.close(), in, words);
        // Without a word telling the query's language, a word only the other language's texts use that is fewer
        // letters away wins: "mentorsip" is "mentorship", not French "mentors" two away.
        String nearer = switching && told == null
                ? NearerWord.inOtherLanguage(m.word(), m.close(), best, in, words)
                : null;
        if (nearer != null) {
            best = nearer;
            in = "fr".equals(in) ? "en" : "fr";
        }
        // English words in a French reader's query are often borrowed (titles, "mentoring"): words telling English do
        // not make the reader's own French word English. An English reader's query its words tell is French stays
        // French ("evaluaton du programe": "programme", not "programs").
        String kin = (switching || in.equals(language))
                && (told == null || told.equals(language) || "fr".equals(language))
                        ? CloseWords.ofTheFamily(m.word(), m.close(), best, language, words)
                        : null;
        return kin != null ? new String[]{kin, language} : new String[]{best, in};
    }

    /**
     * The query with each misspelt word replaced by the closest word the library has, as the library writes it; empty
     * when no word needs it. The corrections are words of the query's language when its other words tell it
     * ("evaluaton du programe" becomes "évaluation du programme" for every reader, not "evaluation du programs"), a
     * word that language has no close word for being left as typed. Otherwise the reader's language first and the
     * other only when the first has no close word (or, for one word, has one fewer letters away: {@link NearerWord}), in one language for all words where one can correct them all; where
     * neither can, each word in the first language that can. A word close only to names or citations is left as typed.
     */
    static Optional<String> correct(String query, IndexReader reader, String language, Analysis analysis) {
        return correction(query, reader, language, analysis).map(Correction::text);
    }

    /**
     * As {@link #correct}, saying whether the correction replaces the typed words. A last word still being typed is
     * searched as the beginning of the words it begins ({@link PartialWord}); one that is a single letter short of a
     * word of the library ("fermeture du jumelag") is also a likely slip, so it is corrected to that word, offered
     * rather than searched instead.
     */
    static Optional<Correction> correction(String query, IndexReader reader, String language, Analysis analysis) {
        if (FieldSyntax.present(query)) {
            // "title:mentor" is no misspelt word: the reader named a field to search in (FieldSyntax).
            return Optional.empty();
        }
        DirectSpellChecker oneEdit = checker(1);
        DirectSpellChecker twoEdits = checker(2);
        List<Misspelt> misspelt = new ArrayList<>();
        // Words of the library typed without accents: shown with the library's accents in a correction.
        List<Misspelt> unaccented = new ArrayList<>();
        // A last word still being typed is searched as the beginning of the words it begins, not corrected.
        String partial = PartialWord.of(query, reader).orElse(null);
        // Words in a quoted phrase are searched exactly as typed.
        boolean[] quoted = quoted(query);
        try (TokenStream tokens = Analysis.plain().tokenStream(Fields.SPELL, query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                String typed = query.substring(offset.startOffset(), offset.endOffset());
                if (!quoted[offset.startOffset()] && unaccented.size() < MAX_RESTORED
                        && typed.toLowerCase(java.util.Locale.ROOT).equals(word)
                        && reader.docFreq(new Term(Fields.SPELL, word)) > 0) {
                    unaccented.add(new Misspelt(offset.startOffset(), offset.endOffset(), typed, null, false));
                    continue;
                }
                if (quoted[offset.startOffset()] || word.length() < MIN_LENGTH
                        || word.chars().anyMatch(Character::isDigit)
                        || reader.docFreq(new Term(Fields.SPELL, word)) > 0
                        || isRealWord(word)) {
                    continue;
                }
                if (word.equals(partial) && offset.endOffset() == query.stripTrailing().length()) {
                    SuggestWord[] longer = PartialWord.oneLetterLonger(word, reader);
                    if (longer.length > 0) {
                        misspelt.add(new Misspelt(offset.startOffset(), offset.endOffset(),
                                query.substring(offset.startOffset(), offset.endOffset()), longer, true));
                    }
                    continue;
                }
                if (!Inflections.of(word, reader).isEmpty()) {
                    // A French form of words the library has ("abandonnent"): searched with them, not corrected.
                    continue;
                }
                DirectSpellChecker checker = word.length() >= TWO_EDITS_FROM ? twoEdits : oneEdit;
                SuggestWord[] close = checker.suggestSimilar(new Term(Fields.SPELL, word), CANDIDATES, reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                // Kept without close words too: a French form one letter away may be meant (NearestForm).
                misspelt.add(new Misspelt(offset.startOffset(), offset.endOffset(),
                        query.substring(offset.startOffset(), offset.endOffset()), close, false));
            }
            tokens.end();
            if (misspelt.isEmpty()) {
                return Optional.empty();
            }
            LanguageWords words = LanguageWords.of(reader);
            // A query its words tell the language of is corrected in that language only (a word of the other would
            // mix them: "quitting" in an English question is not turned into French "quittant"); otherwise the
            // reader's language first, then the other.
            String told = queryLanguage(query, words);
            List<String> order = told != null
                    ? List.of(told)
                    : List.of(language, "fr".equals(language) ? "en" : "fr");
            // A slip one letter from a French form whose family the library holds, in a query corrected in French,
            // becomes that form where no word of the library is as near ("abandonent": "abandonnent"; NearestForm).
            String corrector = order.stream().filter(l -> misspelt.stream().allMatch(m -> m.close().length == 0
                    || CloseWords.closestIn(m.close(), l, words) != null)).findFirst().orElse(order.get(0));
            java.util.Map<Integer, String> forms = new java.util.HashMap<>();
            int tried = 0;
            for (Misspelt m : misspelt) {
                if (!m.partial() && tried++ < NearestForm.MOST_WORDS) {
                    NearestForm.of(m.word(), m.close(), corrector, reader, words)
                            .ifPresent(f -> forms.put(m.start(), f));
                }
            }
            // A word close only to names or citations, or only to the other language's words, is left as typed; so
            // is a word of English or French the library lacks ("aînés" is not "aidés", nor "sécurité" "sécurisé"):
            // neither searched instead nor offered.
            misspelt.removeIf(m -> WordForms.isWord(m.word()) || !forms.containsKey(m.start())
                    && order.stream().allMatch(l -> CloseWords.closestIn(m.close(), l, words) == null));
            if (misspelt.isEmpty()) {
                return Optional.empty();
            }
            StringBuilder corrected = new StringBuilder();
            int copied = 0;
            String whole = order.stream().filter(l -> misspelt.stream().allMatch(m -> forms.containsKey(m.start())
                    || CloseWords.closestIn(m.close(), l, words) != null)).findFirst().orElse(null);
            java.util.SortedMap<Integer, Misspelt> replaced = new java.util.TreeMap<>();
            boolean confident = misspelt.stream().anyMatch(m -> !m.partial());
            misspelt.forEach(m -> replaced.put(m.start(), m));
            if (analysis != null) {
                unaccented.forEach(m -> replaced.put(m.start(), m));
            }
            // Each misspelt word's nearest word and its language; a correction is in one language: where the
            // nearest words would mix them (« mentorng evaluation » on the French page became "mentoring
            // évaluation"), each is corrected in the first language that has a close word for it.
            java.util.Map<Integer, String[]> chosen = new java.util.HashMap<>();
            for (Misspelt m : misspelt) {
                if (!forms.containsKey(m.start())) {
                    chosen.put(m.start(), chosen(m, first(m, whole, order, words), told, language, words, true));
                }
            }
            java.util.Set<String> languages = new java.util.HashSet<>();
            chosen.values().forEach(c -> languages.add(c[1]));
            if (!forms.isEmpty()) {
                languages.add(corrector);
            }
            if (languages.size() > 1) {
                String one = whole != null ? whole : order.get(0);
                for (Misspelt m : misspelt) {
                    if (chosen.containsKey(m.start()) && CloseWords.closestIn(m.close(), one, words) != null) {
                        chosen.put(m.start(), chosen(m, one, told, language, words, false));
                    }
                }
                languages.clear();
                chosen.values().forEach(c -> languages.add(c[1]));
            }
            // Words typed without accents are written as the correction's language writes them: "evaluation" beside
            // "mentoring" stays English.
            String accentsOf = languages.size() == 1 ? languages.iterator().next() : order.get(0);
            for (Misspelt m : replaced.values()) {
                if (forms.containsKey(m.start())) {
                    corrected.append(query, copied, m.start()).append(sameCase(forms.get(m.start()), m.typed()));
                    copied = m.end();
                    continue;
                }
                String shown;
                if (m.close() == null) {
                    // A word the library has, typed without the accents its texts in that language always give it
                    // ("benevoles qui abandonent": "bénévoles qui abandonnent").
                    String word = m.typed().toLowerCase(java.util.Locale.ROOT);
                    shown = LibrarySpelling.accented(word, reader, accentsOf, analysis)
                            .map(a -> sameCase(a, m.typed())).orElse(m.typed());
                } else {
                    String[] best = chosen.get(m.start());
                    shown = analysis == null
                            ? best[0]
                            : LibrarySpelling.written(best[0], m.typed(), reader, best[1], analysis);
                }
                corrected.append(query, copied, m.start()).append(shown);
                copied = m.end();
            }
            corrected.append(query.substring(copied));
            return Optional.of(new Correction(corrected.toString(), confident));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
