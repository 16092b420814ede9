package org.kmbportal.partnerships.web;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import org.kmbportal.search.BadQueryException;
import org.kmbportal.search.SearchRequest;
import org.kmbportal.search.SearchService;

/**
 * The plan form's link picker: the item chosen to link to, the words typed to find resources and what they found, the
 * collection chosen. It is kept with the form across a button's redirect; the page's buttons ({@link PlanEditing})
 * link what it holds to the chosen item.
 */
public class LinkPicker implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int FOUND = 8;
    /** The longest words to find resources with, in characters (an emoji one). */
    static final int QUERY_MAX = 200;

    private String query = "";
    private List<ItemRow.Found> found = List.of();
    private boolean searched;
    private int target;
    private String collection = "";
    /** Why the words typed were not searched (longer than {@link #QUERY_MAX}), said beside the box; null when they were. */
    private String tooLong;

    /**
     * Finds library resources (not collections) for the words typed, at most eight; false when the words are no
     * search (nothing is found then). With a {@code refusal} (the words are too long), nothing is searched and the page
     * says it beside the box, the words kept in it.
     */
    boolean find(SearchService search, String language, String refusal) {
        String words = query == null ? "" : query.strip();
        tooLong = refusal;
        searched = !words.isEmpty() && refusal == null;
        found = List.of();
        if (!searched) {
            return true;
        }
        try {
            found = search.search(SearchRequest.simple(words, language)).hits().stream().filter(h -> !"collection"
                    .equals(h.type())).limit(FOUND).map(h -> new ItemRow.Found(h.id(), h.title(), h.language(), h
                            .alsoInLanguage()))
                    .toList();
            return true;
        } catch (BadQueryException e) {
            return false;
        }
    }

    /** The chosen item of the form, or none when the choice names no item of it. */
    Optional<ItemRow> targetRow(PlanForm form) {
        return target < 0 || target >= form.getRows().size()
                ? Optional.empty()
                : Optional.of(form.getRows().get(
                        target));
    }

    /** The chosen collection's slug, never null. */
    String chosenCollection() {
        return collection == null ? "" : collection;
    }

    /** A copy to keep across a redirect (the form goes on changing this one). */
    LinkPicker copy() {
        LinkPicker copy = new LinkPicker();
        copy.query = query;
        copy.found = found;
        copy.searched = searched;
        copy.target = target;
        copy.collection = collection;
        copy.tooLong = tooLong;
        return copy;
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

    public List<ItemRow.Found> getFound() {
        return found;
    }

    public boolean isSearched() {
        return searched;
    }

    public int getTarget() {
        return target;
    }

    public void setTarget(int target) {
        this.target = target;
    }

    public String getCollection() {
        return collection;
    }

    public void setCollection(String collection) {
        this.collection = collection;
    }
}
