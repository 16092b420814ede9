package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.analysis.TokenStream;
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
 * Suggestions as a reader types: topics whose label has words starting with what was typed (labels in the reader's
 * language first, then in the other), then authors and titles of resources (every typed word must begin a word of
 * the title or an author's name). Accents and case are ignored: "benev" suggests "Mentors bénévoles".
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
     */
    public record Suggestion(String text, String kind, String type, String id) {
    }

    public List<String> suggest(String typed, String language, int max) {
        return suggestions(typed, language, max).stream().map(Suggestion::text).toList();
    }

    /** The suggestions with their kinds; the same texts, in the same order, as {@link #suggest}. */
    public List<Suggestion> suggestions(String typed, String language, int max) {
        List<String> words = words(typed == null ? "" : typed.strip());
        if (words.isEmpty() || words.get(words.size() - 1).length() < 2 && words.size() == 1) {
            return List.of();
        }
        java.util.Map<String, Suggestion> suggestions = new java.util.LinkedHashMap<>();
        // Labels in the reader's language first, then those of the other language that begin with what was typed
        // (a French word typed with English labels, as the header's suggestions are when the browser asks for
        // English): both languages are searched, so either label finds the resources.
        // Each term once, in the first language whose label matches.
        java.util.Set<Term> suggested = new java.util.HashSet<>();
        for (String labelLanguage : List.of(language, "fr".equals(language) ? "en" : "fr")) {
            for (Vocabulary vocabulary : index.taxonomy().facets()) {
                for (Term term : vocabulary.terms()) {
                    String label = term.label().in(labelLanguage);
                    if (!suggested.contains(term) && matches(words, label)) {
                        suggested.add(term);
                        suggestions.putIfAbsent(label, new Suggestion(label, "topic", null, null));
                    }
                }
            }
        }
        index.withSearcher(searcher -> {
            try {
                BooleanQuery.Builder query = new BooleanQuery.Builder();
                for (String word : words) {
                    String prefix = word.length() > EDGE_MAX ? word.substring(0, EDGE_MAX) : word;
                    query.add(new TermQuery(new org.apache.lucene.index.Term(Fields.SUGGEST, prefix)),
                            BooleanClause.Occur.MUST);
                }
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc hit : searcher.search(query.build(), max * 2).scoreDocs) {
                    Document doc = stored.document(hit.doc);
                    for (String author : doc.getValues(Fields.AUTHORS)) {
                        if (matches(words, author)) {
                            suggestions.putIfAbsent(author, new Suggestion(author, "author", null, null));
                        }
                    }
                    String title = doc.get(Fields.TITLE_STORED);
                    suggestions.putIfAbsent(title, new Suggestion(title, "title", doc.get(Fields.TYPE),
                            doc.get(Fields.ID)));
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<Suggestion> all = new ArrayList<>(suggestions.values());
        return all.subList(0, Math.min(max, all.size()));
    }

    /** Whether every typed word begins some word of the text (accents and case ignored). */
    static boolean matches(List<String> typed, String text) {
        List<String> textWords = words(text);
        return typed.stream().allMatch(w -> textWords.stream().anyMatch(t -> t.startsWith(w)));
    }

    /** The words of a text as search compares them: lower-cased, accents folded. */
    public static List<String> wordsOf(String text) {
        return words(text == null ? "" : text);
    }

    static List<String> words(String text) {
        String input = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = Analysis.plain().tokenStream(Fields.SPELL, input)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && words.size() < MAX_WORDS) {
                words.add(term.toString().toLowerCase(Locale.ROOT));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

}
