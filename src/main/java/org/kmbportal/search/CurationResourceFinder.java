package org.kmbportal.search;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.curation.ResourceFinder;

/** The collection editor's resource picker, answered by a simple search. */
@ApplicationScoped
public class CurationResourceFinder implements ResourceFinder {

    @Inject
    SearchService search;

    @Override
    public Optional<List<Found>> find(String words, String language, int max) {
        try {
            return Optional.of(search.search(SearchRequest.simple(words, language)).hits().stream()
                    .filter(h -> !"collection".equals(h.type()))
                    .map(h -> new Found(h.id(), h.title(), h.type(), h.language(),
                            h.alsoInLanguage()))
                    .limit(max).toList());
        } catch (BadQueryException e) {
            return Optional.empty();
        }
    }
}
