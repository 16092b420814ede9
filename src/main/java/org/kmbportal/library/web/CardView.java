package org.kmbportal.library.web;

import java.util.List;

import org.kmbportal.library.ResourceCard;

/**
 * A resource as lists show it: the card plus what the page needs ready-made (plain-text teaser, labelled topics, link).
 */
public record CardView(ResourceCard resource, String url, String typeLabel, String byline, String teaser,
        List<TermLink> topics, boolean otherLanguage) {
}
