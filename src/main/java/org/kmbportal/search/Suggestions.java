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
 * Suggestions as a reader types: topics whose label has words starting with what was typed, always by their label in
 * the reader's language (found by the other language's label when none is by the reader's), then authors and titles
 * of resources (every typed word must begin a word of the title or an author's name; a resource once). Accents and
 * case are ignored: "benev" suggests "Mentors bénévoles" to a French reader, "Volunteer mentors" to an English one.
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
        // Each suggestion once, whatever its case ("Group mentoring" is a topic and a program model).
        java.util.Map<String, Suggestion> suggestions = new java.util.LinkedHashMap<>();
        // Labels in the reader's language only. A term is found by its label in the reader's language; when no term
        // is, by its label in the other language ("bénév" on an English page suggests "Volunteer mentors"), as both
        // languages are searched. The other language's labels are never shown ("e-mentor" suggested French topics
        // on the English page: user test).
        String other = "fr".equals(language) ? "en" : "fr";
        for (String labelLanguage : List.of(language, other)) {
            for (Vocabulary vocabulary : index.taxonomy().facets()) {
                for (Term term : vocabulary.terms()) {
                    if (matches(words, term.label().in(labelLanguage))) {
                        String label = term.label().in(language);
                        suggestions.putIfAbsent(label.toLowerCase(Locale.ROOT),
                                new Suggestion(label, "topic", null, null));
                    }
                }
            }
            if (!suggestions.isEmpty()) {
                break;
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
                // A resource once: its version in the reader's language when both versions begin with what was typed.
                java.util.Map<String, Suggestion> titles = new java.util.HashMap<>();
                java.util.Map<String, String> resource = new java.util.HashMap<>();
                // Authors and the resources' keys, in the order of the hits.
                List<Object> order = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(query.build(), max * 2).scoreDocs) {
                    Document doc = stored.document(hit.doc);
                    for (String author : doc.getValues(Fields.AUTHORS)) {
                        if (matches(words, author)) {
                            order.add(new Suggestion(author, "author", null, null));
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
                    }
                    order.add(key);
                }
                for (Object next : order) {
                    Suggestion suggestion = next instanceof Suggestion author ? author : titles.get(next);
                    suggestions.putIfAbsent(suggestion.text().toLowerCase(Locale.ROOT), suggestion);
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
