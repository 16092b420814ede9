package org.kmbportal.curation;

import java.util.List;
import java.util.function.Function;

import org.kmbportal.web.MarkdownRenderer;
import org.kmbportal.web.SafeMarkdown;

import org.kmbportal.library.CitationStyle;

/**
 * A collection as a reading list to share: Markdown, or a standalone HTML page. A library item readers no longer see
 * is named in its place with why, in the list's language, and not linked.
 */
public final class ReadingListExports {

    private ReadingListExports() {
    }

    public static String markdown(CollectionContent collection, List<ReadingItem> items,
            Function<String, String> urlOf) {
        StringBuilder md = new StringBuilder("# ").append(markdownText(collection.title())).append("\n\n");
        if (!collection.curator().isEmpty()) {
            md.append("*").append(markdownText(collection.curator())).append("*\n\n");
        }
        if (!collection.description().isBlank()) {
            // The description is Markdown already (the collection's page renders it): it goes out as written, less
            // what the page would not show (raw HTML, links to javascript: and the like).
            md.append(SafeMarkdown.of(collection.description())).append("\n\n");
        }
        int n = 1;
        for (ReadingItem item : items) {
            if (item.isOutOfLibrary()) {
                // Named, not linked: its page answers 404. The sentence is in the list's language, as the file is.
                md.append(n++).append(". ").append(markdownText(item.title())).append(" — ").append(markdownText(
                        item.outOfLibraryIn(collection.language())));
                if (!item.note().isEmpty()) {
                    md.append("  \n   ").append(markdownText(item.note()));
                }
                md.append('\n');
                continue;
            }
            String url = item.isResource() ? urlOf.apply(item.resourceId()) : item.url();
            md.append(n++).append(". [").append(markdownText(item.title())).append("](<").append(url).append(">)");
            if (item.citation() != null) {
                md.append("  \n   ").append(markdownText(CitationStyle.plain(item.citation())));
            }
            if (!item.note().isEmpty()) {
                md.append("  \n   ").append(markdownText(item.note()));
            }
            md.append('\n');
        }
        return md.toString();
    }

    public static String html(CollectionContent collection, List<ReadingItem> items, Function<String, String> urlOf) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(escape(collection.language()))
                .append("\">\n<head><meta charset=\"UTF-8\"><title>").append(escape(collection.title()))
                .append("</title></head>\n<body>\n<h1>").append(escape(collection.title())).append("</h1>\n");
        if (!collection.curator().isEmpty()) {
            html.append("<p><em>").append(escape(collection.curator())).append("</em></p>\n");
        }
        if (!collection.description().isBlank()) {
            // Markdown, rendered as the collection's page renders it (sanitized: no script, no event handler, links
            // only to http, https and mailto), not shown as its raw marks.
            html.append("<div class=\"description\">")
                    .append(MarkdownRenderer.toHtml(collection.description(), collection.language()))
                    .append("</div>\n");
        }
        html.append("<ol>\n");
        for (ReadingItem item : items) {
            if (item.isOutOfLibrary()) {
                html.append("<li class=\"out-of-library\">").append(escape(item.title())).append(" — <em>").append(
                        escape(item.outOfLibraryIn(collection.language()))).append("</em>");
                if (!item.note().isEmpty()) {
                    html.append("<br>").append(escape(item.note()));
                }
                html.append("</li>\n");
                continue;
            }
            String url = item.isResource() ? urlOf.apply(item.resourceId()) : item.url();
            html.append("<li><a href=\"").append(escape(url)).append("\">").append(escape(item.title())).append("</a>");
            if (item.citation() != null) {
                html.append("<br>").append(escape(CitationStyle.plain(item.citation())));
            }
            if (!item.note().isEmpty()) {
                html.append("<br>").append(escape(item.note()));
            }
            html.append("</li>\n");
        }
        return html.append("</ol>\n</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        .replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** Text that Markdown shows as written: its markup characters escaped. */
    static String markdownText(String text) {
        return text.replaceAll("([\\\\`*_{}\\[\\]()#+!<>|])", "\\\\$1").replaceAll("[\\r\\n]+", " ");
    }
}
