package org.kmbportal.library;

/**
 * The summary published elsewhere that a research summary builds on, credited on its page ("Based on a summary by …
 * in …"). Empty strings stand for absent parts; {@link #NONE} is a summary written from the study alone.
 *
 * @param url
 *            where the other summary can be read, or empty
 */
public record SourceSummary(String title, String author, String publication, String url) {

    public static final SourceSummary NONE = new SourceSummary("", "", "", "");

    public SourceSummary {
        title = orEmpty(title);
        author = orEmpty(author);
        publication = orEmpty(publication);
        url = orEmpty(url);
    }

    public boolean isEmpty() {
        return title.isEmpty() && author.isEmpty() && publication.isEmpty() && url.isEmpty();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
