package org.kmbportal.library;

import java.util.List;

/** How citations read on the page: APA 7th edition conventions for authors and source. */
public final class CitationStyle {

    private CitationStyle() {
    }

    /** "Lachance, L., Watson, C., & Blais, D." (APA lists up to 20 authors, joined with a final ampersand). */
    public static String authors(List<String> authors) {
        if (authors.isEmpty()) {
            return "";
        }
        if (authors.size() == 1) {
            return authors.get(0);
        }
        List<String> named = authors.stream().filter(a -> !a.toLowerCase(java.util.Locale.ROOT).startsWith("et al"))
                .toList();
        boolean etAl = named.size() < authors.size();
        if (etAl) {
            return String.join(", ", named) + ", et al.";
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + ", & " + named.get(named.size() - 1);
    }

    /** "76(2), 1-9": volume, issue and pages as APA joins them, with an en dash in page ranges. */
    public static String locator(Citation citation) {
        StringBuilder text = new StringBuilder(citation.volume());
        if (!citation.issue().isEmpty()) {
            text.append('(').append(citation.issue()).append(')');
        }
        if (!citation.pages().isEmpty()) {
            text.append(text.isEmpty() ? "" : ", ")
                    .append(citation.pages().replace("--", "–").replaceAll("(?<=\\w)-(?=\\w)", "–"));
        }
        return text.toString();
    }

    /** The whole reference as plain text, for copying. */
    public static String plain(Citation c) {
        StringBuilder text = new StringBuilder(authors(c.authors()));
        text.append(" (").append(c.year() == null ? "n.d." : c.year()).append("). ").append(c.title());
        if (!c.title().endsWith("?") && !c.title().endsWith(".")) {
            text.append('.');
        }
        text.append(' ').append(c.container());
        String locator = locator(c);
        if (!locator.isEmpty()) {
            text.append(", ").append(locator);
        }
        text.append('.');
        if (!c.articleLink().isEmpty()) {
            text.append(' ').append(c.articleLink());
        }
        return text.toString();
    }
}
