package org.kmbportal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.library.TaxonomyService;
import org.kmbportal.search.ChallengeSearch;

/** Ranks the library for an organization's profile, with reasons, in the profile's language. */
@ApplicationScoped
public class MatchingService {

    static final int CHALLENGE_CANDIDATES = 500;
    public static final int MAX_SIZE = 50;

    @Inject
    ChallengeSearch search;

    @Inject
    TaxonomyService taxonomies;

    /**
     * The best {@code size} resources for the profile.
     *
     * @throws InvalidProfileException
     *             when the profile names a facet or value the library does not know, or is too long
     */
    public List<Match> match(OrganizationProfile profile, int size) {
        return match(profile, size, MatchFilter.ALL);
    }

    /** The best {@code size} resources of those the filter accepts (the filter applies before the best are kept). */
    public List<Match> match(OrganizationProfile profile, int size, MatchFilter filter) {
        ProfileCheck.check(profile, taxonomies.current()).ifPresent(p -> {
            throw new InvalidProfileException(p.code(), p.message());
        });
        Ranker ranker = new Ranker(taxonomies.current(), profile.language());
        Map<String, Float> relevance = search.relevance(profile.challenges(), CHALLENGE_CANDIDATES);
        ChallengeSearch.LanguageCatalog catalog = search.catalog(profile.language());
        List<Ranker.Scored> top = ranker.rank(catalog.entries(), catalog.groupsInLanguage(), relevance, profile,
                Math.max(1, Math.min(size, MAX_SIZE)), filter);
        List<String> ids = top.stream().map(s -> s.entry().id()).toList();
        Map<String, String> titles = search.titles(ids);
        Map<String, Double> named = search.namedTopics(profile.challenges());
        List<Match> matches = new ArrayList<>();
        for (Ranker.Scored s : top) {
            List<MatchReason> reasons = new ArrayList<>();
            if (s.challenged()) {
                reasons.add(ranker.challengeReason(s.entry(), named));
            }
            reasons.addAll(s.reasons());
            reasons = Ranker.fewest(reasons);
            matches.add(new Match(s.entry().id(), titles.getOrDefault(s.entry().id(), s.entry().id()), s.entry().type(),
                    s.entry().language(), s.entry().year(), Math.round(s.score() * 1000) / 1000.0, s.ruledOut(),
                    reasons));
        }
        return matches;
    }
}
