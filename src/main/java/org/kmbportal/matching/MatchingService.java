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
        return matchWithCollections(profile, size, filter, 0).resources();
    }

    /** The best resources for a profile, and the public collections that fit it best. */
    public record Matches(List<Match> resources, List<Match> collections) {
    }

    /**
     * The best {@code size} resources of those the filter accepts, and the best {@code collections} public
     * collections that share something with the profile (a topic, a program model, …) or speak to its challenges,
     * ranked the same way; the challenges are searched once for both.
     */
    public Matches matchWithCollections(OrganizationProfile profile, int size, MatchFilter filter, int collections) {
        ProfileCheck.check(profile, taxonomies.current()).ifPresent(p -> {
            throw new InvalidProfileException(p.code(), p.message());
        });
        Ranker ranker = new Ranker(taxonomies.current(), profile.language());
        Map<String, Float> relevance = ChallengeRelevance.of(search, profile.challenges(), profile.textLanguage(),
                CHALLENGE_CANDIDATES);
        ChallengeSearch.LanguageCatalog catalog = search.catalog(profile.language());
        List<Match> resources = matches(ranker, catalog, relevance, profile, size, filter);
        List<Match> fitting = List.of();
        if (collections > 0) {
            fitting = matches(ranker, catalog, relevance, profile, MAX_SIZE, MatchFilter.COLLECTIONS).stream()
                    .filter(m -> m.reasons().stream().anyMatch(r -> !r.warning())).limit(collections).toList();
        }
        return new Matches(resources, fitting);
    }

    List<Match> matches(Ranker ranker, ChallengeSearch.LanguageCatalog catalog, Map<String, Float> relevance,
            OrganizationProfile profile, int size, MatchFilter filter) {
        // The entries are already those a reader of the profile's language is offered (the other versions of the items
        // it has in its language left out, once per index refresh): nothing more to leave out for the language.
        List<Ranker.Scored> top = ranker.rank(catalog.entries(), java.util.Set.of(), relevance, profile,
                Math.max(1, Math.min(size, MAX_SIZE)), filter);
        List<String> ids = top.stream().map(s -> s.entry().id()).toList();
        Map<String, String> titles = search.titles(ids);
        Map<String, Double> named = search.namedTopics(profile.challenges(), profile.textLanguage());
        Map<String, Double> used = search.usedTopics(profile.challenges(), profile.textLanguage());
        Map<String, Double> stated = search.namedTopics(StatedNeeds.in(profile.challenges()), profile.textLanguage());
        ChallengeReasons challenge = new ChallengeReasons(ranker.taxonomy(), profile, named, used, stated);
        List<Match> matches = new ArrayList<>();
        for (Ranker.Scored s : top) {
            List<MatchReason> reasons = new ArrayList<>();
            if (s.challenged()) {
                MatchReason about = challenge.of(s.entry());
                reasons.add(about);
                reasons.addAll(challenge.besides(about, s.reasons(), s.entry()));
            } else {
                reasons.addAll(s.reasons());
            }
            reasons = Ranker.fewest(reasons);
            matches.add(new Match(s.entry().id(), titles.getOrDefault(s.entry().id(), s.entry().id()), s.entry().type(),
                    s.entry().language(), s.entry().year(), Math.round(s.score() * 1000) / 1000.0, s.ruledOut(),
                    reasons));
        }
        return matches;
    }
}
