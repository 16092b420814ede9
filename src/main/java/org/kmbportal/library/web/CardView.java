package org.kmbportal.library.web;

import java.util.List;

import org.kmbportal.library.ResourceCard;

/**
 * A resource as lists show it: the card plus what the page needs ready-made (plain-text teaser, labelled topics, link).
 */
public record CardView(ResourceCard resource, String url, String typeLabel, String byline, String teaser,
        List<TermLink> topics, boolean otherLanguage, String alsoInUrl, String alsoInLanguage) {

    /** A card without a version in another language to point to. */
    public CardView(ResourceCard resource, String url, String typeLabel, String byline, String teaser,
            List<TermLink> topics, boolean otherLanguage) {
        this(resource, url, typeLabel, byline, teaser, topics, otherLanguage, null, null);
    }

    /** The same card, pointing to the resource's version in another language. */
    public CardView alsoIn(String otherUrl, String otherLanguage) {
        return new CardView(resource, url, typeLabel, byline, teaser, topics, this.otherLanguage, otherUrl,
                otherLanguage);
    }

    public boolean hasAlsoIn() {
        return alsoInUrl != null;
    }
}
