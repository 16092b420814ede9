package org.kmbportal.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.kmbportal.library.Citation;

/**
 * A collection's library items in the formats reference managers import: RIS, BibTeX and CSL-JSON. A research
 * summary exports the study it summarizes; a practice guide exports itself as a web page of the portal.
 */
public final class CitationExports {

    private CitationExports() {
    }

    /** @param urlOf the portal address of a resource id (for guides, and as a link back for studies) */
    public static String ris(List<ReadingItem> items, Function<String, String> urlOf) {
        StringBuilder ris = new StringBuilder();
        for (ReadingItem item : items) {
            if (!item.isResource()) {
                continue;
            }
            Citation c = item.citation();
            if (c != null) {
                line(ris, "TY", "JOUR");
                c.authors().stream().filter(a -> !isEtAl(a)).forEach(a -> line(ris, "AU", a));
                line(ris, "PY", c.year() == null ? "" : c.year().toString());
                line(ris, "TI", c.title());
                line(ris, "T2", c.container());
                line(ris, "VL", c.volume());
                line(ris, "IS", c.issue());
                String[] pages = pages(c.pages());
                line(ris, "SP", pages[0]);
                line(ris, "EP", pages[1]);
                line(ris, "DO", c.doi());
                line(ris, "UR", c.url());
            } else {
                line(ris, "TY", "ELEC");
                line(ris, "TI", item.title());
                line(ris, "PB", "KMb Portal");
                line(ris, "UR", urlOf.apply(item.resourceId()));
            }
            line(ris, "N1", item.note());
            line(ris, "LA", item.language());
            ris.append("ER  - \r\n");
        }
        return ris.toString();
    }

    public static String bibtex(List<ReadingItem> items, Function<String, String> urlOf) {
        StringBuilder bib = new StringBuilder();
        for (ReadingItem item : items) {
            if (!item.isResource()) {
                continue;
            }
            Citation c = item.citation();
            Map<String, String> fields = new LinkedHashMap<>();
            if (c != null) {
                fields.put("author", String.join(" and ", c.authors().stream().map(a -> isEtAl(a) ? "others" : a)
                        .toList()));
                fields.put("title", c.title());
                fields.put("journal", c.container());
                fields.put("year", c.year() == null ? "" : c.year().toString());
                fields.put("volume", c.volume());
                fields.put("number", c.issue());
                fields.put("pages", c.pages().replace("-", "--"));
                fields.put("doi", c.doi());
                fields.put("url", c.url());
            } else {
                fields.put("title", item.title());
                fields.put("howpublished", "KMb Portal");
                fields.put("url", urlOf.apply(item.resourceId()));
            }
            fields.put("note", item.note());
            bib.append('@').append(c != null ? "article" : "misc").append('{').append(key(item)).append(",\n");
            fields.entrySet().stream().filter(e -> !e.getValue().isEmpty()).forEach(e -> bib.append("  ")
                    .append(e.getKey()).append(" = {").append(bibtexText(e.getValue())).append("},\n"));
            bib.append("}\n\n");
        }
        return bib.toString();
    }

    /** CSL-JSON items (the format of Zotero, Mendeley and citation processors), as plain maps for JSON-B. */
    public static List<Map<String, Object>> cslJson(List<ReadingItem> items, Function<String, String> urlOf) {
        List<Map<String, Object>> csl = new ArrayList<>();
        for (ReadingItem item : items) {
            if (!item.isResource()) {
                continue;
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", item.resourceId());
            Citation c = item.citation();
            if (c != null) {
                json.put("type", "article-journal");
                json.put("title", c.title());
                json.put("author", c.authors().stream().filter(a -> !isEtAl(a)).map(CitationExports::name).toList());
                if (c.year() != null) {
                    json.put("issued", Map.of("date-parts", List.of(List.of(c.year()))));
                }
                put(json, "container-title", c.container());
                put(json, "volume", c.volume());
                put(json, "issue", c.issue());
                put(json, "page", c.pages());
                put(json, "DOI", c.doi());
                put(json, "URL", c.url());
            } else {
                json.put("type", "webpage");
                json.put("title", item.title());
                json.put("publisher", "KMb Portal");
                json.put("URL", urlOf.apply(item.resourceId()));
            }
            put(json, "note", item.note());
            put(json, "language", item.language());
            csl.add(json);
        }
        return csl;
    }

    private static Map<String, String> name(String author) {
        int comma = author.indexOf(',');
        return comma < 0
                ? Map.of("literal", author)
                : Map.of("family", author.substring(0, comma).strip(), "given", author.substring(comma + 1).strip());
    }

    private static void put(Map<String, Object> json, String key, String value) {
        if (value != null && !value.isEmpty()) {
            json.put(key, value);
        }
    }

    private static boolean isEtAl(String author) {
        return author.toLowerCase(Locale.ROOT).startsWith("et al");
    }

    private static String[] pages(String pages) {
        String[] parts = pages.split("[-–]+", 2);
        return new String[]{parts[0].strip(), parts.length > 1 ? parts[1].strip() : ""};
    }

    private static void line(StringBuilder ris, String tag, String value) {
        if (value != null && !value.isBlank()) {
            ris.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ").strip()).append("\r\n");
        }
    }

    /** A citation key reference managers accept: letters, digits and '-' (the resource id already is one). */
    private static String key(ReadingItem item) {
        return item.resourceId();
    }

    /** Text safe inside BibTeX braces: braces balanced by escaping, TeX specials escaped. */
    static String bibtexText(String text) {
        return text.replace("\\", "\\textbackslash{}").replace("{", "\\{").replace("}", "\\}").replace("&", "\\&")
                .replace("%", "\\%").replace("$", "\\$").replace("#", "\\#").replace("_", "\\_")
                .replaceAll("[\\r\\n]+", " ");
    }
}
