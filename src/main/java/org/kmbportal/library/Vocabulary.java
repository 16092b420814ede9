package org.kmbportal.library;

import org.kmbportal.platform.PlainText;

import java.util.List;
import java.util.Optional;

/**
 * A controlled vocabulary from {@code taxonomy.yaml}. A {@link Kind#FACET} vocabulary describes resources (topics,
 * audiences, ...); a {@link Kind#CONTEXT} vocabulary is a facet an organization describes itself by (size, evaluation
 * capacity, ...), used by resources' {@code applies_when}; the {@link Kind#CAPACITY} vocabulary names what a partner
 * organization wants to build in a partnership (it describes partnerships, not resources).
 *
 * @param label
 *            the vocabulary's own name where the taxonomy gives one (context facets), else empty
 */
public record Vocabulary(String key, Kind kind, Label label, List<Term> terms) {

    public enum Kind {
        FACET, CONTEXT, CAPACITY
    }

    public Vocabulary {
        terms = List.copyOf(terms);
    }

    public Optional<Term> term(String termKey) {
        return terms.stream().filter(t -> t.key().equals(termKey)).findFirst();
    }

    public boolean contains(String termKey) {
        return term(termKey).isPresent();
    }

    /** The known key closest to a mistyped one, to suggest in an error message. */
    public Optional<String> nearest(String unknown) {
        return nearest(unknown, terms.stream().map(Term::key).toList());
    }

    /** The candidate closest to a mistyped word (edit distance), to suggest in an error message. */
    public static Optional<String> nearest(String unknown, List<String> candidates) {
        return PlainText.nearest(unknown, candidates);
    }
}
