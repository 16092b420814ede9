package org.kmbportal.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kmbportal.library.Taxonomy;
import org.kmbportal.search.CatalogEntry;

/**
 * The reason for a resource that speaks to the organization's challenges, in the reader's language. It says the
 * organization named a topic "as a challenge" only when a part of its paragraph that states a problem or a need names
 * it ({@link StatedNeeds}): "About match closure, which you named as a challenge". A topic the paragraph names only
 * in describing the organization is said as what it is: the model it runs ("About group mentoring, the model you
 * run", when the profile's program models include it), else a topic it wrote about ("About e-mentoring, which you
 * wrote about"). When the paragraph names none of the resource's topics (it matched their words), the reason says
 * what the resource is about ("Close to what you wrote: it is about mentor training"), the topic whose label words of
 * its own the paragraph uses most, never claiming the organization named it; when it uses none ("mentoring", "youth"
 * or "school" as a place are every label's or no topic's), none: the card gives its other reasons, else what the
 * resource is about ({@link #otherwise}) ("Close to what you wrote." alone named nothing); a general sentence only
 * for a resource without topics. Never the organization's own words. A topic the organization ticked is said once on
 * a card ({@link #besides}).
 */
final class ChallengeReasons {

    private final Taxonomy taxonomy;
    private final Wording words;
    private final OrganizationProfile profile;
    private final Map<String, Double> named;
    private final Map<String, Double> used;
    private final Map<String, Double> stated;

    /**
     * @param named
     *            each topic the paragraph names, with how clearly
     * @param used
     *            each topic with how much of its label the paragraph uses, even without naming it
     * @param stated
     *            each topic the parts of the paragraph that state a problem or a need name
     */
    ChallengeReasons(Taxonomy taxonomy, OrganizationProfile profile, Map<String, Double> named,
            Map<String, Double> used, Map<String, Double> stated) {
        this.taxonomy = taxonomy;
        this.words = new Wording(taxonomy, profile.language());
        this.profile = profile;
        this.named = named;
        this.used = used;
        this.stated = stated;
    }

    /**
     * From what relevance to the paragraph ({@link ChallengeRelevance}, the best about 1) a resource that answers none
     * of the topics it names is said to be "close to what you wrote": below, it shares a few words with the paragraph,
     * and the card says nothing of the paragraph. On 16 generated paragraphs about volunteers who drop out
     * (CloseToWhatYouWroteTest), a study of same-race and cross-race matches was at 0.55 to 0.56 four times and 0.74
     * once; the guides on pre-match training and screening at 0.7 and above; the relevance of the top 20 spans 0.37
     * to 1.
     */
    static final double CLOSE_FROM = 0.6;

    /**
     * The reason that speaks to the paragraph, or null when the resource answers none of the topics it names and is
     * not close enough to it to say so ({@link #CLOSE_FROM}).
     *
     * @param relevance
     *            the resource's relevance to the paragraph
     * @param closeFrom
     *            from what relevance it is said close ({@link #CLOSE_FROM} for a resource)
     */
    MatchReason of(CatalogEntry entry, double relevance, double closeFrom) {
        List<String> topics = entry.terms("topics");
        // Of the resource's topics the needs name, the one it is most about (its topics come in that order): a study
        // of sustainability tagged with evaluation too is said to be about sustainability when both are named.
        String challenge = firstOf(topics, stated);
        if (challenge != null) {
            return topicReason("match.reason.challengeTopic", challenge);
        }
        // A topic the organization ticked is said on the card as one it wants to work on: not again as one it wrote
        // about, nor what the resource is close to.
        List<String> unticked = topics.stream().filter(t -> !profile.values("topics").contains(t)).toList();
        String described = mostOf(unticked, named);
        if (described != null) {
            return topicReason(runs(described) ? "match.reason.challengeModel" : "match.reason.challengeWritten",
                    described);
        }
        if (relevance < closeFrom) {
            return null;
        }
        if (!topics.isEmpty()) {
            String about = mostOf(unticked, used);
            if (about == null) {
                // The paragraph uses none of its label words: "Close to what you wrote." alone names nothing, and no
                // topic of it is close to what was written; the card says what else it has ({@link #otherwise}).
                return null;
            }
            return new MatchReason(MatchReason.Kind.CHALLENGE, "challenges", null, words.say(
                    "match.reason.challengeAbout", words.values("topics", List.of(about))));
        }
        return new MatchReason(MatchReason.Kind.CHALLENGE, "challenges", null,
                words.say("match.reason.challengeGeneral"));
    }

    /**
     * The reason a collection close in meaning to the paragraph is shown when the paragraph uses none of its topics'
     * words: close to what was written, and what it is about (its topic the paragraph's words come nearest to, else
     * its first); a collection is shown only for a reason that speaks to the paragraph, and meaning is one.
     */
    MatchReason closeTo(CatalogEntry entry) {
        List<String> topics = entry.terms("topics");
        if (topics.isEmpty()) {
            return new MatchReason(MatchReason.Kind.CHALLENGE, "challenges", null, words.say(
                    "match.reason.challengeGeneral"));
        }
        String about = mostOf(topics, used);
        return new MatchReason(MatchReason.Kind.CHALLENGE, "challenges", null, words.say(
                "match.reason.challengeAbout", words.values("topics", List.of(about == null
                        ? topics.get(0)
                        : about))));
    }

    /**
     * The reason for a resource that has none other (it shares nothing the form asks with the organization and is
     * not close enough to the paragraph to say so): what it is about, by its topic whose label words of its own the
     * paragraph uses most; a resource without topics is said to be general. Null when the paragraph uses no word of
     * its topics: a reason is true of what the organization wrote or answered, or left out.
     */
    MatchReason otherwise(CatalogEntry entry) {
        List<String> topics = entry.terms("topics");
        if (topics.isEmpty()) {
            return new MatchReason(MatchReason.Kind.FIT, null, null, words.say("match.reason.general"));
        }
        String about = mostOf(topics, used);
        // "About match support." of a topic the organization neither ticked nor wrote a word of says nothing true
        // of it: the card then gives no reason rather than one that reads as about them.
        return about == null ? null : topicReason("match.reason.about", about, MatchReason.Kind.FIT);
    }

    /**
     * The resource's other reasons, without the topic the challenge reason names: one topic is said once on a card.
     * Named as a challenge, a ticked topic is left out of "which you want to work on" (the organization's own words
     * of a problem say more than a tick); that reason goes when it named no other topic.
     */
    List<MatchReason> besides(MatchReason challenge, List<MatchReason> reasons, CatalogEntry entry) {
        String topic = challenge.text();
        if (topic == null || !profile.values("topics").contains(topic)) {
            return reasons;
        }
        List<String> offered = entry.terms("topics");
        List<String> rest = profile.values("topics").stream().filter(t -> offered.contains(t) && !t.equals(topic))
                .toList();
        List<MatchReason> kept = new ArrayList<>();
        for (MatchReason reason : reasons) {
            if (reason.kind() != MatchReason.Kind.FIT || !"topics".equals(reason.facet())) {
                kept.add(reason);
            } else if (!rest.isEmpty()) {
                kept.add(new MatchReason(MatchReason.Kind.FIT, "topics", null, words.sayValues("match.reason.topics",
                        "topics", rest)));
            }
        }
        return kept;
    }

    private MatchReason topicReason(String key, String topic) {
        return topicReason(key, topic, MatchReason.Kind.CHALLENGE);
    }

    private MatchReason topicReason(String key, String topic, MatchReason.Kind kind) {
        return new MatchReason(kind, "topics", topic, words.say(key, words.values("topics", List.of(topic))));
    }

    /**
     * Whether the topic is a program model the organization says it runs: the words of the model's label that are its
     * own (not "mentoring", which most models' labels share) are all in the topic's ("Group mentoring" and "Group
     * mentoring", "Youth-initiated mentoring" and "Natural and youth-initiated mentoring").
     */
    private boolean runs(String topic) {
        Set<String> topicWords = labelWords("topics", topic);
        var models = taxonomy.vocabulary("program_models");
        if (models.isEmpty()) {
            return false;
        }
        Map<String, Integer> shared = new HashMap<>();
        models.get().terms().forEach(t -> labelWords("program_models", t.key()).forEach(w -> shared.merge(w, 1,
                Integer::sum)));
        int common = models.get().terms().size() / 2;
        for (String model : profile.values("program_models")) {
            Set<String> own = new HashSet<>(labelWords("program_models", model));
            own.removeIf(w -> shared.getOrDefault(w, 0) > common);
            if (!own.isEmpty() && topicWords.containsAll(own)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> labelWords(String vocabulary, String key) {
        return Set.of(taxonomy.label(vocabulary, key, "en").toLowerCase(Locale.ROOT).split("\\s+"));
    }

    /** The first of the topics weighed above 0; null when none is. */
    private static String firstOf(List<String> topics, Map<String, Double> weights) {
        return topics.stream().filter(t -> weights.getOrDefault(t, 0.0) > 0).findFirst().orElse(null);
    }

    /** Of the topics, the one weighed most (above 0); on a tie, the first; null when none weighs anything. */
    private static String mostOf(List<String> topics, Map<String, Double> weights) {
        String best = null;
        for (String topic : topics) {
            if (weights.getOrDefault(topic, 0.0) > (best == null ? 0.0 : weights.get(best))) {
                best = topic;
            }
        }
        return best;
    }
}
