package org.kmbportal.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.kmbportal.library.LibraryService;

/**
 * The editors' reports on resources: the most and least useful by readers' answers on resource pages, the answers
 * about matches of the organization page, and the uses organizations reported (who only when they agreed). Called
 * through {@link InsightReports}, which checks the caller.
 */
@ApplicationScoped
public class FeedbackReports {

    static final int COMMENTS_PER_RESOURCE = 5;
    static final int LINES_PER_RESOURCE = 20;

    @Inject
    EntityManager em;

    @Inject
    LibraryService library;

    /** The four lists of the insight page's resource part. */
    public record Report(List<ResourceFeedback> mostUseful, List<ResourceFeedback> leastUseful,
            List<ResourceFeedback> matching, List<UptakeSummary> uptake) {
    }

    private static final class Tally {
        long useful;
        long notUseful;
        Double meanRank;
        final Map<String, long[]> reasons = new LinkedHashMap<>();
        final List<ResourceFeedback.Comment> comments = new ArrayList<>();
    }

    Report report(Period period, int limit) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        em.createQuery("select f.resourceSlug, f.place, f.useful, f.reason, count(f) from ReaderFeedback f"
                + " where f.givenOn between :from and :to group by f.resourceSlug, f.place, f.useful, f.reason",
                Object[].class).setParameter("from", period.from()).setParameter("to", period.to()).getResultList()
                .forEach(r -> {
                    Tally tally = tallies.computeIfAbsent(r[0] + "|" + r[1], k -> new Tally());
                    long n = InsightReports.number(r[4]);
                    boolean useful = (Boolean) r[2];
                    if (useful) {
                        tally.useful += n;
                    } else {
                        tally.notUseful += n;
                    }
                    if (r[3] != null) {
                        tally.reasons.computeIfAbsent((String) r[3], k -> new long[2])[useful ? 0 : 1] += n;
                    }
                });
        em.createQuery("select f.resourceSlug, avg(f.matchRank) from ReaderFeedback f where f.place = 'match'"
                + " and f.givenOn between :from and :to group by f.resourceSlug", Object[].class)
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList()
                .forEach(r -> {
                    Tally tally = tallies.get(r[0] + "|match");
                    if (tally != null && r[1] != null) {
                        tally.meanRank = Math.round(((Number) r[1]).doubleValue() * 10) / 10.0;
                    }
                });
        em.createQuery("select f from ReaderFeedback f where f.givenOn between :from and :to and f.comment is not null"
                + " order by f.givenOn desc, f.id desc", ReaderFeedback.class).setParameter("from", period.from())
                .setParameter("to", period.to()).setMaxResults(5000).getResultList().forEach(f -> {
                    Tally tally = tallies.get(f.getResourceSlug() + "|" + f.getPlace());
                    if (tally != null && tally.comments.size() < COMMENTS_PER_RESOURCE) {
                        tally.comments.add(new ResourceFeedback.Comment(f.getGivenOn(), f.isUseful(), f.getReason(),
                                f.getComment()));
                    }
                });
        List<Uptake> uses = em.createQuery("select u from Uptake u left join fetch u.account left join fetch"
                + " u.organization where u.recordedOn between :from and :to order by u.recordedOn desc, u.id desc",
                Uptake.class).setParameter("from", period.from()).setParameter("to", period.to()).getResultList();

        Set<String> slugs = new HashSet<>();
        tallies.keySet().forEach(k -> slugs.add(k.substring(0, k.indexOf('|'))));
        uses.forEach(u -> slugs.add(u.getResourceSlug()));
        Map<String, String> titles = new HashMap<>();
        library.find(List.copyOf(slugs)).forEach(r -> titles.put(r.getSlug(), r.getTitle()));

        List<ResourceFeedback> onPages = new ArrayList<>();
        List<ResourceFeedback> asMatches = new ArrayList<>();
        tallies.forEach((key, t) -> {
            String slug = key.substring(0, key.indexOf('|'));
            String place = key.substring(key.indexOf('|') + 1);
            List<ResourceFeedback.ReasonCount> reasons = new ArrayList<>();
            t.reasons.forEach((reason, c) -> reasons.add(new ResourceFeedback.ReasonCount(reason, c[0], c[1])));
            reasons.sort(Comparator.comparingLong((ResourceFeedback.ReasonCount c) -> c.useful() + c.notUseful())
                    .reversed());
            ResourceFeedback row = new ResourceFeedback(slug, titles.getOrDefault(slug, slug), place, t.useful,
                    t.notUseful, t.meanRank, reasons, List.copyOf(t.comments));
            (place.equals("match") ? asMatches : onPages).add(row);
        });
        List<ResourceFeedback> most = onPages.stream().filter(r -> r.useful() > 0)
                .sorted(Comparator.comparingLong(ResourceFeedback::useful).reversed()
                        .thenComparing(Comparator.comparingDouble(ResourceFeedback::usefulShare).reversed())
                        .thenComparing(ResourceFeedback::id))
                .limit(limit).toList();
        List<ResourceFeedback> least = onPages.stream().filter(r -> r.notUseful() > 0)
                .sorted(Comparator.comparingLong(ResourceFeedback::notUseful).reversed()
                        .thenComparingDouble(ResourceFeedback::usefulShare).thenComparing(ResourceFeedback::id))
                .limit(limit).toList();
        List<ResourceFeedback> matching = asMatches.stream()
                .sorted(Comparator.comparingLong(ResourceFeedback::answers).reversed()
                        .thenComparing(ResourceFeedback::id))
                .limit(limit).toList();
        return new Report(most, least, matching, uptake(uses, titles, limit));
    }

    private static List<UptakeSummary> uptake(List<Uptake> uses, Map<String, String> titles, int limit) {
        Map<String, List<Uptake>> bySlug = new LinkedHashMap<>();
        uses.forEach(u -> bySlug.computeIfAbsent(u.getResourceSlug(), k -> new ArrayList<>()).add(u));
        List<UptakeSummary> summaries = new ArrayList<>();
        bySlug.forEach((slug, list) -> summaries.add(new UptakeSummary(slug, titles.getOrDefault(slug, slug),
                list.size(), list.stream().map(u -> u.getOrganization().getId()).distinct().count(),
                list.stream().limit(LINES_PER_RESOURCE).map(FeedbackReports::line).toList())));
        summaries.sort(Comparator.comparingLong(UptakeSummary::uses).reversed().thenComparing(UptakeSummary::id));
        return summaries.stream().limit(limit).toList();
    }

    /** A reported use as editors see it: who only when the member agreed to share it. */
    static UptakeSummary.Line line(Uptake use) {
        boolean shared = use.isShareIdentity();
        return new UptakeSummary.Line(use.getUsedOn(), use.getLine(),
                shared && use.getAccount() != null ? use.getAccount().getDisplayName() : null,
                shared ? use.getOrganization().getName() : null);
    }
}
