package org.kmbportal.library;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A resource's link to one term of one vocabulary (or, for conditions, to one value of one context facet). */
@Embeddable
public class TermAssignment {

    @Column(name = "vocab_key", nullable = false, length = 60)
    private String vocabulary;

    @Column(name = "term_key", nullable = false, length = 120)
    private String term;

    protected TermAssignment() {
    }

    public TermAssignment(String vocabulary, String term) {
        this.vocabulary = vocabulary;
        this.term = term;
    }

    public String vocabulary() {
        return vocabulary;
    }

    public String term() {
        return term;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TermAssignment that && vocabulary.equals(that.vocabulary) && term.equals(that.term);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vocabulary, term);
    }
}
