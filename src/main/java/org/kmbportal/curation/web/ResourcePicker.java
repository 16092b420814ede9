package org.kmbportal.curation.web;

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

    private String query = "";
    private List<Found> found = List.of();
    private boolean searched;

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

    public List<Found> getFound() {
        return found;
    }

    public boolean isSearched() {
        return searched;
    }
}
