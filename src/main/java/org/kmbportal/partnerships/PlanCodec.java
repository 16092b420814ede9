package org.kmbportal.partnerships;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Plans and their changes as the JSON text kept in revisions, and back. */
public final class PlanCodec {

    private PlanCodec() {
    }

    /** A plan as it stood after a revision: the goals and the items. */
    public record Snapshot(String goals, List<ItemState> items) {
    }

    public static String changes(List<PlanChange> changes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (PlanChange c : changes) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("kind", c.kind().key());
            if (c.item() != null) {
                o.add("item", c.item());
            }
            array.add(o.add("what", c.what()).add("field", c.field()).add("from", c.from()).add("to", c.to()));
        }
        return array.build().toString();
    }

    public static List<PlanChange> changes(String json) {
        List<PlanChange> changes = new ArrayList<>();
        for (JsonValue value : read(json).asJsonArray()) {
            JsonObject o = value.asJsonObject();
            changes.add(new PlanChange(PlanChange.Kind.valueOf(o.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                    o.containsKey("item") ? o.getJsonNumber("item").longValue() : null, o.getString("what", ""),
                    o.getString("field", ""), o.getString("from", ""), o.getString("to", "")));
        }
        return changes;
    }

    public static String snapshot(String goals, List<ItemState> items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(i -> array.add(item(i)));
        return Json.createObjectBuilder().add("goals", goals).add("items", array).build().toString();
    }

    public static Snapshot snapshot(String json) {
        JsonObject o = read(json).asJsonObject();
        List<ItemState> items = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("items")) {
            JsonObject i = v.asJsonObject();
            items.add(new ItemState(i.getJsonNumber("id").longValue(), i.getString("what"), i.getString("why"),
                    Lead.fromKey(i.getString("lead")).orElse(Lead.PARTNER),
                    i.isNull("due") ? null : LocalDate.parse(i.getString("due")),
                    ItemStatus.fromKey(i.getString("status")).orElse(ItemStatus.PLANNED), i.getString("notes"),
                    strings(i.getJsonArray("resources")), strings(i.getJsonArray("collections"))));
        }
        return new Snapshot(o.getString("goals", ""), items);
    }

    private static JsonObjectBuilder item(ItemState i) {
        JsonArrayBuilder resources = Json.createArrayBuilder();
        i.resources().forEach(resources::add);
        JsonArrayBuilder collections = Json.createArrayBuilder();
        i.collections().forEach(collections::add);
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", i.id()).add("what", i.what()).add("why", i.why())
                .add("lead", i.lead().key()).add("status", i.status().key()).add("notes", i.notes())
                .add("resources", resources).add("collections", collections);
        return i.due() == null ? o.addNull("due") : o.add("due", i.due().toString());
    }

    private static List<String> strings(JsonArray array) {
        return array == null
                ? List.of()
                : array.getValuesAs(JsonString.class).stream().map(JsonString::getString)
                        .toList();
    }

    private static JsonValue read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
