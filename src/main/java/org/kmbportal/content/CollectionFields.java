package org.kmbportal.content;

import org.kmbportal.platform.WebLinks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kmbportal.curation.CollectionContent;
import org.kmbportal.curation.CollectionEntry;
import org.kmbportal.curation.Visibility;

/** The fields of a collection file: curator, description, visibility and the items in reading order. */
final class CollectionFields {

    private static final List<String> FILE_VISIBILITIES = List.of("public", "unlisted", "shared", "private");

    private CollectionFields() {
    }

    static CollectionContent read(FieldReader fields, String id, String title, String language, LocalDate published,
            Map<String, List<String>> terms) {
        String[] curator = curator(fields, language);
        String description = fields.text("description", false, 4000);
        Visibility visibility = Visibility.fromKey(fields.choice("visibility", false, FILE_VISIBILITIES, "public"))
                .orElse(Visibility.PUBLIC);
        List<CollectionEntry> items = new ArrayList<>();
        Optional<YamlNode> node = fields.node("items");
        if (node.isPresent() && !node.get().isSequence()) {
            fields.error(node.get().line(), "'items' must be a list of {resource: id, note: ...} or"
                    + " {url: ..., title: ..., note: ...}", "content.error.items");
        }
        for (YamlNode item : node.map(YamlNode::items).orElse(List.of())) {
            readItem(fields, item).ifPresent(items::add);
        }
        if (items.isEmpty()) {
            fields.warning(fields.lineOf("items"), "the collection has no items");
        }
        return new CollectionContent(id, title, language, published, terms, curator[0], description, visibility, items,
                curator[1]);
    }

    /**
     * The curator's name: one name ({@code curator: "…"}), or a name in each language ({@code curator: {en: "…", fr:
     * "…"}}), which readers then see in theirs. The name in the collection's own language is required either way.
     * Returns that name, then the other language's (or empty).
     */
    private static String[] curator(FieldReader fields, String language) {
        Optional<YamlNode> node = fields.node("curator");
        if (node.isEmpty() || !node.get().isMapping()) {
            return new String[]{fields.text("curator", true, 300), ""};
        }
        FieldReader names = fields.nested(node.get(), "curator");
        names.warnUnknownFields(List.of("en", "fr"));
        String other = "fr".equals(language) ? "en" : "fr";
        return new String[]{names.text(language, true, 300), names.text(other, false, 300)};
    }

    private static Optional<CollectionEntry> readItem(FieldReader fields, YamlNode item) {
        if (!item.isMapping()) {
            fields.error(item.line(),
                    "each item must be {resource: id, note: ...} or {url: ..., title: ..., note: ...}",
                    "content.error.item");
            return Optional.empty();
        }
        FieldReader f = fields.nested(item, "items[]");
        String note = f.text("note", false, 4000);
        if (item.get("resource").isPresent()) {
            f.warnUnknownFields(List.of("resource", "note"));
            String resource = ContentReader.id(f, "resource", true);
            return resource.isEmpty() ? Optional.empty() : Optional.of(CollectionEntry.resource(resource, note));
        }
        String url = f.text("url", true, 2000);
        String title = f.text("title", true, 500);
        f.warnUnknownFields(Arrays.asList("url", "title", "note"));
        if (!url.isEmpty() && !WebLinks.isHttp(url)) {
            f.error(f.lineOf("url"), "'" + url + "' is not an http or https address", "content.error.notHttp", url);
            return Optional.empty();
        }
        return url.isEmpty() || title.isEmpty()
                ? Optional.empty()
                : Optional.of(CollectionEntry.link(url, title, note));
    }
}
