package org.kmbportal.partnerships.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kmbportal.accounts.AccountErased;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.partnerships.CheckIn;
import org.kmbportal.partnerships.CheckInSchedule;
import org.kmbportal.partnerships.Dashboard;
import org.kmbportal.partnerships.ItemState;
import org.kmbportal.partnerships.PartnershipNote;
import org.kmbportal.partnerships.PlanChange;
import org.kmbportal.partnerships.PlanCodec;
import org.kmbportal.partnerships.PlanRevision;
import org.kmbportal.partnerships.PlanWording;

/** The answers of {@code /api/partnerships}, as records JSON-B writes and {@code /openapi} describes. */
public final class PartnershipJson {

    private PartnershipJson() {
    }

    @Schema(name = "PartnershipSummary", description = "A partnership in a list.")
    @JsonbNillable
    public record Summary(long id, String title,
            @Schema(description = "closed: ended after it was active; declined (by the partner) or withdrawn (by the"
                    + " mentor): a proposal that never started", enumeration = {
                            "proposed", "active", "closed",
                            "declined", "withdrawn"}) String status,
            @Schema(description = "How the caller stands to it", enumeration = {"mentor", "partner",
                    "mentor-organization", "admin"}) String side,
            String partner, String mentor,
            @Schema(name = "mentor_organization") @JsonbProperty("mentor_organization") String mentorOrganization,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date", name = "next_check_in") @JsonbProperty("next_check_in") LocalDate nextCheckIn,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date-time", name = "last_contact") @JsonbProperty("last_contact") OffsetDateTime lastContact,
            @Schema(name = "open_items") @JsonbProperty("open_items") int openItems,
            @Schema(name = "overdue_items") @JsonbProperty("overdue_items") int overdueItems,
            @Schema(description = "No note or check-in for longer than the quiet period") boolean quiet){
    }

    @Schema(name = "PartnershipList")
    public record SummaryList(List<Summary> partnerships) {
    }

    @Schema(name = "PlanItem", description = "An item of the work plan.")
    @JsonbNillable
    public record Item(long id, String what, String why, @Schema(enumeration = {
            "partner", "mentor"}) String lead,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date", description = "Due date, or null") LocalDate due,
            @Schema(enumeration = {"planned", "in-progress", "done", "dropped"}) String status, String notes,
            @Schema(description = "Ids of linked library resources") List<String> resources,
            @Schema(description = "Ids of linked collections") List<String> collections, boolean overdue){
    }

    @Schema(name = "Plan", description = "The current work plan and its version (the number of its latest revision).")
    public record Plan(long version, String goals, List<Item> items,
            @Schema(name = "mentor_leads_most", description = "The mentor leads most open items: mentor, don't manage") @JsonbProperty("mentor_leads_most") boolean mentorLeadsMost) {
    }

    @Schema(name = "CheckIn", description = "A check-in: scheduled, moved, held (with its record), due or missed.")
    @JsonbNillable
    public record CheckInJson(int number,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date", description = "The date the schedule gave it") LocalDate scheduled,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date", description = "The date it takes place") LocalDate date,
            @Schema(enumeration = {
                    "upcoming", "due", "missed", "held"}) String state,
            boolean moved,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date", name = "held_on") @JsonbProperty("held_on") LocalDate heldOn,
            @Schema(name = "move_reason") @JsonbProperty("move_reason") String moveReason,
            @Schema(name = "what_happened") @JsonbProperty("what_happened") String whatHappened,
            @Schema(name = "context_changes") @JsonbProperty("context_changes") String contextChanges,
            @Schema(name = "next_steps") @JsonbProperty("next_steps") String nextSteps,
            @Schema(name = "plan_revision") @JsonbProperty("plan_revision") Integer planRevision,
            @Schema(description = "Capacity key to the partner's rating from 1 to 4") Map<String, Integer> ratings){
    }

    @Schema(name = "CapacityRatings", description = "A capacity the partner builds, with its rating at each check-in.")
    public record Capacity(String key, String label, List<Rating> ratings) {
    }

    @Schema(name = "CapacityRating")
    public record Rating(@Schema(name = "check_in") @JsonbProperty("check_in") int checkIn, int rating) {
    }

    @Schema(name = "Partnership", description = "A partnership with its plan, check-ins and capacities.")
    @JsonbNillable
    public record Detail(long id, String title, @Schema(enumeration = {
            "proposed", "active", "closed", "declined",
            "withdrawn"}) String status, String side, String partner, String mentor,
            @Schema(name = "mentor_organization") @JsonbProperty("mentor_organization") String mentorOrganization,
            @Schema(description = "The partner's goals, in its own words") String goals,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date", name = "start_date") @JsonbProperty("start_date") LocalDate startDate,
            @Schema(name = "check_in_months") @JsonbProperty("check_in_months") int checkInMonths,
            Plan plan, @Schema(name = "check_ins") @JsonbProperty("check_ins") List<CheckInJson> checkIns,
            @Schema(name = "next_check_in") @JsonbProperty("next_check_in") CheckInJson nextCheckIn,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date-time", name = "last_contact") @JsonbProperty("last_contact") OffsetDateTime lastContact,
            @Schema(name = "quiet_days") @JsonbProperty("quiet_days") long quietDays,
            List<Capacity> capacities,
            @Schema(name = "closing_reflection") @JsonbProperty("closing_reflection") String closingReflection,
            @Schema(name = "can_work", description = "Whether the caller may change the plan, check-ins and notes") @JsonbProperty("can_work") boolean canWork){
    }

    @Schema(name = "PlanChange", description = "One thing a revision changed.")
    @JsonbNillable
    public record Change(@Schema(enumeration = {
            "added", "removed", "changed", "reordered", "goals"}) String kind,
            Long item, String what, String field, String from, String to,
            @Schema(description = "The change in words, in the caller's language") String description){
    }

    @Schema(name = "PlanRevision", description = "A change of the plan: who, when, why and what.")
    @JsonbNillable
    public record Revision(int number,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date-time", name = "made_at") @JsonbProperty("made_at") OffsetDateTime madeAt,
            String author, String reason,
            @Schema(name = "check_in") @JsonbProperty("check_in") Integer checkIn, List<Change> changes) {
    }

    @Schema(name = "PlanRevisionList")
    public record RevisionList(List<Revision> revisions) {
    }

    @Schema(name = "SavedPlan", description = "The plan's version after a save, and what changed (empty: nothing).")
    public record Saved(long version, List<Change> changes) {
    }

    @Schema(name = "PartnershipNote")
    public record Note(long id,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date-time", name = "written_at") @JsonbProperty("written_at") OffsetDateTime writtenAt,
            String author, String text) {
    }

    @Schema(name = "PartnershipNoteList")
    public record NoteList(List<Note> notes) {
    }

    @Schema(name = "EvidenceSuggestion")
    public record Suggestion(String id, String title, String type, List<String> reasons) {
    }

    @Schema(name = "EvidenceSuggestions", description = "Resources for a plan item; available is false when the"
            + " matching engine could not answer right now.")
    public record Suggestions(boolean available, List<Suggestion> suggestions) {
    }

    @Schema(name = "PartnershipNotification")
    public record NotificationJson(long id, long partnership, String kind, String text,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date-time", name = "created_at") @JsonbProperty("created_at") OffsetDateTime createdAt,
            boolean read) {
    }

    @Schema(name = "PartnershipNotificationList")
    public record NotificationList(long unread, List<NotificationJson> notifications) {
    }

    static Summary summary(Dashboard d) {
        return new Summary(d.partnership().getId(), d.partnership().getTitle(), d.partnership().getStatus().key(),
                d.side().key(), d.partnerName(), AccountErased.forApi(d.mentorName()), d.mentorOrganizationName(),
                d.next().map(CheckInSchedule.Occurrence::date).orElse(null), d.partnership().getLastContactAt(),
                d.openItems().size(), d.overdueItems().size(), d.quiet());
    }

    static Plan plan(long version, String goals, List<ItemState> items,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date") LocalDate today,
            boolean mentorLeadsMost) {
        return new Plan(version, goals, items.stream().map(i -> item(i, today)).toList(), mentorLeadsMost);
    }

    static Item item(ItemState i,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date") LocalDate today) {
        return new Item(i.id() == null ? 0 : i.id(), i.what(), i.why(), i.lead().key(), i.due(), i.status().key(),
                i.notes(), i.resources(), i.collections(), i.overdue(today));
    }

    static Detail detail(Dashboard d, Taxonomy taxonomy, Locale locale) {
        var p = d.partnership();
        return new Detail(p.getId(), p.getTitle(), p.getStatus().key(), d.side().key(), d.partnerName(),
                AccountErased.forApi(d.mentorName()), d.mentorOrganizationName(), p.getGoals(), p.getStartDate(),
                p.getCheckInMonths(),
                plan(p.getPlanVersion(), p.getGoals(), d.items(), d.today(), d.mentorLeadsMost()),
                d.checkIns().stream().map(o -> checkIn(o, d)).toList(),
                d.next().map(o -> checkIn(o, d)).orElse(null), p.getLastContactAt(), d.quietDays(),
                d.ratings().entrySet().stream().map(e -> new Capacity(e.getKey(),
                        taxonomy.capacityLabel(e.getKey(), locale.getLanguage()), e.getValue().entrySet().stream()
                                .map(r -> new Rating(r.getKey(), r.getValue())).toList()))
                        .toList(),
                p.getClosingReflection(), d.canWork());
    }

    static CheckInJson checkIn(CheckInSchedule.Occurrence o, Dashboard d) {
        CheckIn stored = d.records().stream().filter(r -> r.getNumber() == o.number()).findFirst().orElse(null);
        CheckIn held = stored != null && stored.isHeld() ? stored : null;
        Map<String, Integer> ratings = new java.util.LinkedHashMap<>();
        d.ratings().forEach((capacity, byCheckIn) -> {
            if (byCheckIn.containsKey(o.number())) {
                ratings.put(capacity, byCheckIn.get(o.number()));
            }
        });
        return new CheckInJson(o.number(), o.scheduled(), o.date(), o.state().key(), o.moved(), o.heldOn(),
                stored == null ? null : stored.getMoveReason(), held == null ? null : held.getWhatHappened(),
                held == null ? null : held.getContextChanges(), held == null ? null : held.getNextSteps(),
                held == null ? null : held.getPlanRevision(), ratings);
    }

    static Change change(PlanChange c, Locale locale) {
        return new Change(c.kind().key(), c.item(), c.what(), c.field(), c.from(), c.to(),
                PlanWording.change(c, locale));
    }

    static Revision revision(PlanRevision r, Locale locale) {
        return new Revision(r.getNumber(), r.getMadeAt(), AccountErased.forApi(r.getAuthor()), r.getReason(),
                r.getCheckInNumber(),
                PlanCodec.changes(r.getChanges()).stream().map(c -> change(c, locale)).toList());
    }

    static Note note(PartnershipNote n) {
        return new Note(n.getId(), n.getWrittenAt(), AccountErased.forApi(n.getAuthor()), n.getBody());
    }
}
