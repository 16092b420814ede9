package org.kmbportal.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Library resources in the formats reference managers import: RIS, BibTeX and CSL-JSON, and the APA reference a
 * reader copies. A research summary cites the study it summarizes; a practice guide cites itself, a web page of the
 * portal. The one implementation behind a resource's "Cite" downloads and a collection's citation exports.
 */
public final class CitationFormats {

    /** Who publishes the portal's own pages (the guides' author and publisher). */
    public static final String PORTAL = "KMb Portal";
    /** The portal's name in French, as a French guide's author and publisher. */
    public static final String PORTAL_FR = "Portail KMb";

    /** The portal's name in the language of the item cited (a French guide is published by the Portail KMb). */
    static String portal(String language) {
        return "fr".equals(language) ? PORTAL_FR : PORTAL;
    }

    /**
     * One resource to cite.
     *
     * @param citation
     *            the study a research summary reports on, or null for a practice guide
     * @param year
     *            the year a guide was published on the portal, or null
     * @param note
     *            a note reference managers keep with the entry (a curator's note), or empty
     * @param link
     *            for an outside web page (a collection's link), its address; null for a resource of the library
     * @param titleOnly
     *            known by its title only (a resource taken out of the library): no author, date or address, since its
     *            page answers 404; the note says why
     */
    public record Cited(String id, String language, String title, Citation citation, Integer year, String note,
            String link, boolean titleOnly) {

        public Cited {
            note = note == null ? "" : note;
            title = title == null ? "" : title;
        }

        /** A resource of the library. */
        public Cited(String id, String language, String title, Citation citation, Integer year, String note) {
            this(id, language, title, citation, year, note, null, false);
        }

        /** An outside web page, cited by its title and address (its author and date are not known). */
        public static Cited link(String id, String title, String url, String note) {
            return new Cited(id, null, title, null, null, note, url, false);
        }

        /** An item known by its title only, with a note that says why (no address: it would answer 404). */
        public static Cited titleOnly(String id, String title, String note) {
            return new Cited(id, null, title, null, null, note, null, true);
        }

        boolean isLink() {
            return link != null;
        }

        /** What a reader cites for a resource of the library (no note). */
        public static Cited of(ResourceContent content) {
            return new Cited(content.id(), content.language(), content.title(),
                    content instanceof ResearchSummaryContent summary ? summary.citation() : null,
                    content.published() == null ? null : content.published().getYear(), "");
        }
    }

    private CitationFormats() {
    }

    /**
     * The language of the work cited: a guide is the portal's page in its own language; a research summary cites an
     * article whose language the library does not record (a French summary of an English article is not French), so
     * none is given.
     */
    static String citedLanguage(Cited item) {
        return item.citation() != null || item.language() == null ? "" : item.language();
    }

    /** @param urlOf the portal address of a resource id (for guides, the page they are) */
    public static String ris(List<Cited> items, Function<String, String> urlOf) {
        StringBuilder ris = new StringBuilder();
        for (Cited item : items) {
            Citation c = item.citation();
            if (item.titleOnly()) {
                line(ris, "TY", "GEN");
                line(ris, "TI", item.title());
            } else if (c != null) {
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
            } else if (item.isLink()) {
                line(ris, "TY", "ELEC");
                line(ris, "TI", item.title());
                line(ris, "UR", item.link());
            } else {
                line(ris, "TY", "ELEC");
                line(ris, "AU", portal(item.language()));
                line(ris, "PY", item.year() == null ? "" : item.year().toString());
                line(ris, "TI", item.title());
                line(ris, "PB", portal(item.language()));
                line(ris, "UR", urlOf.apply(item.id()));
            }
            line(ris, "N1", item.note());
            line(ris, "LA", citedLanguage(item));
            ris.append("ER  - \r\n");
        }
        return ris.toString();
    }

    public static String bibtex(List<Cited> items, Function<String, String> urlOf) {
        StringBuilder bib = new StringBuilder();
        for (Cited item : items) {
            Citation c = item.citation();
            Map<String, String> fields = new LinkedHashMap<>();
            if (item.titleOnly()) {
                fields.put("title", bibtexText(item.title()));
            } else if (c != null) {
                fields.put("author", String.join(" and ", c.authors().stream()
                        .map(a -> isEtAl(a) ? "others" : bibtexName(a)).toList()));
                fields.put("title", bibtexText(c.title()));
                fields.put("journal", bibtexText(c.container()));
                fields.put("year", c.year() == null ? "" : c.year().toString());
                fields.put("volume", bibtexText(c.volume()));
                fields.put("number", bibtexText(c.issue()));
                fields.put("pages", bibtexText(bibtexPages(c.pages())));
                fields.put("doi", bibtexVerbatim(c.doi()));
                fields.put("url", bibtexVerbatim(c.url()));
            } else if (item.isLink()) {
                fields.put("title", bibtexText(item.title()));
                fields.put("howpublished", "\\url{" + bibtexVerbatim(item.link()) + "}");
                fields.put("url", bibtexVerbatim(item.link()));
            } else {
                // An organization as author: braced, so it is not read as a family name "Portal".
                fields.put("author", "{" + portal(item.language()) + "}");
                fields.put("title", bibtexText(item.title()));
                fields.put("year", item.year() == null ? "" : item.year().toString());
                fields.put("howpublished", portal(item.language()));
                fields.put("url", bibtexVerbatim(urlOf.apply(item.id())));
            }
            fields.put("note", bibtexText(item.note()));
            fields.put("language", bibtexText(citedLanguage(item)));
            bib.append('@').append(c != null ? "article" : "misc").append('{').append(key(item.id())).append(",\n");
            fields.entrySet().stream().filter(e -> !e.getValue().isEmpty()).forEach(e -> bib.append("  ")
                    .append(e.getKey()).append(" = {").append(e.getValue()).append("},\n"));
            bib.append("}\n\n");
        }
        return bib.toString();
    }

    /** CSL-JSON items (the format of Zotero, Mendeley and citation processors), as plain maps for JSON-B. */
    public static List<Map<String, Object>> cslJson(List<Cited> items, Function<String, String> urlOf) {
        List<Map<String, Object>> csl = new ArrayList<>();
        for (Cited item : items) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", item.id());
            Citation c = item.citation();
            if (item.titleOnly()) {
                json.put("type", "document");
                json.put("title", item.title());
            } else if (c != null) {
                json.put("type", "article-journal");
                json.put("title", c.title());
                json.put("author", c.authors().stream().filter(a -> !isEtAl(a)).map(CitationFormats::name).toList());
                if (c.year() != null) {
                    json.put("issued", Map.of("date-parts", List.of(List.of(c.year()))));
                }
                put(json, "container-title", c.container());
                put(json, "volume", c.volume());
                put(json, "issue", c.issue());
                put(json, "page", c.pages());
                put(json, "DOI", c.doi());
                put(json, "URL", c.url());
            } else if (item.isLink()) {
                json.put("type", "webpage");
                json.put("title", item.title());
                json.put("URL", item.link());
            } else {
                json.put("type", "webpage");
                json.put("title", item.title());
                json.put("author", List.of(Map.of("literal", portal(item.language()))));
                if (item.year() != null) {
                    json.put("issued", Map.of("date-parts", List.of(List.of(item.year()))));
                }
                json.put("publisher", portal(item.language()));
                json.put("URL", urlOf.apply(item.id()));
            }
            put(json, "note", item.note());
            put(json, "language", citedLanguage(item));
            csl.add(json);
        }
        return csl;
    }

    /**
     * The APA 7 reference a reader copies: the study for a summary; for a guide, the portal as author and the page's
     * address.
     */
    public static String apa(Cited item, String url) {
        if (item.citation() != null) {
            return CitationStyle.plain(item.citation());
        }
        boolean french = "fr".equals(item.language());
        StringBuilder text = new StringBuilder(portal(item.language())).append(". (")
                .append(item.year() == null ? (french ? "s.d." : "n.d.") : item.year()).append("). ")
                .append(item.title());
        if (!item.title().endsWith("?") && !item.title().endsWith(".")) {
            text.append('.');
        }
        return text.append(' ').append(url).toString();
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

    /** One RIS line: a tag, two spaces, a dash, a space, and the value on that one line (no line breaks inside). */
    private static void line(StringBuilder ris, String tag, String value) {
        String text = value == null ? "" : oneLine(value);
        if (!text.isEmpty()) {
            ris.append(tag).append("  - ").append(text).append("\r\n");
        }
    }

    /**
     * Line breaks and other control characters (which would end or break a RIS line) become spaces; byte-order marks
     * go (readers take one for the start of a file).
     */
    static String oneLine(String value) {
        return value.replace("\uFEFF", "").replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").strip();
    }

    /** A citation key reference managers accept: letters, digits and '-' (a resource id already is one). */
    private static String key(String id) {
        return id.replaceAll("[^A-Za-z0-9-]", "-");
    }

    /**
     * A page range as BibTeX writes one: whatever dash the editor typed between the pages (hyphen, en or em dash, one
     * or more) becomes "--", which BibTeX styles print as an en dash.
     */
    static String bibtexPages(String pages) {
        return pages.strip().replaceAll("\\s*[-\u2010-\u2015\u2212]+\\s*", "--");
    }

    /**
     * An address (URL, DOI) as BibTeX's {@code url} and {@code doi} fields take one: verbatim, since styles print it
     * with the url package, which writes "\&amp;" as it stands. Only what would break the field is percent-encoded: braces,
     * a backslash, spaces and control characters.
     */
    static String bibtexVerbatim(String address) {
        StringBuilder out = new StringBuilder(address.length());
        for (char ch : oneLine(address).toCharArray()) {
            switch (ch) {
                case '{' -> out.append("%7B");
                case '}' -> out.append("%7D");
                case '\\' -> out.append("%5C");
                case ' ' -> out.append("%20");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** An author's name, with an "and" inside it braced so that BibTeX does not read two people. */
    private static String bibtexName(String name) {
        return bibtexText(name).replaceAll("(?i)(?<=\\s)(and)(?=\\s)", "{$1}");
    }

    /**
     * Text safe inside BibTeX braces: TeX's special characters escaped one by one (so an escape's own braces are
     * never escaped again), braces written as commands so every field stays balanced, and one line.
     */
    public static String bibtexText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : oneLine(text).toCharArray()) {
            switch (ch) {
                case '\\' -> out.append("\\textbackslash{}");
                // BibTeX counts braces whatever precedes them: a lone brace, even escaped, would unbalance the field.
                case '{' -> out.append("\\textbraceleft{}");
                case '}' -> out.append("\\textbraceright{}");
                case '&', '%', '$', '#', '_' -> out.append('\\').append(ch);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
