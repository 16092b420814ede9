package org.kmbportal.curation.links;

/**
 * Where a link is used: an item of a collection, or the article link of a research summary's citation.
 *
 * @param kind
 *            {@code collection} or {@code citation}
 */
public record LinkUse(String kind, String ownerId, String ownerTitle) {
}
