package org.kmbportal.search.web;

import java.util.ArrayList;
import java.util.List;

import org.kmbportal.library.Term;
import org.kmbportal.library.Vocabulary;
import org.kmbportal.web.Links;
import org.kmbportal.library.web.TermsBean;

/** Topics to suggest on an empty result: those whose name shares a word with the query, else the first few. */
final class TopicHints {

    private static final int MAX = 8;

    private final TermsBean terms;
    private final Links links;
    private final String language;

    TopicHints(TermsBean terms, Links links, String language) {
        this.terms = terms;
        this.links = links;
        this.language = language;
    }

    List<SearchLink> forQuery(String query) {
        List<Term> topics = terms.facets().stream().filter(v -> v.key().equals("topics")).findFirst()
                .map(Vocabulary::terms).orElse(List.of());
        List<String> words = org.kmbportal.search.Suggestions.wordsOf(query).stream().filter(w -> w.length() > 3)
                .map(w -> w.substring(0, Math.min(5, w.length()))).toList();
        List<SearchLink> hints = new ArrayList<>();
        for (Term topic : topics) {
            String label = topic.label().in(language);
            List<String> labelWords = org.kmbportal.search.Suggestions.wordsOf(label);
            if (words.stream().anyMatch(w -> labelWords.stream().anyMatch(l -> l.startsWith(w)))) {
                hints.add(new SearchLink(label, links.term("topics", topic.key()), false));
            }
        }
        if (hints.isEmpty()) {
            topics.stream().limit(MAX)
                    .forEach(t -> hints
                            .add(new SearchLink(t.label().in(language), links.term("topics", t.key()), false)));
        }
        return hints.subList(0, Math.min(MAX, hints.size()));
    }
}
