package org.kmbportal.library;

import java.util.List;

/** The full reference of the study a research summary reports on. Empty strings stand for absent parts. */
public record Citation(List<String> authors, Integer year, String title, String container, String volume,
        String issue, String pages, String doi, String url) {

    public Citation {
        authors = List.copyOf(authors);
        title = orEmpty(title);
        container = orEmpty(container);
        volume = orEmpty(volume);
        issue = orEmpty(issue);
        pages = orEmpty(pages);
        doi = orEmpty(doi);
        url = orEmpty(url);
    }

    /** The link a reader follows to the article: the DOI resolver when there is a DOI, else the URL, else empty. */
    public String articleLink() {
        if (!doi.isEmpty()) {
            return Doi.link(doi);
        }
        return url;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
