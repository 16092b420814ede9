package org.kmbportal.search;

/**
 * A search a reader made, announced (as a CDI event) after it ran, for whoever keeps statistics of searches. It is
 * fired only when the reader allows such signals ({@code web.ReaderConsent}) and carries nothing about who searched.
 *
 * @param query
 *            the words as typed
 * @param readerLanguage
 *            the language of the page or answer ({@code en} or {@code fr})
 * @param results
 *            how many results answered the search ({@link SearchResult#found()}: its strong matches where they are
 *            counted; those of the correction when the words as typed found nothing and the portal searched a
 *            corrected form)
 * @param fromPage
 *            true for the search page (its result links report which one is opened), false for the API
 * @param signal
 *            on the search page, the random key its result links carry (see {@link SearchResultOpened}); else null
 */
public record SearchPerformed(String query, String readerLanguage, long results, boolean fromPage, String signal) {
}
