package org.kmbportal.curation.web;

import java.io.Serializable;
import java.util.List;

import org.kmbportal.curation.CollectionAdding;
import org.kmbportal.curation.CollectionException;

/**
 * What "Add to a collection" did, kept in the session for the one page view after the redirect: added, already there
 * (a note typed with it kept), a note added to the one there, a new collection started, or refused with its problems
 * and what the curator typed (shown again, not lost).
 */
public record AddNotice(String resource, String kind, String refusal, String collection, String title,
        List<String> problems,
        String chosen, String typedTitle, String typedNote) implements Serializable {

    static final String SESSION_KEY = "kmb.curation.addNotice";

    static AddNotice done(String resource, CollectionAdding.Outcome outcome, boolean started, boolean noteToo,
            String note) {
        String slug = outcome.collection().getSlug();
        String title = outcome.collection().getTitle();
        if (!outcome.added() && note != null && !note.isBlank()) {
            // Already there, with a note typed: not lost. It stays in the box with that collection chosen, and the
            // form offers to add it to the note the resource has there.
            return new AddNotice(resource, "already", "", slug, title, List.of(), slug, "", note);
        }
        // A new collection asked for again (the same Add sent again) is the one already holding it: "Already in".
        String kind = !outcome.added() ? "already" : noteToo ? "noted" : started ? "started" : "added";
        // The notice names the collection it went to; the form's choice goes back to "Choose a collection…", so a new
        // collection's title typed next starts it, rather than being refused beside the one just used.
        return new AddNotice(resource, kind, "", slug, title, List.of(), "", "", "");
    }

    /** Already in the collection named, with the note typed kept in the box: the form offers to add it there. */
    public boolean isNoteKept() {
        return kind.equals("already") && !typedNote.isBlank();
    }

    static AddNotice refused(String resource, CollectionException e, String language, String chosen, String title,
            String note) {
        List<String> problems = e.detailsIn(language);
        if (problems.isEmpty() && !e.messageKey().equals("curation.titleTooLong")) {
            problems = List.of(e.getMessage());
        }
        return new AddNotice(resource, "refused", e.messageKey(), "", "", problems,
                chosen, title, note);
    }

    /**
     * A new collection refused, the curator having one of that title: that one is named, and chosen in the form (the
     * title typed is its title), so that Add adds there; the note stays as typed.
     */
    static AddNotice sameTitle(String resource, CollectionAdding.SameTitle e, String note) {
        return new AddNotice(resource, "refused", "curate.add.sameTitle", e.collection().getSlug(), e.collection()
                .getTitle(),
                List.of(), e.collection().getSlug(), "", note);
    }

    /** Refused before asking the service: {@code key} says why, with what the curator typed shown again. */
    static AddNotice refused(String resource, String key, String chosen, String title, String note) {
        return new AddNotice(resource, "refused", key, "", "", List.of(), chosen, title, note);
    }

    public boolean isRefused() {
        return kind.equals("refused");
    }
}
