package org.kmbportal.curation.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionChanges;
import org.kmbportal.curation.CollectionContent;
import org.kmbportal.curation.CollectionDraft;
import org.kmbportal.curation.CollectionEntry;
import org.kmbportal.curation.Visibility;
import org.kmbportal.web.api.ApiException;

/**
 * Collections to JSON and back: the answers as records JSON-B writes and {@code /openapi} describes; every wrong type
 * or value in a body is a 400 naming the field.
 */
public final class CollectionJson {

    static final Set<String> FIELDS = Set.of("version", "id", "title", "curator", "description", "language",
            "visibility", "organizations", "items");
    /**
     * Fields of {@code GET /api/collections/{id}} that say something about the caller, not the collection: a body that
     * sends back what it read may hold them, and they are left aside (it was refused as unknown_field: user session us56).
     */
    static final Set<String> READ_ONLY = Set.of("mine", "can_edit", "following");

    private CollectionJson() {
    }

    @Schema(name = "CollectionSummary", description = "A collection in a list.")
    public record Summary(String id, String title, String curator, String language,
            @Schema(enumeration = {
                    "private", "shared", "unlisted", "public"}) String visibility,
            @Schema(description = "How many items it holds") int items,
            @Schema(description = "Send it back when changing the collection") long version,
            @Schema(description = "The caller curates it") boolean mine){
    }

    @Schema(name = "CollectionList")
    public record Listing(List<Summary> collections) {
    }

    @Schema(name = "Collection", description = "A collection with its items resolved.")
    public record Detail(String id, String title, String curator, String language,
            @Schema(enumeration = {
                    "private", "shared", "unlisted", "public"}) String visibility,
            long version,
            boolean mine, String description, @JsonbProperty("can_edit") @Schema(name = "can_edit") boolean canEdit,
            boolean following, List<Item> items){
    }

    @Schema(name = "CollectionItem", description = "A library resource (resource, type, status) or an outside link"
            + " (url, link_state), with its title and the curator's note. A resource the editors took out of the"
            + " library stays listed in its place, by its last title, with status archived or unpublished: readers"
            + " no longer see it, and its page and GET /api/resources/{id} answer 404.")
    public record Item(@Schema(description = "A library resource's id") String resource,
            @Schema(enumeration = {
                    "research-summary", "practice-guide"}) String type,
            @Schema(description = "A library resource's standing: published (readers see it), archived (by the"
                    + " editors) or unpublished (no longer published); absent for an outside link", enumeration = {
                            "published", "archived", "unpublished"}) String status,
            @Schema(description = "An outside link") String url,
            @JsonbProperty("link_state") @Schema(name = "link_state", description = "What the last check found, or unchecked") String linkState,
            @JsonbNillable String title, @JsonbNillable String note){
    }

    @Schema(name = "CollectionChanges", description = "What changed since the caller's last visit.")
    public record Changes(@Schema(format = "date-time") String since, List<Entry> added, List<Entry> removed,
            @JsonbProperty("note_changed") @Schema(name = "note_changed") List<Entry> noteChanged, List<Entry> moved) {
    }

    @Schema(name = "CollectionEntry", description = "A resource (resource) or an outside link (url, title), with its note.")
    public record Entry(String resource, String url, String title, @JsonbNillable String note) {
    }

    @Schema(name = "CollectionImport", description = "What an import did.")
    public record Imported(String id, @Schema(enumeration = {
            "created", "updated", "unchanged"}) String outcome){
    }

    @Schema(name = "CollectionInput", description = "A collection's fields; when updating, those left out keep their"
            + " value and version is required.", example = "{\"title\": \"Reading for new coordinators\", \"visibility\": \"private\", \"items\": [{\"resource\": \"lachance-2019-inter-organizational-mentoring\", \"note\": \"Start here\"}]}")
    public record Input(Long version, String id, String title, String curator, String description, String language,
            @Schema(enumeration = {
                    "private", "shared", "unlisted", "public"}) String visibility,
            List<Long> organizations, List<Entry> items){
    }

    @Schema(name = "CollectionOrder", example = "{\"version\": 1, \"order\": [2, 0, 1]}")
    public record Order(long version,
            @Schema(description = "The current positions in their new order") List<Integer> order) {
    }

    @Schema(name = "CollectionFile", description = "A collection file in the content format.")
    public record ImportRequest(String text) {
    }

    @Schema(name = "Following")
    public record Following(boolean following) {
    }

    @Schema(name = "OrganizationRef", description = "An organization, by id and name.")
    public record OrganizationRef(long id, String name) {
    }

    @Schema(name = "JoinCode", example = "{\"join_code\": \"ABCD-1234\"}")
    public record JoinCode(@JsonbProperty("join_code") @Schema(name = "join_code") String joinCode) {
    }

    @Schema(name = "Sharing", description = "Who may read a collection, and its unlisted link.")
    public record Sharing(String id, @Schema(enumeration = {
            "private", "shared", "unlisted", "public"}) String visibility,
            List<OrganizationRef> organizations,
            @Schema(description = "Organizations it could be shared with") List<OrganizationRef> shareable,
            @Schema(description = "The unlisted link, or null") @JsonbNillable String link, long version){
    }

    @Schema(name = "SharingRequest", example = "{\"visibility\": \"shared\", \"organizations\": [2]}")
    public record SharingRequest(@Schema(enumeration = {
            "private", "shared", "unlisted", "public"}) String visibility,
            List<Long> organizations){
    }

    @Schema(name = "LinkDashboard", description = "Every outside link with its last check, and whether a run is going.")
    public record Links(boolean running, List<LinkJson> links) {
    }

    @Schema(name = "OutsideLink", description = "An outside link, its last check and where it is used.")
    public record LinkJson(String url, @Schema(example = "ok") String state,
            @JsonbProperty("http_status") @Schema(name = "http_status") Integer httpStatus,
            @JsonbProperty("last_checked") @Schema(name = "last_checked", format = "date-time") String lastChecked,
            @JsonbProperty("final_url") @Schema(name = "final_url") String finalUrl, List<String> hops, String message,
            @JsonbProperty("failures_in_a_row") @Schema(name = "failures_in_a_row") Integer failuresInARow,
            @JsonbProperty("used_in") @Schema(name = "used_in") List<LinkUse> usedIn) {
    }

    @Schema(name = "LinkUse", description = "A resource or collection that holds the link.")
    public record LinkUse(String kind, String id, String title) {
    }

    @Schema(name = "LinkRun")
    public record LinkRun(boolean started) {
    }

    @Schema(name = "CollectionRefusal", description = "A refused change, with each problem.")
    /** A resource added to a collection: where, its version now, and whether it was already there. */
    public record Added(String id, String title, long version, boolean added) {
    }

    public record Refusal(String error, String message, List<String> problems) {
    }

    @Schema(name = "CollectionEditConflict", description = "A change sent from an old version: nothing was saved.")
    public record EditConflict(String error, String message,
            @JsonbProperty("current_version") @Schema(name = "current_version") long currentVersion) {
    }

    static Summary summary(Collection c, boolean mine) {
        CollectionContent content = c.toContent();
        return new Summary(content.id(), content.title(), content.curator(), content.language(),
                content.visibility().key(), content.items().size(), c.getVersion(), mine);
    }

    static Changes changes(CollectionChanges changes) {
        return new Changes(changes.since().toString(), changes.added().stream().map(CollectionJson::entry).toList(),
                changes.removed().stream().map(CollectionJson::entry).toList(),
                changes.noteChanged().stream().map(CollectionJson::entry).toList(),
                changes.moved().stream().map(CollectionJson::entry).toList());
    }

    static Entry entry(CollectionEntry e) {
        return e.isResource()
                ? new Entry(e.resource(), null, null, e.note())
                : new Entry(null, e.url(), e.title(), e.note());
    }

    /** A draft from a body; fields left out keep the values of {@code current} (null when creating). */
    static CollectionDraft draft(JsonObject body, CollectionContent current, Set<Long> currentOrganizations) {
        for (String key : body.keySet()) {
            if (!FIELDS.contains(key) && !READ_ONLY.contains(key)) {
                throw ApiException.said(400, "unknown_field", "api.error.notCollectionField", key,
                        String.join(", ", new java.util.TreeSet<>(FIELDS)));
            }
        }
        Visibility visibility = body.containsKey("visibility")
                ? Visibility.fromKey(text(body, "visibility")).orElseThrow(CollectionJson::badVisibility)
                : current == null ? Visibility.PRIVATE : current.visibility();
        return new CollectionDraft(or(body, "title", current == null ? "" : current.title()),
                or(body, "curator", current == null ? "" : current.curator()),
                or(body, "description", current == null ? "" : current.description()),
                or(body, "language", current == null ? "en" : current.language()), visibility,
                body.containsKey("organizations") ? ids(body, "organizations") : currentOrganizations,
                body.containsKey("items") ? items(body) : current == null ? List.of() : current.items());
    }

    /** A visibility the portal does not have. */
    static ApiException badVisibility() {
        return ApiException.said(400, "invalid_visibility", "api.error.visibility");
    }

    static String text(JsonObject body, String key) {
        JsonValue value = body.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        if (!(value instanceof JsonString s)) {
            throw ApiException.said(400, "invalid_field", "api.error.mustBeText", key);
        }
        return s.getString();
    }

    static long number(JsonObject body, String key, long fallback) {
        JsonValue value = body.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return fallback;
        }
        if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
            throw ApiException.said(400, "invalid_field", "api.error.wholeNumber", key);
        }
        return n.longValue();
    }

    static JsonArray array(JsonObject body, String key) {
        JsonValue value = body.get(key);
        if (!(value instanceof JsonArray a)) {
            throw ApiException.said(400, "invalid_field", "api.error.mustBeList", key);
        }
        return a;
    }

    static Set<Long> ids(JsonObject body, String key) {
        Set<Long> ids = new LinkedHashSet<>();
        for (JsonValue v : array(body, key)) {
            if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
                throw ApiException.said(400, "invalid_field", "api.error.organizationIds", key);
            }
            ids.add(n.longValue());
        }
        return ids;
    }

    static List<Integer> positions(JsonObject body, String key) {
        List<Integer> positions = new ArrayList<>();
        for (JsonValue v : array(body, key)) {
            if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
                throw ApiException.said(400, "invalid_field", "api.error.itemPositions", key);
            }
            positions.add(n.intValue());
        }
        return positions;
    }

    private static List<CollectionEntry> items(JsonObject body) {
        List<CollectionEntry> items = new ArrayList<>();
        for (JsonValue v : array(body, "items")) {
            if (!(v instanceof JsonObject item)) {
                throw ApiException.said(400, "invalid_field", "api.error.itemShape");
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
