package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.kmbportal.library.Term;
import org.kmbportal.library.Vocabulary;

/**
 * Suggestions as a reader types: topics whose label has words starting with what was typed, always by their label in
 * the reader's language (found by the other language's label when none is by the reader's), then authors and titles
 * of resources (every typed word must begin a word of the title or an author's name; a resource once), those in the
 * reader's language first. Case is ignored, and so are the accents a reader leaves out ("benev" suggests "Mentors
 * bénévoles" to a French reader, "Volunteer mentors" to an English one), but an accent typed is meant: "béné" begins
 * "bénévole", not English "benefit" (user session: French titles came after English ones it did not begin).
 */
@ApplicationScoped
public class Suggestions {

    static final int MAX_INPUT = 100;
    private static final int MAX_WORDS = 6;
    private static final int EDGE_MAX = 20;

    @Inject
    SearchIndex index;

    /**
     * One suggestion and what it is: a {@code topic} (any vocabulary term), an {@code author}, or the {@code title} of
     * a resource or collection ({@code type} and {@code id} say which, so choosing it can open it).
     *
     * @param facet
     *            for a vocabulary term, the search filter it is ({@code audience}, {@code topic}, ...), so choosing it
     *            applies that filter; else null
     * @param value
     *            for a vocabulary term, its key (the filter's value); else null
     * @param facetLabel
     *            for a vocabulary term, what it is in the reader's language ("Audience", "Public"), else null
     */
    public record Suggestion(String text, String kind, String type, String id, String facet, String value,
            String facetLabel) {

        Suggestion(String text, String kind, String type, String id) {
            this(text, kind, type, id, null, null, null);
        }
    }

    public List<String> suggest(String typed, String language, int max) {
        // The texts alone: a label two vocabularies share once.
        return suggestions(typed, language, max).stream().map(Suggestion::text).distinct().toList();
    }

    /** The suggestions with their kinds; the texts of {@link #suggest}, in the same order. */
    public List<Suggestion> suggestions(String typed, String language, int max) {
        List<String> words = new ArrayList<>(words(typed == null ? "" : typed.strip()));
        List<String> accented = new ArrayList<>(accentedWords(typed == null ? "" : typed.strip()));
        if (words.size() > 1 && words.size() == accented.size()) {
            // A lone letter among other words narrows nothing and begins no indexed prefix (they start at two
            // letters): « à », or the article of an elided word being typed (« famille d », « famille d’ »), used
            // to leave no suggestion at all (user session us47).
            for (int i = words.size() - 1; i >= 0 && words.size() > 1; i--) {
                if (words.get(i).length() < 2) {
                    words.remove(i);
                    accented.remove(i);
                }
            }
        }
        List<String> compounds = compounds(typed == null ? "" : typed.strip());
        if (words.isEmpty() || words.get(words.size() - 1).length() < 2 && words.size() == 1) {
            return List.of();
        }
        // Each suggestion once, whatever its case; a label two vocabularies share ("Group mentoring" is a topic and a
        // program model) once for each, labelled by its vocabulary, as choosing each applies another filter.
        java.util.Map<String, Suggestion> suggestions = new java.util.LinkedHashMap<>();
        java.util.Set<String> texts = new java.util.HashSet<>();
        // Labels in the reader's language only. A term is found by its label in the reader's language; when no term
        // is, by its label in the other language ("bénév" on an English page suggests "Volunteer mentors"), as both
        // languages are searched. The other language's labels are never shown ("e-mentor" suggested French topics
        // on the English page: user test).
        // Failing that, by what the typed words stand for (« jeunes imm »: « immigrants » is a synonym of « nouveaux
        // arrivants », in « Jeunes nouveaux arrivants et réfugiés »; it suggested nothing: user session).
        String other = "fr".equals(language) ? "en" : "fr";
        LabelSynonyms synonyms = LabelSynonyms.of(index.taxonomy());
        record Reading(String labels, boolean bySynonyms) {
        }
        for (Reading reading : List.of(new Reading(language, false), new Reading(other, false),
                new Reading(language, true), new Reading(other, true))) {
            if (reading.bySynonyms() && !compounds.isEmpty()) {
                break;
            }
            // Labels written as typed before those written the other way ("behaviour" and "behavior").
            List<Suggestion> found = new ArrayList<>();
            List<Suggestion> otherWay = new ArrayList<>();
            for (Vocabulary vocabulary : index.taxonomy().facets()) {
                for (Term term : vocabulary.terms()) {
                    String shown = term.label().in(reading.labels());
                    if (reading.bySynonyms()
                            ? synonyms.matches(accented, shown, reading.labels())
                            : matches(accented, compounds, shown)) {
                        String label = term.label().in(language);
                        // Labelled by its own vocabulary: "Volunteer mentors" is an audience (it read "Topic", and
                        // choosing it searched its words instead of applying the audience: user session).
                        String facet = Fields.dimension(vocabulary.key());
                        (reading.bySynonyms() || literally(accented, shown) ? found : otherWay).add(new Suggestion(
                                label, "topic", null, null, facet, term.key(), facetLabel(facet, language)));
                    }
                }
            }
            found.addAll(otherWay);
            for (Suggestion topic : found) {
                suggestions.putIfAbsent(topic.facet() + '\u0000' + key(topic.text()), topic);
                texts.add(key(topic.text()));
            }
            if (!suggestions.isEmpty()) {
                break;
            }
        }
        index.withSearcher(searcher -> {
            try {
                BooleanQuery.Builder query = new BooleanQuery.Builder();
                for (String word : words) {
                    query.add(prefixes(word), BooleanClause.Occur.MUST);
                }
                // A word joined by a hyphen ("e-mentor") is one word: its parts follow each other in the title.
                for (String compound : compounds) {
                    org.apache.lucene.search.PhraseQuery.Builder parts = new org.apache.lucene.search.PhraseQuery.Builder();
                    for (String part : words(compound)) {
                        parts.add(new org.apache.lucene.index.Term(Fields.SUGGEST,
                                part.length() > EDGE_MAX ? part.substring(0, EDGE_MAX) : part));
                    }
                    query.add(parts.build(), BooleanClause.Occur.MUST);
                }
                StoredFields stored = searcher.storedFields();
                // A resource once: its version in the reader's language when both versions begin with what was typed.
                java.util.Map<String, Suggestion> titles = new java.util.HashMap<>();
                java.util.Map<String, String> resource = new java.util.HashMap<>();
                java.util.Map<String, String> languages = new java.util.HashMap<>();
                // Authors and the resources' keys, in the order of the hits.
                List<Object> order = new ArrayList<>();
                // What begins the typed words as they were typed, not only under another spelling.
                java.util.Set<Object> asTyped = new java.util.HashSet<>();
                // More hits than shown: those beginning with the letters typed but not with their accents are left.
                for (ScoreDoc hit : searcher.search(query.build(), max * 6).scoreDocs) {
                    Document doc = stored.document(hit.doc);
                    if (!matches(accented, compounds, doc.get(Fields.TITLE_STORED) + " "
                            + String.join(" ", doc.getValues(Fields.AUTHORS)))) {
                        continue;
                    }
                    boolean literal = literally(accented,
                            doc.get(Fields.TITLE_STORED) + " " + String.join(" ", doc.getValues(Fields.AUTHORS)));
                    for (String author : doc.getValues(Fields.AUTHORS)) {
                        if (matches(accented, author)) {
                            Suggestion named = new Suggestion(author, "author", null, null);
                            order.add(named);
                            if (literally(accented, author)) {
                                asTyped.add(named);
                            }
                        }
                    }
                    String id = doc.get(Fields.ID);
                    String group = doc.get(Fields.TRANSLATION_GROUP);
                    String key = resource.getOrDefault(id, resource.getOrDefault(group, id));
                    resource.putIfAbsent(id, key);
                    if (group != null) {
                        resource.putIfAbsent(group, key);
                    }
                    if (!titles.containsKey(key) || language.equals(doc.get(Fields.LANGUAGE))) {
                        titles.put(key, new Suggestion(doc.get(Fields.TITLE_STORED), "title", doc.get(Fields.TYPE),
                                id));
                        languages.put(key, doc.get(Fields.LANGUAGE));
                    }
                    order.add(key);
                    if (literal) {
                        asTyped.add(key);
                    }
                }
                // Authors and the titles in the reader's language first, then the other language's titles; in each,
                // those written as typed first, then those that begin with it only written the other way.
                List<Object> first = new ArrayList<>();
                List<Object> then = new ArrayList<>();
                for (Object next : order) {
                    (next instanceof String key && !language.equals(languages.get(key)) ? then : first).add(next);
                }
                java.util.Comparator<Object> typedFirst = java.util.Comparator.comparing(n -> !asTyped.contains(n));
                first.sort(typedFirst);
                then.sort(typedFirst);
                first.addAll(then);
                // Each once, whatever its case and spelling: "Behaviour..." and "Behavior..." are one suggestion.
                for (Object next : first) {
                    Suggestion suggestion = next instanceof Suggestion author ? author : titles.get(next);
                    if (texts.add(key(suggestion.text()))) {
                        suggestions.put(key(suggestion.text()), suggestion);
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<Suggestion> all = new ArrayList<>(suggestions.values());
        return all.subList(0, Math.min(max, all.size()));
    }

    /**
     * The indexed beginnings a typed word (its elided article taken off) may be: the word itself, or the word after
     * one of French's elided articles, as a title's « d’accueil » is one indexed word (« d'accueil », apostrophes
     * folded), so « famille d’acc » and « famille acc » both find « famille d’accueil ».
     */
    private static org.apache.lucene.search.Query prefixes(String word) {
        String prefix = word.length() > EDGE_MAX ? word.substring(0, EDGE_MAX) : word;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new TermQuery(new org.apache.lucene.index.Term(Fields.SUGGEST, prefix)), BooleanClause.Occur.SHOULD);
        // Written the other way: "behaviou" finds titles with "behavior", "behavior" those with "behavioural".
        for (String other : SpellingFolding.otherBeginnings(word)) {
            any.add(new TermQuery(new org.apache.lucene.index.Term(Fields.SUGGEST,
                    other.length() > EDGE_MAX ? other.substring(0, EDGE_MAX) : other)), BooleanClause.Occur.SHOULD);
        }
        for (Object article : org.apache.lucene.analysis.fr.FrenchAnalyzer.DEFAULT_ARTICLES) {
            String elided = new String((char[]) article) + "'" + prefix;
            if (elided.length() <= EDGE_MAX) {
                any.add(new TermQuery(new org.apache.lucene.index.Term(Fields.SUGGEST, elided)),
                        BooleanClause.Occur.SHOULD);
            }
        }
        return any.build();
    }

    /** What a vocabulary's terms are called beside a suggestion; a vocabulary the bundle does not name is a topic. */
    private static String facetLabel(String facet, String language) {
        String key = "search.kind.facet." + facet;
        String label = SearchMessages.get(language, key);
        return label.equals(key) ? SearchMessages.get(language, "search.kind.topic") : label;
    }

    /**
     * Whether every typed word (lower-cased, accents as typed) begins some word of the text: case is ignored, and so
     * is an accent the reader left out, not one typed, and so is how the word is spelt where search reads British and
     * American spellings as one ({@link SpellingFolding}): "behaviour" begins "Behavior".
     */
    static boolean matches(List<String> typed, String text) {
        List<String> textWords = words(text == null ? "" : text, ACCENTED, Integer.MAX_VALUE, Integer.MAX_VALUE);
        return typed.stream().allMatch(
                w -> textWords.stream().anyMatch(t -> SpellingFolding.beginsEitherWay(t, w, Suggestions::begins)));
    }

    /** As {@link #matches(List, String)}, each typed word beginning a word of the text as the text writes it. */
    static boolean literally(List<String> typed, String text) {
        List<String> textWords = words(text == null ? "" : text, ACCENTED, Integer.MAX_VALUE, Integer.MAX_VALUE);
        return typed.stream().allMatch(w -> textWords.stream().anyMatch(t -> begins(t, w)));
    }

    /** What a suggestion is the same as another by: its text lower-cased, British spellings read as American. */
    private static String key(String text) {
        return SpellingFolding.folded(text).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether every typed word begins some word of the text, and every word typed with a hyphen ("e-mentor") begins
     * words that follow each other in the text, the parts before its last whole ("e-mentoring"): its parts alone are no
     * words of their own ("e-mentor" suggested every title with "mentor" and a word beginning with "e", « en », « et
     * », « entre »: user session).
     */
    static boolean matches(List<String> typed, List<String> compounds, String text) {
        if (!matches(typed, text)) {
            return false;
        }
        if (compounds.isEmpty()) {
            return true;
        }
        // The text's words joined by hyphens: a compound begins at a word's start, its parts before the last whole
        // words ("group-ment" begins "Group mentoring", "e-mentor" begins "E-mentoring" but not « en mentorat »).
        String joined = hyphens(text.toLowerCase(Locale.ROOT)).replaceAll("[^\\p{L}\\p{N}]+", "-");
        return compounds.stream().allMatch(c -> {
            for (int start = 0; start < joined.length(); start = joined.indexOf('-', start) + 1) {
                if (begins(joined.substring(start), c)) {
                    return true;
                }
                if (joined.indexOf('-', start) < 0) {
                    break;
                }
            }
            return false;
        });
    }

    private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern
            .compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)+");

    /** The words typed with a hyphen inside, lower-cased, accents as typed ("E‑Mentor" gives "e-mentor"). */
    static List<String> compounds(String typed) {
        String input = typed.length() > MAX_INPUT ? typed.substring(0, MAX_INPUT) : typed;
        return COMPOUND.matcher(hyphens(input.toLowerCase(Locale.ROOT))).results().map(m -> m.group()).toList();
    }

    /** Every kind of hyphen written as the plain one. */
    private static String hyphens(String text) {
        return text.replaceAll("[\\x{2010}\\x{2011}\\x{2012}\\x{2013}]", "-");
    }

    /**
     * Whether the typed beginning begins the word: a letter typed with its accent must be that letter, one typed
     * without may stand for any accented form of it ("bene" and "béné" begin "bénévole"; "béné" does not begin
     * "benefit"; "oeu" begins "œuvre").
     */
    static boolean begins(String word, String typed) {
        int i = 0;
        int j = 0;
        char[] folded = new char[8];
        while (i < typed.length()) {
            if (j >= word.length()) {
                return false;
            }
            char t = typed.charAt(i);
            char w = word.charAt(j);
            if (t == w) {
                i++;
                j++;
                continue;
            }
            if (t >= 128) {
                return false;
            }
            int length = ASCIIFoldingFilter.foldToASCII(new char[]{w}, 0, folded, 0, 1);
            String plain = new String(folded, 0, length);
            if (!plain.isEmpty() && plain.startsWith(typed.substring(i))) {
                return true;
            }
            if (plain.isEmpty() || !typed.startsWith(plain, i)) {
                return false;
            }
            i += plain.length();
            j++;
        }
        return true;
    }

    /** The words of a text as search compares them: lower-cased, accents folded. */
    public static List<String> wordsOf(String text) {
        return words(text == null ? "" : text);
    }

    private static final org.apache.lucene.analysis.Analyzer ACCENTED = new org.apache.lucene.analysis.Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            org.apache.lucene.analysis.Tokenizer source = new org.apache.lucene.analysis.standard.StandardTokenizer();
            return new TokenStreamComponents(source, new org.apache.lucene.analysis.LowerCaseFilter(
                    new org.apache.lucene.analysis.util.ElisionFilter(source,
                            org.apache.lucene.analysis.fr.FrenchAnalyzer.DEFAULT_ARTICLES)));
        }
    };

    /** The words typed, lower-cased, their accents kept: as many as {@link #words}, one for one. */
    static List<String> accentedWords(String typed) {
        return words(typed, ACCENTED, MAX_INPUT, MAX_WORDS);
    }

    static List<String> words(String text) {
        return words(text, Analysis.plain(), MAX_INPUT, MAX_WORDS);
    }

    private static List<String> words(String text, org.apache.lucene.analysis.Analyzer analyzer, int maxInput,
            int maxWords) {
        String input = text.length() > maxInput ? text.substring(0, maxInput) : text;
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(Fields.SPELL, input)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && words.size() < maxWords) {
                words.add(term.toString().toLowerCase(Locale.ROOT));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

}
