package org.kmbportal.library.web;

import org.kmbportal.web.Links;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.library.BrowseFilter;
import org.kmbportal.library.LibraryService;
import org.kmbportal.web.LocaleBean;
import org.kmbportal.library.Page;
import org.kmbportal.library.ResourceType;
import org.kmbportal.library.Vocabulary;
import org.kmbportal.web.Messages;
import org.kmbportal.web.PageNumbers;
import org.kmbportal.web.ReaderLanguage;

/**
 * The browse page ({@code browse.xhtml}): published resources, newest first, narrowed by type, a term and the
 * resources' language, in pages. Every choice lives in the address, so a listing can be bookmarked and shared. Values
 * that make no sense are ignored with a note rather than failing.
 */
@Named("browse")
@RequestScoped
public class BrowseBacking {

    static final int PAGE_SIZE = 10;

    /** A link in the pager. */
    public record PageLink(int number, String url, boolean current) {
    }

    /** A choice offered in a filter, with its link and whether it is the current one. */
    public record Choice(String label, String url, boolean selected) {
    }

    @Inject
    LibraryService library;

    @Inject
    CardViews cards;

    @Inject
    TermsBean terms;

    @Inject
    Links links;

    @Inject
    Messages messages;

    @Inject
    LocaleBean locale;

    private String type;
    private String topic;
    private String facet;
    private String term;
    private String language;
    private String page;

    private final List<String> notices = new ArrayList<>();
    /** Which page is shown, when the page asked for is not there; null when it is. */
    private String pageNotice;
    private BrowseFilter filter;
    private Page<CardView> results;

    /** Reads the view parameters into a filter (called by f:viewAction). */
    public void load() {
        Optional<ResourceType> resourceType = Optional.empty();
        if (type != null) {
            resourceType = ResourceType.fromKey(type);
            if (resourceType.isEmpty()) {
                notices.add(messages.get("browse.unknownType", type));
            }
        }
        String vocabulary = topic != null ? "topics" : facet;
        String wanted = topic != null ? topic : term;
        Optional<String> termFilter = Optional.empty();
        if (vocabulary != null && wanted != null) {
            Optional<Vocabulary> v = terms.taxonomy().facet(vocabulary);
            if (v.isPresent() && v.get().contains(wanted)) {
                termFilter = Optional.of(wanted);
            } else {
                notices.add(messages.get("browse.unknownTerm", wanted));
            }
        }
        Optional<String> languageFilter = Optional.ofNullable(language).filter(ReaderLanguage::isSupported);
        filter = new BrowseFilter(resourceType, termFilter.map(t -> vocabulary), termFilter, languageFilter);
        // A page asked for that is not there is the first (?page=abc, -3) or the last (99999), and the page says which
        // it shows: it showed another page without a word (task fix60, as the administrators' lists).
        boolean notNumber = page != null && !PageNumbers.isNumber(page);
        // Past every last page (the first item's place must stay a number to ask the database for it).
        int number = Math.min(notNumber ? 1 : PageNumbers.askedOrPast(page), Integer.MAX_VALUE / PAGE_SIZE);
        // Each resource once, in the reader's language when it is published in it, with "Also in French".
        Page<LibraryService.Listed> found = library.browseFor(filter, locale.getLanguage(), number, PAGE_SIZE);
        if (number > found.pageCount()) {
            found = library.browseFor(filter, locale.getLanguage(), found.pageCount(), PAGE_SIZE);
        }
        results = new Page<>(cards.listed(found.items()), found.total(), found.page(), found.size());
        String notice = found.total() == 0 ? null : PageNumbers.notice(notNumber, number, found.pageCount());
        pageNotice = notice == null ? null : messages.get(notice, found.pageCount());
    }

    /** Which page is shown, when the page asked for is not there ({@code ?page=abc}, 99999); null when it is. */
    public String getPageNotice() {
        return pageNotice;
    }

    public String getHeading() {
        if (filter.hasTerm()) {
            return terms.label(filter.vocabulary().get(), filter.term().get());
        }
        return filter.type().map(t -> messages.get("type." + t.key() + ".plural")).orElse(messages.get("browse.title"));
    }

    public List<Choice> getTypeChoices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(messages.get("browse.allTypes"), url(null, currentVocabulary(), currentTerm(),
                currentLanguage(), 1), filter.type().isEmpty()));
        for (ResourceType t : ResourceType.values()) {
            choices.add(new Choice(messages.get("type." + t.key() + ".plural"), url(t.key(), currentVocabulary(),
                    currentTerm(), currentLanguage(), 1), filter.type().equals(Optional.of(t))));
        }
        return choices;
    }

    public List<Choice> getLanguageChoices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(messages.get("browse.allLanguages"), url(currentType(), currentVocabulary(),
                currentTerm(), null, 1), filter.language().isEmpty()));
        for (String l : ReaderLanguage.SUPPORTED) {
            choices.add(new Choice(messages.get("language." + l), url(currentType(), currentVocabulary(),
                    currentTerm(), l, 1), filter.language().equals(Optional.of(l))));
        }
        return choices;
    }

    public List<Choice> getTopicChoices() {
        return terms.taxonomy().facet("topics").map(Vocabulary::terms).orElse(List.of()).stream()
                .map(t -> new Choice(terms.label("topics", t.key()), url(currentType(), "topics", t.key(),
                        currentLanguage(), 1), filter.hasTerm() && filter.term().get().equals(t.key())))
                .toList();
    }

    public List<PageLink> getPages() {
        List<PageLink> pages = new ArrayList<>();
        for (int n = 1; n <= results.pageCount(); n++) {
            pages.add(new PageLink(n, pageUrl(n), n == results.page()));
        }
        return pages;
    }

    public String pageUrl(int number) {
        return url(currentType(), currentVocabulary(), currentTerm(), currentLanguage(), number);
    }

    public String getClearUrl() {
        return links.browse();
    }

    public boolean isFiltered() {
        return filter.type().isPresent() || filter.hasTerm() || filter.language().isPresent();
    }

    private String url(String typeKey, String vocabulary, String termKey, String languageKey, int number) {
        StringBuilder query = new StringBuilder();
        if (typeKey != null) {
            query.append("&type=").append(Links.encode(typeKey));
        }
        if (vocabulary != null && termKey != null) {
            query.append(vocabulary.equals("topics")
                    ? "&topic=" + Links.encode(termKey)
                    : "&facet=" + Links.encode(vocabulary) + "&term=" + Links.encode(termKey));
        }
        if (languageKey != null) {
            query.append("&language=").append(languageKey);
        }
        if (number > 1) {
            query.append("&page=").append(number);
        }
        return links.browse() + (query.isEmpty() ? "" : "?" + query.substring(1));
    }

    private String currentType() {
        return filter.type().map(ResourceType::key).orElse(null);
    }

    private String currentVocabulary() {
        return filter.vocabulary().orElse(null);
    }

    private String currentTerm() {
        return filter.term().orElse(null);
    }

    private String currentLanguage() {
        return filter.language().orElse(null);
    }

    public Page<CardView> getResults() {
        return results;
    }

    public List<String> getNotices() {
        return notices;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = blankToNull(type);
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = blankToNull(topic);
    }

    public String getFacet() {
        return facet;
    }

    public void setFacet(String facet) {
        this.facet = blankToNull(facet);
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = blankToNull(term);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = blankToNull(language);
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = blankToNull(page);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
