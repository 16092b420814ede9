package org.kmbportal.partnerships;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.kmbportal.matching.OrganizationProfile;
import org.kmbportal.matching.ProfileCodec;

/**
 * The partner's organization profile as a partnership keeps it (at the start and at each check-in), and what changed
 * in it between two of those moments: the context for "what changed in the partner's world since we last met".
 */
public final class ProfileSnapshots {

    /**
     * One facet of the profile that changed.
     *
     * @param facet
     *            the taxonomy's facet key, or {@code challenges} for the challenges in the partner's words
     */
    public record Change(String facet, List<String> added, List<String> removed) {
    }

    private ProfileSnapshots() {
    }

    public static String toJson(OrganizationProfile profile) {
        return Json.createObjectBuilder()
                .add("context", read(ProfileCodec.context(profile.context())))
                .add("challenges", profile.challenges()).add("language", profile.language()).build().toString();
    }

    public static OrganizationProfile fromJson(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        JsonObject o = read(json).asJsonObject();
        return new OrganizationProfile(ProfileCodec.context(o.getJsonObject("context").toString()),
                o.getString("challenges", ""), o.getString("language", "en"));
    }

    /** What changed from one profile to the next; null stands for "no profile saved". */
    public static List<Change> between(OrganizationProfile before, OrganizationProfile after) {
        List<Change> changes = new ArrayList<>();
        Map<String, List<String>> a = before == null ? Map.of() : before.context();
        Map<String, List<String>> b = after == null ? Map.of() : after.context();
        Set<String> facets = new LinkedHashSet<>(a.keySet());
        facets.addAll(b.keySet());
        for (String facet : facets) {
            Set<String> old = new TreeSet<>(a.getOrDefault(facet, List.of()));
            Set<String> now = new TreeSet<>(b.getOrDefault(facet, List.of()));
            List<String> added = now.stream().filter(v -> !old.contains(v)).toList();
            List<String> removed = old.stream().filter(v -> !now.contains(v)).toList();
            if (!added.isEmpty() || !removed.isEmpty()) {
                changes.add(new Change(facet, added, removed));
            }
        }
        String oldChallenges = before == null ? "" : before.challenges();
        String newChallenges = after == null ? "" : after.challenges();
        if (!Objects.equals(oldChallenges, newChallenges)) {
            changes.add(new Change("challenges", newChallenges.isEmpty() ? List.of() : List.of(newChallenges),
                    oldChallenges.isEmpty() ? List.of() : List.of(oldChallenges)));
        }
        return changes;
    }

    public static String changesToJson(List<Change> changes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Change c : changes) {
            JsonArrayBuilder added = Json.createArrayBuilder();
            c.added().forEach(added::add);
            JsonArrayBuilder removed = Json.createArrayBuilder();
            c.removed().forEach(removed::add);
            array.add(Json.createObjectBuilder().add("facet", c.facet()).add("added", added).add("removed", removed));
        }
        return array.build().toString();
    }

    public static List<Change> changesFromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        for (JsonValue v : read(json).asJsonArray()) {
            JsonObject o = v.asJsonObject();
            changes.add(new Change(o.getString("facet"), strings(o, "added"), strings(o, "removed")));
        }
        return changes;
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonValue read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
