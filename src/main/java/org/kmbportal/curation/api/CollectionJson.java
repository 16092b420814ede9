package org.kmbportal.curation.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionChanges;
import org.kmbportal.curation.CollectionContent;
import org.kmbportal.curation.CollectionDraft;
import org.kmbportal.curation.CollectionEntry;
import org.kmbportal.curation.Visibility;
import org.kmbportal.web.api.ApiException;

/** Collections to JSON and back: every wrong type or value in a body is a 400 naming the field. */
final class CollectionJson {

    static final Set<String> FIELDS = Set.of("version", "id", "title", "curator", "description", "language",
            "visibility", "organizations", "items");

    private CollectionJson() {
    }

    static Map<String, Object> summary(Collection c, boolean mine) {
        CollectionContent content = c.toContent();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", content.id());
        json.put("title", content.title());
        json.put("curator", content.curator());
        json.put("language", content.language());
        json.put("visibility", content.visibility().key());
        json.put("items", content.items().size());
        json.put("version", c.getVersion());
        json.put("mine", mine);
        return json;
    }

    static Map<String, Object> changes(CollectionChanges changes) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("since", changes.since().toString());
        json.put("added", changes.added().stream().map(CollectionJson::entry).toList());
        json.put("removed", changes.removed().stream().map(CollectionJson::entry).toList());
        json.put("note_changed", changes.noteChanged().stream().map(CollectionJson::entry).toList());
        json.put("moved", changes.moved().stream().map(CollectionJson::entry).toList());
        return json;
    }

    static Map<String, Object> entry(CollectionEntry e) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (e.isResource()) {
            json.put("resource", e.resource());
        } else {
            json.put("url", e.url());
            json.put("title", e.title());
        }
        json.put("note", e.note());
        return json;
    }

    /** A draft from a body; fields left out keep the values of {@code current} (null when creating). */
    static CollectionDraft draft(JsonObject body, CollectionContent current, Set<Long> currentOrganizations) {
        for (String key : body.keySet()) {
            if (!FIELDS.contains(key)) {
                throw ApiException.badRequest("unknown_field", "'" + key + "' is not a field of a collection ("
                        + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ").");
            }
        }
        Visibility visibility = body.containsKey("visibility")
                ? Visibility.fromKey(text(body, "visibility")).orElseThrow(() -> ApiException.badRequest(
                        "invalid_visibility", "Visibility is private, shared, unlisted or public."))
                : current == null ? Visibility.PRIVATE : current.visibility();
        return new CollectionDraft(or(body, "title", current == null ? "" : current.title()),
                or(body, "curator", current == null ? "" : current.curator()),
                or(body, "description", current == null ? "" : current.description()),
                or(body, "language", current == null ? "en" : current.language()), visibility,
                body.containsKey("organizations") ? ids(body, "organizations") : currentOrganizations,
                body.containsKey("items") ? items(body) : current == null ? List.of() : current.items());
    }

    static String text(JsonObject body, String key) {
        JsonValue value = body.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        if (!(value instanceof JsonString s)) {
            throw ApiException.badRequest("invalid_field", "'" + key + "' must be text.");
        }
        return s.getString();
    }

    static long number(JsonObject body, String key, long fallback) {
        JsonValue value = body.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return fallback;
        }
        if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
            throw ApiException.badRequest("invalid_field", "'" + key + "' must be a whole number.");
        }
        return n.longValue();
    }

    static JsonArray array(JsonObject body, String key) {
        JsonValue value = body.get(key);
        if (!(value instanceof JsonArray a)) {
            throw ApiException.badRequest("invalid_field", "'" + key + "' must be a list.");
        }
        return a;
    }

    static Set<Long> ids(JsonObject body, String key) {
        Set<Long> ids = new LinkedHashSet<>();
        for (JsonValue v : array(body, key)) {
            if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
                throw ApiException.badRequest("invalid_field", "'" + key + "' must list organization ids.");
            }
            ids.add(n.longValue());
        }
        return ids;
    }

    static List<Integer> positions(JsonObject body, String key) {
        List<Integer> positions = new ArrayList<>();
        for (JsonValue v : array(body, key)) {
            if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
                throw ApiException.badRequest("invalid_field", "'" + key + "' must list item positions.");
            }
            positions.add(n.intValue());
        }
        return positions;
    }

    private static List<CollectionEntry> items(JsonObject body) {
        List<CollectionEntry> items = new ArrayList<>();
        for (JsonValue v : array(body, "items")) {
            if (!(v instanceof JsonObject item)) {
                throw ApiException.badRequest("invalid_field",
                        "Each item is {\"resource\": id, \"note\"} or {\"url\", \"title\", \"note\"}.");
            }
            items.add(item.containsKey("resource")
                    ? CollectionEntry.resource(text(item, "resource"), text(item, "note"))
                    : CollectionEntry.link(text(item, "url"), text(item, "title"), text(item, "note")));
        }
        return items;
    }

    private static String or(JsonObject body, String key, String fallback) {
        return body.containsKey(key) ? text(body, key) : fallback;
    }
}
