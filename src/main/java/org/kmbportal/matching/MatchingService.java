package org.kmbportal.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
     * A ranker per page language, kept while the taxonomy is the same: building one reads the whole taxonomy (the
     * words of its groups, its described places, its labels), which every request did again.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Ranker> rankers = new java.util.concurrent.ConcurrentHashMap<>();

    private Ranker ranker(org.kmbportal.library.Taxonomy taxonomy, String language) {
        Ranker kept = rankers.get(language);
        if (kept != null && kept.taxonomy() == taxonomy) {
            return kept;
        }
        Ranker made = new Ranker(taxonomy, language);
        rankers.put(language, made);
        return made;
    }

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
            throw new InvalidProfileException(p);
        });
        Ranker ranker = ranker(taxonomies.current(), profile.language());
        Map<String, Float> relevance = ChallengeRelevance.of(search, profile.challenges(), profile.textLanguage(),
                CHALLENGE_CANDIDATES, ranker.named(profile.challenges(), profile.textLanguage()));
        ChallengeSearch.LanguageCatalog catalog = search.catalog(profile.language());
        List<Match> resources = matches(ranker, catalog, relevance, profile, size, filter);
        List<Match> fitting = List.of();
        if (collections > 0) {
            fitting = matches(ranker, catalog, relevance, profile, MAX_SIZE, MatchFilter.COLLECTIONS, 0).stream()
                    .filter(m -> m.reasons().stream().anyMatch(r -> !r.warning())).limit(collections).toList();
        }
        return new Matches(resources, fitting);
    }

    List<Match> matches(Ranker ranker, ChallengeSearch.LanguageCatalog catalog, Map<String, Float> relevance,
            OrganizationProfile profile, int size, MatchFilter filter) {
        return matches(ranker, catalog, relevance, profile, size, filter, ChallengeReasons.CLOSE_FROM);
    }

    /**
     * @param closeFrom
     *            from what relevance a resource that answers none of the paragraph's topics is said close to it; a
     *            collection is kept only with a reason that speaks to the paragraph, and its relevance (that of its
     *            items' words) is lower than a resource's, so it is said close from any relevance as before
     */
    List<Match> matches(Ranker ranker, ChallengeSearch.LanguageCatalog catalog, Map<String, Float> relevance,
            OrganizationProfile profile, int size, MatchFilter filter, double closeFrom) {
        // The entries are already those a reader of the profile's language is offered (the other versions of the items
        // it has in its language left out, once per index refresh): nothing more to leave out for the language.
        List<Ranker.Scored> top = ranker.rank(catalog.entries(), java.util.Set.of(), relevance, profile,
                Math.max(1, Math.min(size, MAX_SIZE)), filter);
        List<String> ids = top.stream().map(s -> s.entry().id()).toList();
        Map<String, String> titles = search.titles(ids);
        String read = ParagraphReading.read(profile.challenges());
        Map<String, Double> named = search.namedTopics(read, profile.textLanguage());
        Map<String, Double> used = search.usedTopics(read, profile.textLanguage());
        Map<String, Double> stated = search.namedTopics(StatedNeeds.in(read), profile.textLanguage());
        ChallengeReasons challenge = new ChallengeReasons(ranker.taxonomy(), profile, named, used, stated);
        List<List<MatchReason>> all = new ArrayList<>();
        for (Ranker.Scored s : top) {
            List<MatchReason> reasons = new ArrayList<>();
            MatchReason about = s.challenged()
                    ? challenge.of(s.entry(), relevance.getOrDefault(s.entry().id(), 0f), closeFrom)
                    : null;
            if (about == null && s.challenged() && filter.equals(MatchFilter.COLLECTIONS)) {
                about = challenge.closeTo(s.entry());
            }
            if (about != null) {
                reasons.add(about);
                reasons.addAll(challenge.besides(about, s.reasons(), s.entry()));
            } else {
                reasons.addAll(s.reasons());
            }
            // A need the paragraph states stays first; the place comes next.
            placeFirst(reasons, profile, about == null || about.text() == null || !stated.containsKey(about.text())
                    ? 0
                    : 1);
            // A collection is kept only for a reason of its own (matchWithCollections); a resource has one when one is
            // true of the profile.
            if (!filter.equals(MatchFilter.COLLECTIONS) && reasons.stream().allMatch(MatchReason::warning)) {
                MatchReason otherwise = challenge.otherwise(s.entry());
                if (otherwise != null) {
                    reasons.add(0, otherwise);
                }
            }
            all.add(reasons);
        }
        List<Match> matches = new ArrayList<>();
        Set<String> shared = shared(all);
        for (int i = 0; i < top.size(); i++) {
            Ranker.Scored s = top.get(i);
            List<MatchReason> reasons = Ranker.fewest(distinguishingFirst(all.get(i), shared));
            matches.add(new Match(s.entry().id(), titles.getOrDefault(s.entry().id(), s.entry().id()), s.entry().type(),
                    s.entry().language(), s.entry().year(), Math.round(s.score() * 1000) / 1000.0, s.ruledOut(),
                    reasons));
        }
        return matches;
    }

    /**
     * Puts first the reason that the resource was made for the place the organization chose ("Made for organizations
     * like yours — geography: rural"): a resource made for it is about it before any topic the paragraph only
     * touches (« mentorat de groupe » that the program runs); a need the paragraph states stays first, the place
     * next ({@code at} 1).
     */
    private static void placeFirst(List<MatchReason> reasons, OrganizationProfile profile, int at) {
        if (profile.values(Ranker.PLACE).isEmpty()) {
            return;
        }
        for (int i = at + 1; i < reasons.size(); i++) {
            MatchReason reason = reasons.get(i);
            if (reason.kind() == MatchReason.Kind.FIT && Ranker.PLACE.equals(reason.facet())) {
                reasons.remove(i);
                reasons.add(at, reason);
                return;
            }
        }
    }

    /**
     * A reason for that this share of the cards or more give (with {@link #SHARED_FROM_CARDS} cards or more) says
     * nothing of why one card rather than another: "It is about early adolescents (11 to 14)" on nearly every card.
     */
    static final double SHARED_SHARE = 0.75;
    static final int SHARED_FROM_CARDS = 3;

    /** The reasons for that most of the cards give, by their words. */
    static Set<String> shared(List<List<MatchReason>> cards) {
        if (cards.size() < SHARED_FROM_CARDS) {
            return Set.of();
        }
        Map<String, Integer> cardsWith = new HashMap<>();
        for (List<MatchReason> card : cards) {
            card.stream().filter(r -> !r.warning()).map(MatchReason::explanation).distinct().forEach(e -> cardsWith
                    .merge(e, 1, Integer::sum));
        }
        Set<String> shared = new HashSet<>();
        cardsWith.forEach((explanation, n) -> {
            if (n >= SHARED_SHARE * cards.size()) {
                shared.add(explanation);
            }
        });
        return shared;
    }

    /**
     * The card's reasons with those most cards share after the others, each kept in its order: the card says first
     * what is its own (the need it answers, its evidence), and what every card says only when nothing else is left
     * within {@link Ranker#MAX_REASONS}.
     */
    static List<MatchReason> distinguishingFirst(List<MatchReason> reasons, Set<String> shared) {
        List<MatchReason> ordered = new ArrayList<>(reasons.stream().filter(r -> r.warning() || !shared.contains(r
                .explanation())).toList());
        ordered.addAll(reasons.stream().filter(r -> !r.warning() && shared.contains(r.explanation())).toList());
        return ordered;
    }
}
