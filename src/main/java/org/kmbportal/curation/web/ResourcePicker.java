package org.kmbportal.curation.web;

import org.kmbportal.curation.ResourceFinder;
import org.kmbportal.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** Finding library resources to add to a collection: the words typed and the resources they find (not collections). */
public class ResourcePicker implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A resource found: its id, title, type key, the language of its title and that of its other version (null
     * without one).
     */
    public record Found(String id, String title, String type, String language, String alsoIn) implements Serializable {

        public boolean hasAlsoIn() {
            return alsoIn != null && !alsoIn.isEmpty();
        }
    }

    /** The longest words to find resources with, in characters (an emoji one). */
    static final int QUERY_MAX = 200;

    private String query = "";
    private List<Found> found = List.of();
    private boolean searched;
    /** Why the words typed were not searched, said beside the box; null when they were. */
    private String tooLong;

    /**
     * Finds up to eight resources for the words typed, in the reader's {@code language}; false when the words cannot be
     * searched (the caller says so). No words: nothing found, and nothing to say. Words over {@link #QUERY_MAX}: not
     * searched, said beside the box and kept in it (the box cut a paste at 200 silently before).
     */
    boolean find(ResourceFinder finder, String language, FacesMessages messages) {
        String words = query == null ? "" : query.strip();
        tooLong = messages.lengthRefusal(query, QUERY_MAX, "search.error.tooLongHere");
        if (tooLong != null) {
            searched = false;
            found = List.of();
            return true;
        }
        if (words.isEmpty()) {
            show(List.of());
            return true;
        }
        var hits = finder.find(words, language, 8);
        show(hits.orElse(List.of()).stream().map(h -> new Found(h.id(), h.title(), h.type(), h.language(), h.alsoIn()))
                .toList());
        return hits.isPresent();
    }

    void show(List<Found> results) {
        searched = true;
        found = List.copyOf(results);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    /** The words' refusal said beside the box, or null. */
    public String getTooLong() {
        return tooLong;
    }

    public List<Found> getFound() {
        return found;
    }

    public boolean isSearched() {
        return searched;
    }
}
