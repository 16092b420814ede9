package org.kmbportal.partnerships.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kmbportal.partnerships.CheckInRecord;
import org.kmbportal.partnerships.ItemState;
import org.kmbportal.partnerships.ItemStatus;
import org.kmbportal.partnerships.Lead;
import org.kmbportal.partnerships.PartnershipException;
import org.kmbportal.partnerships.PlanDraft;
import org.kmbportal.web.api.ApiException;

/**
 * The bodies {@code /api/partnerships} accepts: described as records for {@code /openapi}, read field by field so that
 * each wrong field gets its own plain 400 (a date that is not a date, a status that does not exist).
 */
public final class PartnershipRequests {

    private PartnershipRequests() {
    }

    @Schema(name = "StartPartnership")
    public record Start(@Schema(name = "join_code") @JsonbProperty("join_code") String joinCode, String title,
            @Schema(name = "check_in_months", type = SchemaType.INTEGER, defaultValue = "3") @JsonbProperty("check_in_months") Integer checkInMonths) {
    }

    @Schema(name = "AcceptPartnership")
    public record Accept(@Schema(description = "The partner's goals, in its own words") String goals,
            @Schema(description = "Keys of the taxonomy's capacities the partner wants to build") List<String> capacities) {
    }

    @Schema(name = "PlanItemInput", description = "An item; without an id it is new.")
    public record ItemInput(Long id, String what, String why,
            @Schema(enumeration = {
                    "partner", "mentor"}, defaultValue = "partner") String lead,
            @Schema(description = "YYYY-MM-DD or null") String due,
            @Schema(enumeration = {"planned", "in-progress", "done",
                    "dropped"}, defaultValue = "planned") String status,
            String notes, List<String> resources, List<String> collections){
    }

    @Schema(name = "PlanInput", description = "The whole plan as it should be: items left out are removed.")
    public record PlanInput(@Schema(description = "The version you started from; -1 saves over any") long version,
            @Schema(description = "Why the plan changes (required once the plan has a version)") String reason,
            @Schema(description = "The goals (only the partner's members change them); left out: unchanged") String goals,
            List<ItemInput> items) {
    }

    @Schema(name = "CheckInInput")
    public record CheckInInput(@Schema(description = "Which check-in; left out: the next one") Integer number,
            @JsonbProperty("held_on") @Schema(name = "held_on", description = "YYYY-MM-DD; left out: today") String heldOn,
            @Schema(name = "what_happened") @JsonbProperty("what_happened") String whatHappened,
            @Schema(name = "context_changes") @JsonbProperty("context_changes") String contextChanges,
            @Schema(name = "next_steps") @JsonbProperty("next_steps") String nextSteps,
            @Schema(description = "Capacity key to a rating from 1 to 4") Map<String, Integer> ratings,
            @Schema(description = "The plan changes decided, applied as a revision linked to the check-in") PlanInput plan) {
    }

    @Schema(name = "MoveCheckIn")
    public record Move(@Schema(description = "YYYY-MM-DD") String date, String reason) {
    }

    @Schema(name = "PartnershipSettings", description = "Fields left out stay as they are.")
    public record Settings(String title,
            @Schema(name = "check_in_months") @JsonbProperty("check_in_months") Integer checkInMonths,
            List<String> capacities) {
    }

    @Schema(name = "ClosePartnership")
    public record Close(@Schema(description = "Required to close an active partnership") String reflection) {
    }

    @Schema(name = "HandOverPartnership")
    public record HandOver(@Schema(description = "The email of the mentor taking over") String email) {
    }

    @Schema(name = "NoteInput")
    public record NoteInput(String text) {
    }

    static String text(JsonObject body, String key) {
        JsonValue value = body.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw ApiException.said(400, "invalid_" + key, "api.error.mustBeText", key);
    }

    static Integer integer(JsonObject body, String key) {
        JsonValue value = body.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n && n.isIntegral()) {
            return n.intValueExact();
        }
        throw ApiException.said(400, "invalid_" + key, "api.error.wholeNumber", key);
    }

    static List<String> strings(JsonObject body, String key) {
        JsonValue value = body.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ApiException.said(400, "invalid_" + key, "api.error.listOfTexts", key);
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue v : value.asJsonArray()) {
            if (!(v instanceof JsonString s)) {
                throw ApiException.said(400, "invalid_" + key, "api.error.listOfTexts", key);
            }
            strings.add(s.getString());
        }
        return strings;
    }

    static LocalDate date(String value, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.said(400, "invalid_" + key, "api.error.dateFormat", key);
        }
    }

    static long version(JsonObject body) {
        JsonValue value = body.get("version");
        if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
            throw ApiException.said(400, "version_required", "api.partnership.planVersion");
        }
        return n.longValue();
    }

    /** A plan body: its items in order, each checked field by field. */
    static PlanDraft plan(JsonObject body) {
        JsonValue items = body.get("items");
        if (items == null || items.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ApiException.said(400, "items_required", "api.partnership.planItems");
        }
        List<ItemState> states = new ArrayList<>();
        List<PartnershipException.Problem> problems = new ArrayList<>();
        JsonArray array = items.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApiException.said(400, "invalid_item", "api.partnership.itemObject", i + 1);
            }
            states.add(item(array.getJsonObject(i), i + 1, problems));
        }
        if (!problems.isEmpty()) {
            throw new PartnershipException(PartnershipException.Kind.BAD_REQUEST, "invalid_plan", "The plan was not"
                    + " saved: " + String.join("; ", problems.stream().map(p -> "item " + p.item() + ": '"
                            + p.value() + "' is not a valid " + p.code().replace("invalid_", "")).toList())
                    + ".",
                    problems);
        }
        return new PlanDraft(text(body, "goals"), states);
    }

    private static ItemState item(JsonObject o, int position, List<PartnershipException.Problem> problems) {
        Integer id = o.containsKey("id") && !o.isNull("id") ? integer(o, "id") : null;
        String lead = text(o, "lead");
        String status = text(o, "status");
        String due = text(o, "due");
        Lead parsedLead = lead == null ? Lead.PARTNER : Lead.fromKey(lead).orElse(null);
        if (parsedLead == null) {
            problems.add(new PartnershipException.Problem(position, "invalid_lead", lead));
        }
        ItemStatus parsedStatus = status == null ? ItemStatus.PLANNED : ItemStatus.fromKey(status).orElse(null);
        if (parsedStatus == null) {
            problems.add(new PartnershipException.Problem(position, "invalid_status", status));
        }
        LocalDate parsedDue = null;
        try {
            parsedDue = date(due, "due");
        } catch (ApiException e) {
            problems.add(new PartnershipException.Problem(position, "invalid_due", due));
        }
        List<String> resources = strings(o, "resources");
        List<String> collections = strings(o, "collections");
        return new ItemState(id == null ? null : id.longValue(), text(o, "what"), text(o, "why"), parsedLead,
                parsedDue, parsedStatus, text(o, "notes"), resources, collections);
    }

    static CheckInRecord checkIn(JsonObject body) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        JsonValue given = body.get("ratings");
        if (given != null && given.getValueType() != JsonValue.ValueType.NULL) {
            if (given.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApiException.said(400, "invalid_ratings", "api.error.ratingsMap");
            }
            given.asJsonObject().forEach((capacity, rating) -> {
                if (!(rating instanceof JsonNumber n) || !n.isIntegral()) {
                    throw ApiException.said(400, "invalid_rating", "partnerships.error.invalid_rating");
                }
                ratings.put(capacity, n.intValue());
            });
        }
        JsonValue plan = body.get("plan");
        PlanDraft draft = null;
        long version = 0;
        String reason = null;
        if (plan != null && plan.getValueType() == JsonValue.ValueType.OBJECT) {
            draft = plan(plan.asJsonObject());
            version = version(plan.asJsonObject());
            reason = text(plan.asJsonObject(), "reason");
        }
        return new CheckInRecord(integer(body, "number"), date(text(body, "held_on"), "held_on"),
                text(body, "what_happened"), text(body, "context_changes"), text(body, "next_steps"), ratings, draft,
                version, reason);
    }
}
