package org.kmbportal.partnerships.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kmbportal.partnerships.ItemState;

/** One plan item as the plan editor holds it while someone types (dates as typed, links with their titles). */
public class ItemRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A linked resource or collection, with the title to show. */
    public record Link(String id, String title) implements Serializable {
    }

    /**
     * A resource the plan's finder found, in the reader's language where that version exists: the language of its
     * title and that of its other version (null without one).
     */
    public record Found(String id, String title, String language, String alsoIn) implements Serializable {

        public boolean hasAlsoIn() {
            return alsoIn != null && !alsoIn.isEmpty();
        }
    }

    /** A resource "evidence for this" suggested, with its reasons. */
    public record Suggestion(String id, String title, String type, List<String> reasons) implements Serializable {
    }

    private Long id;
    private String what = "";
    private String why = "";
    private String lead = "partner";
    private String due = "";
    private String status = "planned";
    private String notes = "";
    private final List<Link> resources = new ArrayList<>();
    private final List<Link> collections = new ArrayList<>();
    private List<Suggestion> suggestions = List.of();
    private boolean evidenceAsked;
    private boolean evidenceUnavailable;

    static ItemRow of(ItemState state, List<Link> resources, List<Link> collections) {
        ItemRow row = new ItemRow();
        row.id = state.id();
        row.what = state.what();
        row.why = state.why();
        row.lead = state.lead().key();
        row.due = state.due() == null ? "" : state.due().toString();
        row.status = state.status().key();
        row.notes = state.notes();
        row.resources.addAll(resources);
        row.collections.addAll(collections);
        return row;
    }

    /** The date typed, or null when none; throws when what was typed is not a date. */
    LocalDate dueDate() {
        return due == null || due.isBlank() ? null : LocalDate.parse(due.strip());
    }

    void showSuggestions(List<Suggestion> found) {
        suggestions = List.copyOf(found);
        evidenceAsked = true;
        evidenceUnavailable = false;
    }

    void evidenceUnavailable() {
        suggestions = List.of();
        evidenceAsked = true;
        evidenceUnavailable = true;
    }

    void link(Link resource) {
        if (resources.stream().noneMatch(l -> l.id().equals(resource.id()))) {
            resources.add(resource);
        }
        suggestions = suggestions.stream().filter(s -> !s.id().equals(resource.id())).toList();
    }

    /**
     * Whether this is a row added and left as it came (no words, no date, no link, the lead and state it came with):
     * nothing to save, so a save or a check-in's record leaves it out rather than refusing its empty "what".
     */
    boolean isUntouchedNew() {
        return id == null && blank(what) && blank(why) && blank(due) && blank(notes) && resources.isEmpty()
                && collections.isEmpty() && "partner".equals(lead) && "planned".equals(status);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    void linkCollection(Link collection) {
        if (collections.stream().noneMatch(l -> l.id().equals(collection.id()))) {
            collections.add(collection);
        }
    }

    public Long getId() {
        return id;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = due;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<Link> getResources() {
        return resources;
    }

    public List<Link> getCollections() {
        return collections;
    }

    public List<Suggestion> getSuggestions() {
        return suggestions;
    }

    public boolean isEvidenceAsked() {
        return evidenceAsked;
    }

    public boolean isEvidenceUnavailable() {
        return evidenceUnavailable;
    }
}
