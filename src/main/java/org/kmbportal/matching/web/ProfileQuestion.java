package org.kmbportal.matching.web;

import java.util.List;

/**
 * One question of the profile form: a facet with its choices.
 *
 * @param single
 *            true for a context facet (one answer, radio buttons), false for lists (several, checkboxes)
 */
public record ProfileQuestion(String name, String title, String help, boolean single, List<Choice> choices) {

    /** One answer the question offers, and whether the organization gave it. */
    public record Choice(String value, String label, boolean selected, String id) {
    }
}
