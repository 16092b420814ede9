package org.kmbportal.accounts.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.faces.context.FacesContext;

import org.kmbportal.accounts.web.UsersBacking.Row;
import org.kmbportal.platform.PlainText;
import org.kmbportal.web.PageNumbers;

/**
 * Which accounts the administrators' list ({@code admin/users.xhtml}) shows: those whose name or email holds the
 * words searched ({@code ?q=}, accents and case aside), {@value #PAGE_SIZE} to a page ({@code ?page=}); both are in
 * the list's address. The page reads it as {@code users.list}.
 */
public class UsersList implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many accounts a page lists. */
    static final int PAGE_SIZE = 50;
    /** The longest search kept: more is not a name or an email. */
    static final int QUERY_MAX = 200;

    private final List<Row> rows;
    private String query = "";
    /** A search longer than {@link #QUERY_MAX}, as typed: refused, nothing searched. */
    private String refusedQuery;
    private int page = 1;
    /** Whether the page asked for was no page number ({@code ?page=abc}, {@code ?page=-3}): the first is shown. */
    private boolean pageNotNumber;
    /** The last search's accounts, for {@link #getMatching}: of this search. */
    private List<Row> matching;
    private String matchingQuery;

    UsersList(List<Row> rows) {
        this.rows = rows;
    }

    /** The search box's text: the search, or a search refused for its length, whole. */
    public String getQ() {
        return refusedQuery == null ? query : refusedQuery;
    }

    /**
     * A search over {@value #QUERY_MAX} characters is refused beside the box, kept whole in it, and nothing is
     * searched: the box cut a paste at 200 characters and the list searched the first 200 without a word (ui52).
     */
    public void setQ(String q) {
        String given = q == null ? "" : q.strip();
        boolean tooLong = PlainText.length(given) > QUERY_MAX;
        refusedQuery = tooLong ? given : null;
        query = tooLong ? "" : given;
    }

    /** Whether the search was refused for its length ({@link #setQ}): the page lists no account then. */
    public boolean isQueryRefused() {
        return refusedQuery != null;
    }

    /** The search refused for its length, as typed, or null. */
    String refusedQuery() {
        return refusedQuery;
    }

    public String getPage() {
        return String.valueOf(page);
    }

    /**
     * The page asked for; anything but a page number is the first page, past the last the last, and the page says
     * which it shows ({@link #getPageNotice}): it showed another page without a word (task fix59).
     */
    public void setPage(String asked) {
        pageNotNumber = asked != null && !asked.isBlank() && !PageNumbers.isNumber(asked);
        page = pageNotNumber ? 1 : PageNumbers.askedOrPast(asked);
    }

    /**
     * What the page says when the page asked for is not the one shown, as a message key taking its number of pages
     * ({@link PageNumbers#notice}); null when it is the one shown, or when no account is listed.
     */
    public String getPageNotice() {
        return getMatching().isEmpty() ? null : PageNumbers.notice(pageNotNumber, page, getPageCount());
    }

    /**
     * The accounts the search keeps (all without one): worked out once per search, though the page asks for it
     * through its count, its page and its page numbers.
     */
    public List<Row> getMatching() {
        if (query.isEmpty()) {
            return rows;
        }
        if (matching == null || !query.equals(matchingQuery)) {
            List<String> words = List.of(PlainText.folded(query).split("\\s+"));
            matching = rows.stream().filter(r -> {
                String text = PlainText.folded(r.displayName() + " " + r.email());
                return words.stream().allMatch(text::contains);
            }).toList();
            matchingQuery = query;
        }
        return matching;
    }

    /** This page's accounts. */
    public List<Row> getShown() {
        List<Row> matching = getMatching();
        int from = (getCurrentPage() - 1) * PAGE_SIZE;
        return matching.subList(Math.min(from, matching.size()), Math.min(from + PAGE_SIZE, matching.size()));
    }

    public int getCurrentPage() {
        return Math.min(page, getPageCount());
    }

    public int getPageCount() {
        return Math.max(1, (getMatching().size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The page numbers offered: up to four either side of this one. */
    public List<Integer> getPages() {
        return PageNumbers.around(getCurrentPage(), getPageCount());
    }

    /** The address of a page of this list, with the search. */
    public String pageUrl(int number) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + address(number);
    }

    /** This list's address in the portal (its page and search), to answer a button with. */
    String address() {
        return address(getCurrentPage());
    }

    private String address(int number) {
        String path = "/admin/users?page=" + number;
        return query.isEmpty() ? path : path + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
