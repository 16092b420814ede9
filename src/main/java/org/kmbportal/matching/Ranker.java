package org.kmbportal.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.kmbportal.library.EvidenceDesign;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.search.CatalogEntry;

/**
 * Ranks resources for an organization, deterministically, and explains each place. A resource's score combines how
 * well it answers the organization's challenges, how much it shares the organization's topics, program models,
 * populations and settings, whether its {@code applies_when} fits the organization's context, the strength of its
 * evidence, and its language. A resource whose conditions rule the organization out drops far down, with the reason
 * shown; one studied in other settings or program models carries a transferability warning. A context inside its
 * {@code cautions_when} adds a caution reason and leaves the score as it is ({@link Cautions}).
 */
public final class Ranker {

    static final double CHALLENGE = 0.35;
    /**
     * The weight of the challenges for a long paragraph ({@link ChallengeRelevance#isLong}): it says more about what
     * the organization needs than its ticked fields do. On the tuning profiles of 100 words or more, nDCG@5 0.595 at
     * 0.45, against 0.537 at 0.35 (the short ones' weight), 0.597 at 0.5, 0.588 at 0.6, 0.587 at 0.7; at 0.5 one
     * generated paragraph about refugee teens got a study of teens in general first, by 0.001, ahead of those about
     * refugee youth (NamedGroupsMatchingTest).
     */
    static final double LONG_CHALLENGE = 0.45;
    static final double OVERLAP = 0.30;
    static final double CONTEXT = 0.15;
    static final double EVIDENCE = 0.10;
    static final double LANGUAGE = 0.10;
    static final double MADE_FOR = 0.03;
    static final int MADE_FOR_FULL = 2;
    static final double RULED_OUT = 0.2;
    static final double TRANSFER_WARNING = 0.9;
    static final double OTHER_LANGUAGE = 0.3;
    static final double GUIDE_EVIDENCE = 0.7;
    static final double CHALLENGE_REASON_FROM = 0.3;
    /**
     * What a resource tagged with no value of a shared dimension (most guides name no population or setting: they are
     * for any) earns of that dimension, times the square of how common the organization's values of it are in the
     * library ({@link Wanted#common}): "children" or "community" are on most studies, so a guide for anyone fits an
     * organization serving children nearly as well as a study of children; "justice-involved youth" is on a few
     * resources, and a guide for anyone fits it far less than a study of them. On the tuning profiles (nDCG@5, 34
     * profiles) 0.727 at 0.75, against 0.718 before (0); with the commonness not squared, 0.719 at 0.5, 0.726 at 0.75,
     * 0.721 at 1.0, but a guide then passed the second study of a group a paragraph names (NamedGroupsMatchingTest);
     * an equal credit whatever the values (0.25 to 1) gave 0.689 to 0.717: it lifts a guide over the studies of a
     * named group as much as over those of children in general.
     */
    static final double UNTAGGED = 0.75;
    /**
     * The context facet that says where a program runs. A resource made for the organization's place (a guide for
     * rural and remote communities, for a program that chose Rural) when no resource in the reader's language is made
     * for it keeps its whole language share: the reader has no such resource to read instead, and its card says it is
     * in another language. The same French paragraph ranked the rural guide 2nd on the English page and 11th on the
     * French one. Waiving the share for every context answer the resource was made for (no evaluation capacity,
     * short-term funding) raised the tuning set (0.728 to 0.736) and lowered the held-out one (0.737 to 0.731, French
     * 0.695 to 0.676): those answers have resources in the reader's language, or are not what the resource is about.
     * With the place alone, the tuning set 0.732 (French 0.719 to 0.730).
     */
    static final String PLACE = "geography";

    /**
     * The dimensions a resource and an organization can share, with their weight in the overlap, in this order: the
     * overlap is summed and reasons are listed in it, so it must not change between starts ({@code Map.of}'s did).
     */
    static final Map<String, Double> OVERLAPS = overlaps();

    private static Map<String, Double> overlaps() {
        Map<String, Double> overlaps = new LinkedHashMap<>();
        overlaps.put("topics", 0.45);
        overlaps.put("program_models", 0.25);
        overlaps.put("populations", 0.20);
        overlaps.put("settings", 0.10);
        return Collections.unmodifiableMap(overlaps);
    }

    /** A scored resource before titles and challenge words are attached. */
    record Scored(CatalogEntry entry, double score, boolean ruledOut, boolean challenged, List<MatchReason> reasons) {
    }

    private final Taxonomy taxonomy;
    private final Wording words;
    private final Cautions cautions;
    private final NamedGroups groups;
    private final NamedPlaces places;
    /** How many items of the catalog last ranked carry each value of each shared dimension. */
    private volatile CatalogValueCounts counts = CatalogValueCounts.NONE;

    public Ranker(Taxonomy taxonomy, String language) {
        this.taxonomy = taxonomy;
        this.words = new Wording(taxonomy, language);
        this.cautions = new Cautions(words);
        this.groups = new NamedGroups(taxonomy);
        this.places = new NamedPlaces(taxonomy);
    }

    /** Every candidate scored, best first; resources the profile's language has a translation of appear once. */
    List<Scored> rank(List<CatalogEntry> catalog, Map<String, Float> relevance, OrganizationProfile profile) {
        return rank(catalog, relevance, profile, Integer.MAX_VALUE);
    }

    /**
     * The best {@code limit} resources with their reasons. Every resource is scored first without putting its
     * reasons into words (the costly part on a large library); the wording is done for the best ones only, and gives
     * them the same scores.
     */
    List<Scored> rank(List<CatalogEntry> catalog, Map<String, Float> relevance, OrganizationProfile profile,
            int limit) {
        return rank(catalog, relevance, profile, limit, MatchFilter.ALL);
    }

    /** The best {@code limit} resources of those the filter accepts. */
    List<Scored> rank(List<CatalogEntry> catalog, Map<String, Float> relevance, OrganizationProfile profile,
            int limit, MatchFilter filter) {
        Set<String> readable = new HashSet<>();
        for (CatalogEntry e : catalog) {
            if (e.language().equals(profile.language())) {
                readable.add(e.translationGroup());
            }
        }
        return rank(catalog, readable, relevance, profile, limit, filter);
    }

    /**
     * @param readable
     *            the translation groups of the items that have a version in the profile's language: only that
     *            version of them takes part
     */
    List<Scored> rank(List<CatalogEntry> catalog, Set<String> readable, Map<String, Float> relevance,
            OrganizationProfile profile, int limit, MatchFilter filter) {
        Wanted wanted = new Wanted(profile, groups, places, counts(catalog));
        CatalogLayout laid = layout(catalog);
        float[] challenges = laid.challenges(relevance);
        // The best `limit` so far, the worst of them on top (all of them when no limit).
        PriorityQueue<Scored> kept = new PriorityQueue<>(ORDER.reversed());
        // Matching passes the catalog as the reader's language offers it, with no group left to look up (a profile
        // charged 9% of a match to looking up entries' groups in the empty set: bench/README.md, stop 41).
        boolean anyReadable = !readable.isEmpty();
        for (int at = 0; at < laid.entries.length; at++) {
            CatalogEntry entry = laid.entries[at];
            if (!filter.acceptsType(entry.type()) || (anyReadable && !entry.language().equals(profile.language())
                    && readable.contains(entry.translationGroup()))) {
                continue;
            }
            Scored candidate = score(entry, challenges[at], profile, wanted, false, laid, at);
            if (!filter.accepts(candidate)) {
                continue;
            }
            if (kept.size() < limit) {
                kept.add(candidate);
            } else if (ORDER.compare(candidate, kept.peek()) < 0) {
                kept.poll();
                kept.add(candidate);
            }
        }
        List<Scored> scored = new ArrayList<>(kept);
        scored.sort(ORDER);
        List<Scored> best = new ArrayList<>(scored.size());
        for (Scored s : scored) {
            best.add(score(s.entry(), relevance.getOrDefault(s.entry().id(), 0f), profile, wanted, true, null, -1));
        }
        return best;
    }

    /**
     * The catalog's value counts, counted once per catalog: the search keeps one list per index refresh and language,
     * so a match counts nothing and a refresh costs one pass over the catalog's terms.
     */
    private CatalogValueCounts counts(List<CatalogEntry> catalog) {
        CatalogValueCounts known = counts;
        if (known.catalog() != catalog) {
            known = CatalogValueCounts.of(catalog, OVERLAPS.keySet());
            counts = known;
        }
        return known;
    }

    /** The catalog laid out for ranking, once per catalog as the counts are. */
    private volatile CatalogLayout layout = CatalogLayout.NONE;

    private CatalogLayout layout(List<CatalogEntry> catalog) {
        CatalogLayout known = CatalogLayout.of(catalog, List.copyOf(OVERLAPS.keySet()), layout);
        layout = known;
        return known;
    }

    /** The groups (populations, settings) the paragraph names, as {@link Wanted} reads them. */
    Map<String, List<String>> named(String text, String language) {
        return groups.in(TimeInTheParagraph.read(text), language);
    }

    private static final Comparator<Scored> ORDER = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(s -> s.entry().id());

    Scored score(CatalogEntry entry, double challenge, OrganizationProfile profile) {
        return score(entry, challenge, profile, new Wanted(profile, groups, places, CatalogValueCounts.NONE), true,
                null, -1);
    }

    /**
     * The score, and with {@code explain} the reasons in words (the score is the same either way).
     *
     * @param laid
     *            the catalog laid out, the entry at {@code at} in it (null: the entry's own terms and evidence)
     */
    private Scored score(CatalogEntry entry, double challenge, OrganizationProfile profile, Wanted wanted,
            boolean explain, CatalogLayout laid, int at) {
        List<MatchReason> fits = explain ? new ArrayList<>() : List.of();
        List<MatchReason> warnings = explain ? new ArrayList<>() : List.of();
        // The values each "made for organizations like yours" reason states: a card says one value once.
        Map<String, List<String>> fitValues = explain ? new java.util.HashMap<>() : Map.of();
        boolean ruledOut = false;
        int transferWarnings = 0;
        int judged = 0;
        int fitting = 0;
        boolean onlyForItsPlace = false;
        for (var condition : entry.conditions().entrySet()) {
            List<String> theirs = wanted.values(condition.getKey());
            if (theirs.isEmpty()) {
                continue;
            }
            boolean meets = anyIn(theirs, condition.getValue());
            if (!meets && wanted.saidFacets.contains(condition.getKey())) {
                continue;
            }
            judged++;
            if (meets) {
                fitting++;
                onlyForItsPlace |= PLACE.equals(condition.getKey()) && !wanted.saidFacets.contains(PLACE)
                        && theirs.stream().anyMatch(v -> condition.getValue().contains(v) && !wanted.placesInLanguage
                                .contains(v));
                if (explain) {
                    // Only the organization's values the resource was made for: « mentorat de groupe », not also
                    // the one-to-one mentoring it runs beside it.
                    List<String> met = theirs.stream().filter(condition.getValue()::contains).toList();
                    fitValues.put(condition.getKey(), met);
                    fits.add(new MatchReason(MatchReason.Kind.FIT, condition.getKey(), null, words.say(
                            "match.reason.fits", Wording.inSentence(words.facet(condition.getKey())),
                            words.values(condition.getKey(), met))));
                }
            } else {
                ruledOut = true;
                transferWarnings += transferMatters(condition.getKey()) ? 1 : 0;
                if (explain) {
                    warnings.add(new MatchReason(MatchReason.Kind.WARNING, condition.getKey(), null, words.say(
                            "match.warning.ruledOut", Wording.inSentence(words.facet(condition.getKey())),
                            words.values(condition.getKey(), condition.getValue()),
                            words.values(condition.getKey(), theirs))));
                }
            }
        }
        double context = judged == 0 ? 0.5 : (double) fitting / judged;
        if (explain) {
            warnings.addAll(cautions.reasons(entry.cautions(), profile));
        }

        double overlap = 0;
        double weights = 0;
        int saidFits = 0;
        for (int d = 0; d < Wanted.DIMENSIONS.size(); d++) {
            Map.Entry<String, Double> dimension = Wanted.DIMENSIONS.get(d);
            List<String> theirs = wanted.byDimension.get(d);
            if (theirs.isEmpty()) {
                continue;
            }
            weights += dimension.getValue();
            List<String> offered = laid == null ? entry.terms(dimension.getKey()) : laid.terms(d, at);
            int sharedCount = 0;
            for (String value : theirs) {
                sharedCount += offered.contains(value) ? 1 : 0;
            }
            if (sharedCount > 0) {
                overlap += dimension.getValue() * Math.min(1, (double) sharedCount / Math.min(theirs.size(), 2));
                List<String> shared = explain ? theirs.stream().filter(offered::contains).toList() : List.of();
                // What a "made for organizations like yours" reason already states is not said again as shared.
                if (explain && !fitValues.getOrDefault(dimension.getKey(), List.of()).containsAll(shared)) {
                    boolean said = wanted.fromParagraph.get(d);
                    // What the paragraph names comes first: it is what the organization wrote about itself.
                    fits.add(said ? saidFits++ : fits.size(), new MatchReason(MatchReason.Kind.FIT, dimension
                            .getKey(), null,
                            words.sayValues("match.reason." + dimension.getKey() + (said ? ".said" : ""),
                                    dimension.getKey(), shared)));
                }
            } else if (offered.isEmpty()) {
                overlap += dimension.getValue() * UNTAGGED * wanted.common[d] * wanted.common[d];
            } else if (transferMatters(dimension.getKey())) {
                transferWarnings++;
                if (explain) {
                    warnings.add(new MatchReason(MatchReason.Kind.WARNING, dimension.getKey(), null, words.say(
                            "match.warning." + dimension.getKey(),
                            words.values(dimension.getKey(), entry.terms(dimension.getKey())),
                            words.values(dimension.getKey(), theirs))));
                }
            }
        }
        overlap = weights == 0 ? 0 : overlap / weights;

        double evidence = laid == null ? evidence(entry) : laid.evidence[at];
        List<MatchReason> reasons = explain ? new ArrayList<>(fits) : List.of();
        if (explain && evidence >= 0.9) {
            reasons.add(new MatchReason(MatchReason.Kind.EVIDENCE, "design", null,
                    words.say("match.reason.evidence", words.design(entry.design()))));
        }
        boolean sameLanguage = entry.language().equals(profile.language());
        if (explain && !sameLanguage) {
            warnings.add(new MatchReason(MatchReason.Kind.WARNING, "language", null,
                    words.say("match.warning.language." + entry.language())));
        }
        if (explain) {
            reasons.addAll(warnings);
        }

        // Made for organizations like this one: each condition of applies_when the organization meets, up to
        // MADE_FOR_FULL of them, counts beside the evidence (a guide for small rural programs with high turnover
        // helps such a program more with its turnover than a meta-analysis of whether mentoring works).
        double madeFor = Math.min(1.0, (double) fitting / MADE_FOR_FULL);
        double score = (wanted.longParagraph ? LONG_CHALLENGE : CHALLENGE) * challenge + OVERLAP * overlap
                + CONTEXT * context + EVIDENCE * evidence
                + LANGUAGE * (sameLanguage || onlyForItsPlace ? 1 : OTHER_LANGUAGE) + MADE_FOR * madeFor;
        score *= Math.pow(TRANSFER_WARNING, transferWarnings);
        if (ruledOut) {
            score *= RULED_OUT;
        }
        return new Scored(entry, score, ruledOut, challenge >= CHALLENGE_REASON_FROM, reasons);
    }

    private static boolean anyIn(List<String> theirs, List<String> values) {
        for (String value : theirs) {
            if (values.contains(value)) {
                return true;
            }
        }
        return false;
    }

    /** Settings and program models limit how far evidence transfers; topics and populations only add relevance. */
    private static boolean transferMatters(String dimension) {
        return dimension.equals("settings") || dimension.equals("program_models");
    }

    static double evidence(CatalogEntry entry) {
        if (!"research-summary".equals(entry.type())) {
            return GUIDE_EVIDENCE;
        }
        return EvidenceDesign.fromKey(entry.design()).map(EvidenceDesign::strength).orElse(0.5);
    }

    /** How many reasons for a resource a reader gets at most, and how many warnings. */
    static final int MAX_REASONS = 3;
    static final int MAX_WARNINGS = 2;

    /**
     * The reasons a reader reads: the first three for (the challenge first, then the fit, the shared terms, the
     * evidence) and the first two warnings or cautions, each kept in its order.
     */
    static List<MatchReason> fewest(List<MatchReason> reasons) {
        List<MatchReason> kept = new ArrayList<>();
        int reasonsFor = 0;
        int warnings = 0;
        for (MatchReason reason : reasons) {
            if (reason.warning() ? warnings++ < MAX_WARNINGS : reasonsFor++ < MAX_REASONS) {
                kept.add(reason);
            }
        }
        return kept;
    }

    Taxonomy taxonomy() {
        return taxonomy;
    }
}
