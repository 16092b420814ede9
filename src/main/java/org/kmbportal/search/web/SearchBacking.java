package org.kmbportal.search.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.kmbportal.web.Links;
import org.kmbportal.library.web.TermsBean;
import org.kmbportal.search.BadQueryException;
import org.kmbportal.search.SearchNotices;
import org.kmbportal.search.SearchFilters;
import org.kmbportal.search.SearchPerformed;
import org.kmbportal.search.SearchRequest;
import org.kmbportal.search.SearchResult;
import org.kmbportal.search.SearchService;
import org.kmbportal.web.LocaleBean;
import org.kmbportal.web.Messages;
import org.kmbportal.web.ReaderConsent;

/**
 * The search page ({@code search.xhtml}). Everything it shows comes from the address ({@code /search?q=...&topic=...}),
 * so a search can be bookmarked and shared; the query box is a plain GET form to that address. When the reader
 * allows it, a search is announced ({@link SearchPerformed}) and its links carry a random key (see
 * {@link ResultLinks}).
 */
@Named("searchPage")
@RequestScoped
public class SearchBacking {

    static final int PAGE_SIZE = 10;
    /** The deepest page a search reads. */
    private static final int MAX_PAGE = 1000;
    private static final Logger LOG = Logger.getLogger(SearchBacking.class.getName());

    @Inject
    SearchService search;

    @Inject
    SearchFilters filters;

    @Inject
    LocaleBean locale;

    @Inject
    Messages messages;

    @Inject
    TermsBean terms;

    @Inject
    Links links;

    @Inject
    HttpServletRequest request;

    @Inject
    Event<SearchPerformed> searched;

    /** The search's random key, or null when it leaves no signal. */
    private String signal;
    private SearchState state;
    private SearchResult result;
    private String error;
    private SearchBox box;
    /** The refusals of a search for its length (characters or words): what was typed reads like a paragraph. */
    private static final java.util.Set<String> PARAGRAPH_CODES = java.util.Set.of("query_too_long",
            "query_too_many_words");
    private boolean withoutWords;
    /** What was typed when it is refused for its length and reads as a paragraph, which "For my organization" takes. */
    private String refusedParagraph;
    private final List<String> notices = new ArrayList<>();
    /** The page the address asks for (past the last one, the page says where the results end). */
    private int askedPage = 1;

    /** Reads the search from the address and runs it (called by f:viewAction). */
    public void load() {
        Map<String, String[]> params = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterValuesMap();
        Map<String, List<String>> wanted = new LinkedHashMap<>();
        for (String dimension : filters.dimensions()) {
            for (String value : params.getOrDefault(SearchState.param(dimension), new String[0])) {
                if (value.isBlank()) {
                    continue;
                }
                if (filters.invalid(dimension, value.strip()).isPresent()) {
                    notices.add(messages.get("search.unknownFilter", value.strip()));
                } else {
                    wanted.computeIfAbsent(dimension, d -> new ArrayList<>()).add(value.strip());
                }
            }
        }
        askedPage = page(first(params, "page"));
        String typed = first(params, "q");
        box = SearchBox.of(typed, messages);
        boolean tooLong = box.refused();
        Integer from = year(first(params, "year_from"));
        Integer to = year(first(params, "year_to"));
        state = new SearchState(tooLong ? box.searched() : typed, wanted, from, to,
                "newest".equals(first(params, "sort")), searched(askedPage), "1".equals(first(params, "exact")));
        refusedParagraph = (tooLong || SearchNotices.cut(typed)) && sentences(typed) ? typed : null;
        if (tooLong) {
            return;
        }
        // A pasted question of many words is searched by its first ones; reversed years are read in order: both said.
        notices.addAll(SearchNotices.of(state.query(), from, to, locale.getLanguage()));
        try {
            result = search.search(new SearchRequest(SearchNotices.words(state.query()), state.filters(),
                    state.yearFrom(), state.yearTo(),
                    state.newest() ? SearchRequest.Order.NEWEST : SearchRequest.Order.RELEVANCE, state.page(),
                    PAGE_SIZE, locale.getLanguage(), state.asTyped()));
        } catch (BadQueryException e) {
            error = e.getMessage();
            withoutWords = BadQueryException.WITHOUT_WORDS.equals(e.code());
            refusedParagraph = PARAGRAPH_CODES.contains(e.code()) && sentences(typed) ? typed : null;
        }
        announce(first(params, ResultLinks.PARAMETER));
    }

    /**
     * A search typed by a reader who allows signals gets a key and is announced; its refinements (which carry the
     * key) are the same search and are not announced again.
     */
    private void announce(String carried) {
        if (result == null || state.query().isBlank() || !ReaderConsent.allowsSignals(request)) {
            return;
        }
        if (ResultLinks.isKey(carried)) {
            signal = carried;
            return;
        }
        signal = ResultLinks.newKey();
        try {
            searched.fire(new SearchPerformed(state.query(), locale.getLanguage(), result.found(), true, signal));
        } catch (RuntimeException e) {
            // The reader came for the results: statistics failing must not stand in their way.
            LOG.log(Level.WARNING, "Could not announce a search", e);
            signal = null;
        }
    }

    /** A result's link: through the open endpoint with this search's key and the result's rank, or its own address. */
    public String hitUrl(SearchResult.Hit hit, int index) {
        int rank = (result.page() - 1) * result.size() + index + 1;
        return ResultLinks.result(links.search(), signal, rank, hit.type(), hit.id(),
                links.resourceOrCollection(hit.type(), hit.id()));
    }

    /** The address of the resource's version in the other language ("Also in French"), or null without one. */
    public String alsoInUrl(SearchResult.Hit hit) {
        return hit.hasTranslation() ? links.resourceOrCollection(hit.type(), hit.alsoIn()) : null;
    }

    public String getSignal() {
        return signal;
    }

    public String getSignalParameter() {
        return ResultLinks.PARAMETER;
    }

    private String carry(String url) {
        return ResultLinks.carry(url, signal);
    }

    public List<FacetView> getFacets() {
        List<FacetView> views = new ArrayList<>();
        if (result == null) {
            return views;
        }
        for (String dimension : filters.dimensions()) {
            List<FacetView.Option> options = new ArrayList<>();
            for (SearchResult.FacetValue value : result.facets().getOrDefault(dimension, List.of())) {
                options.add(new FacetView.Option(value.key(), value.label(), value.count(),
                        state.selected(dimension, value.key()), "f-" + dimension + "-" + value.key()));
            }
            if (!options.isEmpty()) {
                views.add(new FacetView(SearchState.param(dimension), facetTitle(dimension), options));
            }
        }
        return views;
    }

    /** Decades to narrow by, each a link; the chosen one is marked. */
    public List<SearchLink> getYears() {
        List<SearchLink> years = new ArrayList<>();
        if (result == null) {
            return years;
        }
        for (SearchResult.FacetValue value : result.facets().getOrDefault("year", List.of())) {
            String[] bounds = value.key().split("-", -1);
            Integer from = bounds[0].isEmpty() ? null : Integer.valueOf(bounds[0]);
            Integer to = bounds.length < 2 || bounds[1].isEmpty() ? null : Integer.valueOf(bounds[1]);
            boolean chosen = java.util.Objects.equals(from, state.yearFrom())
                    && java.util.Objects.equals(to, state.yearTo());
            years.add(new SearchLink(value.label() + " (" + value.count() + ")",
                    carry(state.years(from, to).url(links.search())), chosen));
        }
        return years;
    }

    /** The filters in force, each with the link that removes it. */
    public List<SearchLink> getActiveFilters() {
        List<SearchLink> active = new ArrayList<>();
        state.filters().forEach((dimension, values) -> values.forEach(value -> active.add(new SearchLink(
                facetTitle(dimension) + messages.get("punctuation.colon") + label(dimension, value),
                carry(state.without(dimension, value).url(links.search())), true))));
        if (state.yearFrom() != null || state.yearTo() != null) {
            active.add(new SearchLink(messages.get("search.years", state.yearsWritten()),
                    carry(state.years(null, null).url(links.search())), true));
        }
        return active;
    }

    private String label(String dimension, String value) {
        return result == null
                ? value
                : result.facets().getOrDefault(dimension, List.of()).stream().filter(v -> v.key().equals(value))
                        .map(SearchResult.FacetValue::label).findFirst().orElse(value);
    }

    private String facetTitle(String dimension) {
        String vocabulary = terms.facets().stream()
                .filter(v -> org.kmbportal.search.SearchFilters.dimensionOf(v.key()).equals(dimension))
                .map(v -> v.key()).findFirst().orElse(null);
        return vocabulary != null ? terms.vocabularyName(vocabulary) : messages.get("search.facet." + dimension);
    }

    public List<SearchLink> getPages() {
        List<SearchLink> pages = new ArrayList<>();
        if (result == null) {
            return pages;
        }
        int count = result.pageCount();
        for (int n = Math.max(1, state.page() - 4); n <= Math.min(count, state.page() + 4); n++) {
            pages.add(new SearchLink(Integer.toString(n), carry(state.atPage(n).url(links.search())),
                    n == state.page()));
        }
        return pages;
    }

    public String getPreviousUrl() {
        // Past the last page, "Previous" would lead to another page past it: the message links to the last one.
        return state.page() > 1 && !isPastLastPage()
                ? carry(state.atPage(state.page() - 1).url(links.search()))
                : null;
    }

    public String getNextUrl() {
        return result != null && state.page() < result.pageCount()
                ? carry(state.atPage(state.page() + 1).url(links.search()))
                : null;
    }

    public SearchLink getRelevanceOrder() {
        return new SearchLink(messages.get("search.sort.relevance"), carry(state.ordered(false).url(links.search())),
                !state.newest());
    }

    public SearchLink getNewestOrder() {
        return new SearchLink(messages.get("search.sort.newest"), carry(state.ordered(true).url(links.search())),
                state.newest());
    }

    /** When the words as typed found nothing, results are for the correction; this link searches as typed. */
    public String getAsTypedUrl() {
        return state.withQuery(state.query(), true).url(links.search());
    }

    /** The "search instead for" message: a query with quotes of its own is shown in no more of them. */
    public String getInsteadForKey() {
        return state.query().matches("(?s).*[\"«»“”„].*") ? "search.insteadForQuoted" : "search.insteadFor";
    }

    public String getSuggestionUrl() {
        return result == null || result.suggestion() == null
                ? null
                : state.withQuery(result.suggestion(), false).url(links.search());
    }

    public String getClearUrl() {
        return carry(state.cleared().url(links.search()));
    }

    /** Topics to try when nothing was found: those sharing a word with the query, or the largest ones. */
    public List<SearchLink> getTopicsToTry() {
        return new TopicHints(terms, links, locale.getLanguage()).forQuery(state.query());
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private Integer year(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            notices.add(messages.get("search.badYear", value));
            return null;
        }
    }

    /** The page asked for: page 1 for 0, a negative number, a number too large to read or no number at all. */
    private static int page(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The page searched: the one asked for, up to the deepest the search reads (its hits are counted from it). */
    private static int searched(int page) {
        return Math.min(MAX_PAGE, page);
    }

    /** Whether the page asked for lies past the last page of results (there are results, not on that page). */
    public boolean isPastLastPage() {
        return result != null && result.total() > 0 && askedPage > result.pageCount();
    }

    public int getAskedPage() {
        return askedPage;
    }

    /** The results' last page, and its address. */
    public int getLastPage() {
        return result == null ? 1 : result.pageCount();
    }

    public String getLastPageUrl() {
        return carry(state.atPage(getLastPage()).url(links.search()));
    }

    public SearchResult getResult() {
        return result;
    }

    /** The search as the page's title names it: its first words, with an ellipsis when it is longer. */
    public String getTitle() {
        return PageTitle.of(state.query());
    }

    public SearchState getState() {
        return state;
    }

    /** The search box: what it holds, and what is wrong with its length, said beside it. */
    public SearchBox getBox() {
        return box;
    }

    public String getError() {
        return error;
    }

    /** The search had no word to search for: the page offers to browse the library instead. */
    public boolean isWithoutWords() {
        return withoutWords;
    }

    /** Whether a text refused for its length reads as sentences (ten words or more), not one long string. */
    private static boolean sentences(String typed) {
        return typed != null && typed.strip().split("\\s+").length >= 10;
    }

    /** A paragraph was typed (too long, or searched by its first words): the page points to For my organization. */
    public boolean isParagraph() {
        return refusedParagraph != null;
    }

    /** What was typed, when {@link #isParagraph}: the page carries it to "For my organization". */
    public String getRefusedParagraph() {
        return refusedParagraph;
    }

    public List<String> getNotices() {
        return notices;
    }

    /** The search only leaves words out ("-youth -mentoring"): finding nothing, the reader is told to leave fewer. */
    public boolean isLeavesOutOnly() {
        return state != null && SearchRequest.leavesOutOnly(state.query());
    }

    public boolean isFiltered() {
        return state.filtered();
    }
}
