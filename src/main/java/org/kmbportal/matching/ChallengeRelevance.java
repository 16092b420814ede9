package org.kmbportal.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.kmbportal.search.CatalogEntry;
import org.kmbportal.search.ChallengeSearch;

/**
 * How well each resource answers an organization's paragraph. What the paragraph says is no problem ("funding is not
 * an issue", « le recrutement ne pose aucun problème ») is left out of the reading, and a resource about such a topic
 * and none of the needs the paragraph states loses most of its relevance. A long paragraph (background, then several
 * needs) is read twice, whole and as its need-stating clauses alone ({@link StatedNeeds}), each counting half: read
 * whole, its background (the town, the volunteers, the ages) drowns the needs; then each of its sentences is read
 * alone, and together they reorder the best of that reading ({@link #SENTENCES_SHARE}). Parents or families who take part are
 * read as family engagement first ({@link FamilyInvolvement}).
 */
final class ChallengeRelevance {

    /** From how many words a paragraph is read whole and need by need (the short ones are mostly needs already). */
    static final int LONG_FROM = 50;
    /**
     * The share of a long paragraph's relevance that comes from its needs read alone. On the tuning profiles of 100
     * words or more (nDCG@5, with the ranking's challenge weight for long paragraphs at 0.35): 0.537 at 0.5, 0.502 at
     * 0.3, 0.529 at 0.7, 0.479 at 1.0 (needs alone), 0.461 at 0 (whole only). One query per need clause fused (by best
     * score, mean, or reciprocal rank with or without the needs read together) measured 0.48 to 0.53 and costs an
     * embedding per need; with the challenge weight at 0.5, 0.597 here against 0.582 to 0.588 for those. At stop 44,
     * each need clause's ranking fused with this mix by reciprocal rank (constant 5, the mix weighing as much as all
     * the needs) measured 0.743 on all 34 tuning profiles (0.654 on the long ones) against 0.728 (0.610), but put the
     * guides on each need before the studies of the group a paragraph names (NamedGroupsMatchingTest, 22 of 54):
     * not kept.
     */
    static final double NEEDS_SHARE = 0.5;
    /** What remains of the relevance of a resource about only topics the paragraph says are no problem. */
    static final double NO_PROBLEM = 0.3;
    /**
     * The share of a long paragraph's relevance that comes from its sentences read one by one. Each sentence is
     * searched alone (words, and meaning in English), on its own scale (its best answer 1); a resource's relevances
     * to the sentences are added up, and scaled so that the best resource gets 1. Only the first
     * {@link #SENTENCES_AMONG} resources of the whole-and-needs reading take part: the sentences decide their order
     * (a resource many sentences find rises above one that a few common words of the whole brought up), and one
     * sentence alone cannot bring up a resource the whole paragraph is not about (« trois mentors ont abandonné »
     * finds the dropout study by « abandon » alone). On the 62 tuning profiles (nDCG@5, at 0.5): 0.684 against 0.658
     * without (English 0.724 / 0.699, French 0.616 / 0.590, paragraphs of 60-99 words 0.631 / 0.589, 100 words or
     * more 0.612 / 0.576, short ones 0.805 / 0.801); 0.675 at 0.35; among the first 10 or 40, 0.672 and 0.674;
     * among all, 0.670, and a French paragraph naming refugee teens got the dropout study first
     * (NamedGroupsMatchingTest). Those figures are without the named group's protection (a paragraph naming a group
     * few resources carry: its resources only rise, the others only fall) and with collections reordered; as kept,
     * 0.676 (English 0.715, French 0.609, 60-99 words 0.623, 100+ 0.597, short 0.805), held-out 0.740 to 0.761
     * (bench/README.md, stop 56). Each sentence's relevances are squared and the sentence weighed by how much its
     * answers agree with the other sentences' ({@link #SENTENCE_POWER}, {@link #agreement}): 0.687 (stop 59).
     */
    static final double SENTENCES_SHARE = 0.5;
    /**
     * A sentence's relevance to a resource counts raised to this power: a resource a sentence is about counts, one
     * that shares a stray word or two with it hardly does. With the sentences weighed by their agreement, on the 62
     * tuning profiles (nDCG@5): 0.682 at 1.5, 0.687 at 2 and 3 (short challenges 0.807 at 2, 0.803 at 3); without
     * the weighing, 0.674 at 1, 0.680 at 2, 0.682 at 3 (bench/README.md, stop 59).
     */
    static final double SENTENCE_POWER = 2;
    /** At most this many sentences are read one by one (the first ones): one search each, and an embedding in English. */
    static final int MAX_SENTENCES = 10;
    /** How many of the whole-and-needs reading's best resources the sentences reorder. */
    static final int SENTENCES_AMONG = 20;
    /** A named group is protected from the sentences' reordering when at most this share of the catalog carries it. */
    static final double FEW_CARRY = 0.1;
    /** A sentence of fewer words is read only as part of the paragraph. */
    static final int SENTENCE_WORDS = 4;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+");

    private ChallengeRelevance() {
    }

    /** Each resource's relevance to the paragraph, from 0 to 1 (the best about 1), as {@link ChallengeSearch}. */
    static Map<String, Float> of(ChallengeSearch search, String text, String language, int max) {
        return of(search, text, language, max, Map.of());
    }

    /**
     * As {@link #of(ChallengeSearch, String, String, int)}, for a paragraph that names these groups (vocabulary to
     * terms, as {@link NamedGroups#in}): when its sentences reorder a long paragraph's best resources, they may only
     * raise the resources of a named group that few resources carry ({@link #FEW_CARRY}) and only lower the others, so
     * that the studies of the group it names stay above the guides that many of its sentences find.
     */
    static Map<String, Float> of(ChallengeSearch search, String text, String language, int max,
            Map<String, List<String>> named) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        text = ParagraphReading.read(text);
        List<String> denied = StatedNeeds.denied(text);
        String read = denied.isEmpty() ? text : StatedNeeds.withoutDenied(text);
        Map<String, Float> scores = search.relevance(read, max);
        List<String> needs = StatedNeeds.clauses(text);
        if (isLong(text) && !needs.isEmpty()) {
            scores = mix(scores, search.relevance(String.join(" ", needs), max));
        }
        if (isLong(text)) {
            scores = withSentences(scores, search, sentences(read), !named.isEmpty(), fitting(search, named));
        }
        return denied.isEmpty() ? scores : withoutNoProblems(search, scores, denied, needs, language);
    }

    /** Whether the paragraph is long enough to be read need by need, and its challenges weigh more in the ranking. */
    static boolean isLong(String text) {
        return text != null && !text.isBlank() && text.strip().split("\\s+").length >= LONG_FROM;
    }

    /** The paragraph's sentences of {@link #SENTENCE_WORDS} words or more, the first {@link #MAX_SENTENCES}. */
    static List<String> sentences(String text) {
        List<String> kept = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text.strip())) {
            if (kept.size() < MAX_SENTENCES && sentence.strip().split("\\s+").length >= SENTENCE_WORDS) {
                kept.add(sentence.strip());
            }
        }
        return kept;
    }

    /**
     * The resources of the catalog tagged with a group the paragraph names (a population or setting) that few
     * resources carry ({@link #FEW_CARRY}): « adolescents réfugiés » names teens too, and the dropout study about teens
     * is not what the paragraph's group needs first.
     */
    private static Set<String> fitting(ChallengeSearch search, Map<String, List<String>> named) {
        if (named.isEmpty()) {
            return Set.of();
        }
        List<CatalogEntry> catalog = search.catalog();
        Map<String, Set<String>> carriers = new HashMap<>();
        for (CatalogEntry entry : catalog) {
            named.forEach((vocabulary, terms) -> {
                for (String term : entry.terms(vocabulary)) {
                    if (terms.contains(term)) {
                        carriers.computeIfAbsent(vocabulary + ':' + term, t -> new HashSet<>()).add(entry.id());
                    }
                }
            });
        }
        Set<String> fit = new HashSet<>();
        carriers.values().stream().filter(c -> c.size() <= FEW_CARRY * catalog.size()).forEach(fit::addAll);
        return fit;
    }

    private static Map<String, Float> withSentences(Map<String, Float> scores, ChallengeSearch search,
            List<String> sentences, boolean named, Set<String> fit) {
        if (sentences.size() < 2) {
            return scores;
        }
        Set<String> among = new HashSet<>(scores.entrySet().stream()
                .sorted(Map.Entry.<String, Float> comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(SENTENCES_AMONG)
                .map(Map.Entry::getKey).toList());
        List<String> ids = List.copyOf(among);
        List<double[]> answers = new ArrayList<>();
        for (String sentence : sentences) {
            Map<String, Float> found = search.relevance(sentence, among);
            answers.add(ids.stream()
                    .mapToDouble(id -> Math.pow(found.getOrDefault(id, 0f), SENTENCE_POWER)).toArray());
        }
        Map<String, Float> sum = new HashMap<>();
        for (int k = 0; k < answers.size(); k++) {
            double weight = agreement(answers, k);
            double[] answer = answers.get(k);
            for (int i = 0; i < answer.length; i++) {
                if (answer[i] > 0) {
                    sum.merge(ids.get(i), (float) (weight * answer[i]), Float::sum);
                }
            }
        }
        float found = sum.values().stream().max(Float::compare).orElse(0f);
        if (found <= 0) {
            return scores;
        }
        float best = found;
        Map<String, Float> mixed = new HashMap<>();
        scores.forEach((id, s) -> mixed.merge(id, (float) ((1 - SENTENCES_SHARE) * s), Float::sum));
        sum.forEach((id, s) -> mixed.merge(id, (float) (SENTENCES_SHARE * s / best), Float::sum));
        // Collections are ranked among themselves, by their items' words: the sentences leave them as they were.
        for (CatalogEntry entry : search.catalog()) {
            if (MatchFilter.COLLECTION.equals(entry.type()) && scores.containsKey(entry.id())) {
                mixed.put(entry.id(), scores.get(entry.id()));
            }
        }
        if (!named) {
            return mixed;
        }
        // A paragraph that names a group: its sentences may only raise the group's resources and only lower the
        // others, so no guide that many sentences find passes a study of the group it did not pass before.
        Map<String, Float> kept = new HashMap<>();
        scores.forEach((id, s) -> kept.put(id, fit.contains(id)
                ? Math.max(s, mixed.get(id))
                : Math.min(s, mixed
                        .get(id))));
        return kept;
    }

    /**
     * How much the sentence {@code k} is about what the paragraph's other sentences are about: the mean cosine of its
     * answers (over the resources it reorders) with each other sentence's. A paragraph's main needs come back in
     * several sentences and find the same resources; an aside (the town, the board's meeting) finds others, or the
     * same few words' resources, and weighs less. On the 62 tuning profiles (nDCG@5, with {@link #SENTENCE_POWER}
     * 2): 0.687 against 0.680 with every sentence weighing 1 (English 0.726 / 0.720, French 0.620 / 0.612,
     * paragraphs of 60-99 words 0.661 / 0.645, 100 words or more 0.603 / 0.595); weighed by their agreement with
     * the whole reading instead (the cosine squared), 0.681.
     */
    static double agreement(List<double[]> answers, int k) {
        if (answers.size() < 2) {
            return 1;
        }
        double sum = 0;
        for (int j = 0; j < answers.size(); j++) {
            if (j != k) {
                sum += cosine(answers.get(k), answers.get(j));
            }
        }
        return sum / (answers.size() - 1);
    }

    private static double cosine(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
    }

    private static Map<String, Float> mix(Map<String, Float> whole, Map<String, Float> needs) {
        Map<String, Float> mixed = new HashMap<>();
        whole.forEach((id, s) -> mixed.merge(id, (float) ((1 - NEEDS_SHARE) * s), Float::sum));
        needs.forEach((id, s) -> mixed.merge(id, (float) (NEEDS_SHARE * s), Float::sum));
        return mixed;
    }

    private static Map<String, Float> withoutNoProblems(ChallengeSearch search, Map<String, Float> scores,
            List<String> denied, List<String> needs, String language) {
        Set<String> noProblem = search.namedTopics(String.join(" ", denied), language).keySet();
        Set<String> needed = search.namedTopics(String.join(" ", needs), language).keySet();
        if (noProblem.isEmpty()) {
            return scores;
        }
        Map<String, Float> kept = new HashMap<>(scores);
        for (CatalogEntry entry : search.catalog()) {
            List<String> topics = entry.terms("topics");
            if (kept.containsKey(entry.id()) && topics.stream().anyMatch(noProblem::contains)
                    && topics.stream().noneMatch(needed::contains)) {
                kept.computeIfPresent(entry.id(), (id, s) -> (float) (s * NO_PROBLEM));
            }
        }
        return kept;
    }
}
