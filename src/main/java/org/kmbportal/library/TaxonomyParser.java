package org.kmbportal.library;

/** Turns the text of a {@code taxonomy.yaml} into a {@link Taxonomy}; the content package provides it. */
public interface TaxonomyParser {

    /**
     * @throws IllegalArgumentException
     *             with a plain message (and line) when the text is not a valid taxonomy
     */
    Taxonomy parse(String yaml);
}
