package org.kmbportal.web;

import java.util.Set;

/**
 * Which words between angle brackets are HTML: a tag of an element's name is markup (kept or dropped by the
 * sanitizer, {@link MarkdownRenderer}); any other word in brackets ("Balise {@code <mentor>}") is the writer's text.
 */
final class HtmlElementNames {

    /**
     * The names of HTML's elements (and a few old ones browsers still know): a tag of one of these is markup, kept or
     * dropped by the sanitizer; any other word between angle brackets is the writer's text.
     */
    private static final Set<String> NAMES = Set.of(
            "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "big", "blink",
            "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup",
            "data", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed",
            "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
            "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd",
            "label", "legend", "li", "link", "main", "map", "mark", "marquee", "math", "menu", "meta", "meter",
            "nav", "noembed", "noframes", "noscript", "object", "ol", "optgroup", "option", "output", "p", "param",
            "picture", "plaintext", "portal", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp", "script",
            "search", "section", "select", "slot", "small", "source", "span", "strike", "strong", "style", "sub",
            "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time",
            "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xmp");

    private HtmlElementNames() {
    }

    /** Whether the name (in lower case) is an element's. */
    static boolean isElement(String name) {
        return NAMES.contains(name);
    }
}
