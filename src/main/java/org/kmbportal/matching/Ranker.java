package org.kmbportal.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kmbportal.library.EvidenceDesign;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.search.CatalogEntry;

/**
 * Ranks resources for an organization, deterministically, and explains each place. A resource's score combines how
 * well it answers the organization's challenges, how much it shares the organization's topics, program models,
 * populations and settings, whether its {@code applies_when} fits the organization's context, the strength of its
 * evidence, and its language. A resource whose conditions rule the organization out drops far down, with the reason
 * shown; one studied in other settings or program models carries a transferability warning.
 */
public final class Ranker {

    static final double CHALLENGE = 0.35;
    static final double OVERLAP = 0.30;
    static final double CONTEXT = 0.15;
    static final double EVIDENCE = 0.10;
    static final double LANGUAGE = 0.10;
    static final double RULED_OUT = 0.2;
    static final double TRANSFER_WARNING = 0.9;
    static final double OTHER_LANGUAGE = 0.3;
    static final double GUIDE_EVIDENCE = 0.7;
    static final double CHALLENGE_REASON_FROM = 0.3;

    /** The dimensions a resource and an organization can share, with their weight in the overlap. */
    static final Map<String, Double> OVERLAPS = Map.of("topics", 0.45, "program_models", 0.25, "populations", 0.20,
            "settings", 0.10);

    /** A scored resource before titles and challenge words are attached. */
    record Scored(CatalogEntry entry, double score, boolean ruledOut, boolean challenged, List<MatchReason> reasons) {
    }

    private final Taxonomy taxonomy;
    private final Wording words;

    public Ranker(Taxonomy taxonomy, String language) {
        this.taxonomy = taxonomy;
        this.words = new Wording(taxonomy, language);
    }

    /** Every candidate scored, best first; resources the profile's language has a translation of appear once. */
    List<Scored> rank(List<CatalogEntry> catalog, Map<String, Float> relevance, OrganizationProfile profile) {
        Set<String> readable = new HashSet<>();
        catalog.stream().filter(e -> e.language().equals(profile.language()))
                .forEach(e -> readable.add(e.translationGroup()));
        List<Scored> scored = new ArrayList<>();
        for (CatalogEntry entry : catalog) {
            if ("collection".equals(entry.type())
                    || (!entry.language().equals(profile.language()) && readable.contains(entry.translationGroup()))) {
                continue;
            }
            scored.add(score(entry, relevance.getOrDefault(entry.id(), 0f), profile));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.entry().id()));
        return scored;
    }

    Scored score(CatalogEntry entry, double challenge, OrganizationProfile profile) {
        List<MatchReason> fits = new ArrayList<>();
        List<MatchReason> warnings = new ArrayList<>();
        boolean ruledOut = false;
        int judged = 0;
        int fitting = 0;
        for (var condition : entry.conditions().entrySet()) {
            List<String> theirs = profile.values(condition.getKey());
            if (theirs.isEmpty()) {
                continue;
            }
            judged++;
            if (theirs.stream().anyMatch(condition.getValue()::contains)) {
                fitting++;
                fits.add(new MatchReason(MatchReason.Kind.FIT, condition.getKey(), null, words.say("match.reason.fits",
                        words.facet(condition.getKey()), words.values(condition.getKey(), theirs))));
            } else {
                ruledOut = true;
                warnings.add(new MatchReason(MatchReason.Kind.WARNING, condition.getKey(), null, words.say(
                        "match.warning.ruledOut", Wording.inSentence(words.facet(condition.getKey())),
                        words.values(condition.getKey(), condition.getValue()),
                        words.values(condition.getKey(), theirs))));
            }
        }
        double context = judged == 0 ? 0.5 : (double) fitting / judged;

        double overlap = 0;
        double weights = 0;
        for (var dimension : OVERLAPS.entrySet()) {
            List<String> theirs = profile.values(dimension.getKey());
            if (theirs.isEmpty()) {
                continue;
            }
            weights += dimension.getValue();
            List<String> shared = theirs.stream().filter(entry.terms(dimension.getKey())::contains).toList();
            if (!shared.isEmpty()) {
                overlap += dimension.getValue() * Math.min(1, (double) shared.size() / Math.min(theirs.size(), 2));
                fits.add(new MatchReason(MatchReason.Kind.FIT, dimension.getKey(), null, words.say(
                        "match.reason." + dimension.getKey(), words.values(dimension.getKey(), shared))));
            } else if (transferMatters(dimension.getKey()) && !entry.terms(dimension.getKey()).isEmpty()) {
                warnings.add(new MatchReason(MatchReason.Kind.WARNING, dimension.getKey(), null, words.say(
                        "match.warning." + dimension.getKey(),
                        words.values(dimension.getKey(), entry.terms(dimension.getKey())),
                        words.values(dimension.getKey(), theirs))));
            }
        }
        overlap = weights == 0 ? 0 : overlap / weights;

        double evidence = evidence(entry);
        List<MatchReason> reasons = new ArrayList<>(fits);
        if (evidence >= 0.9) {
            reasons.add(new MatchReason(MatchReason.Kind.EVIDENCE, "design", null,
                    words.say("match.reason.evidence", words.design(entry.design()))));
        }
        boolean sameLanguage = entry.language().equals(profile.language());
        if (!sameLanguage) {
            warnings.add(new MatchReason(MatchReason.Kind.WARNING, "language", null,
                    words.say("match.warning.language." + entry.language())));
        }
        reasons.addAll(warnings);

        double score = CHALLENGE * challenge + OVERLAP * overlap + CONTEXT * context + EVIDENCE * evidence
                + LANGUAGE * (sameLanguage ? 1 : OTHER_LANGUAGE);
        long transferWarnings = warnings.stream().filter(w -> w.facet() != null && transferMatters(w.facet())).count();
        score *= Math.pow(TRANSFER_WARNING, transferWarnings);
        if (ruledOut) {
            score *= RULED_OUT;
        }
        return new Scored(entry, score, ruledOut, challenge >= CHALLENGE_REASON_FROM, reasons);
    }

    /** Settings and program models limit how far evidence transfers; topics and populations only add relevance. */
    private static boolean transferMatters(String dimension) {
        return dimension.equals("settings") || dimension.equals("program_models");
    }

    private static double evidence(CatalogEntry entry) {
        if (!"research-summary".equals(entry.type())) {
            return GUIDE_EVIDENCE;
        }
        return EvidenceDesign.fromKey(entry.design()).map(EvidenceDesign::strength).orElse(0.5);
    }

    /** The reason for a resource that speaks to the organization's challenges, naming the words it speaks to. */
    MatchReason challengeReason(List<String> matchedWords) {
        String text = String.join(", ", matchedWords);
        return new MatchReason(MatchReason.Kind.CHALLENGE, null, text, matchedWords.isEmpty()
                ? words.say("match.reason.challengeGeneral")
                : words.say("match.reason.challenge", text));
    }

    Taxonomy taxonomy() {
        return taxonomy;
    }
}
