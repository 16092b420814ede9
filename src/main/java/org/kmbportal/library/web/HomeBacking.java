package org.kmbportal.library.web;

import org.kmbportal.web.Links;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.library.BrowseFilter;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.ResourceType;
import org.kmbportal.library.Term;
import org.kmbportal.library.Vocabulary;
import org.kmbportal.web.LocaleBean;

/** The home page ({@code index.xhtml}): newest summaries and guides, and the topics with their counts. */
@Named("home")
@RequestScoped
public class HomeBacking {

    /** A topic with the number of published resources about it. */
    public record TopicCount(String label, String url, long count) {
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
    LocaleBean locale;

    private List<CardView> newestSummaries;
    private List<CardView> newestGuides;
    private List<TopicCount> topics;

    public List<CardView> getNewestSummaries() {
        if (newestSummaries == null) {
            newestSummaries = cards.listed(library.browseFor(BrowseFilter.ofType(ResourceType.RESEARCH_SUMMARY),
                    locale.getLanguage(), 1, 5).items());
        }
        return newestSummaries;
    }

    public List<CardView> getNewestGuides() {
        if (newestGuides == null) {
            newestGuides = cards.listed(library.browseFor(BrowseFilter.ofType(ResourceType.PRACTICE_GUIDE),
                    locale.getLanguage(), 1, 3).items());
        }
        return newestGuides;
    }

    public List<TopicCount> getTopics() {
        if (topics == null) {
            Map<String, Long> counts = library.topicCounts();
            Collator collator = Collator.getInstance(locale.getCurrent());
            List<Term> all = terms.taxonomy().facet("topics").map(Vocabulary::terms).orElse(List.of());
            topics = all.stream().filter(t -> counts.getOrDefault(t.key(), 0L) > 0)
                    .map(t -> new TopicCount(t.label().in(locale.getLanguage()), links.term("topics", t.key()),
                            counts.get(t.key())))
                    .sorted(Comparator.comparing(TopicCount::label, collator)).toList();
        }
        return topics;
    }
}
