package org.kmbportal.insights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Comparator;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.kmbportal.platform.AccessDenied;
import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Role;

/**
 * The editors' reports on searches: the most searched queries, the gaps (searches in vain, grouped by their
 * normalized words, with the trend against the period before), every question that found nothing as typed, and the click-through rank of each week. Editors and
 * administrators only. Counting happens in the database; only the rows shown travel.
 */
@ApplicationScoped
public class InsightReports {

    /** A search in vain: it found nothing, or (on the search page) nothing of what it found was opened. */
    static final String IN_VAIN = "s.results = 0 or (s.source = 'page' and s.openedRank is null)";
    private static final String ZERO = "sum(case when s.results = 0 then 1 else 0 end)";
    private static final String UNOPENED = "sum(case when s.results > 0 and s.source = 'page'"
            + " and s.openedRank is null then 1 else 0 end)";

    @Inject
    EntityManager em;

    @Inject
    Guard guard;

    @Inject
    FeedbackReports feedback;

    @Inject
    PendingSignals pending;

    /** Editors and administrators may read the reports; anyone else is refused. */
    public Caller requireReader() {
        Caller caller = guard.requireSignedIn();
        if (!caller.has(Role.EDITOR) && !caller.has(Role.ADMIN)) {
            throw AccessDenied.because("api.denied.insights", "The insights are for editors and administrators.");
        }
        // Every report asks this first: the searches still waiting to be written count too.
        pending.writeNow();
        return caller;
    }

    public List<TopSearch> topSearches(Period period, int limit) {
        requireReader();
        List<Object[]> rows = em.createQuery("select s.query, count(s) as n, " + ZERO + ", " + UNOPENED
                + ", sum(case when s.openedRank is not null then 1 else 0 end) from SearchSignal s"
                + " where s.searchedOn between :from and :to group by s.query order by n desc, s.query",
                Object[].class).setParameter("from", period.from()).setParameter("to", period.to())
                .setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new TopSearch((String) r[0], number(r[1]), number(r[2]), number(r[3]),
                number(r[4]))).toList();
    }

    public List<Gap> gaps(Period period, int limit) {
        requireReader();
        List<Object[]> rows = em.createQuery("select s.query, count(s), " + ZERO + ", " + UNOPENED
                + ", sum(case when " + IN_VAIN + " then 1 else 0 end) as vain from SearchSignal s"
                + " where s.searchedOn between :from and :to group by s.query"
                + " having sum(case when " + IN_VAIN + " then 1 else 0 end) > 0 order by vain desc, s.query",
                Object[].class).setParameter("from", period.from()).setParameter("to", period.to())
                .setMaxResults(limit).getResultList();
        return withTrend(period, rows);
    }

    /** How many different queries (normalized) were searched in vain in the period: the gaps there are. */
    public long gapCount(Period period) {
        requireReader();
        return number(em.createQuery("select count(distinct s.query) from SearchSignal s where s.searchedOn"
                + " between :from and :to and (" + IN_VAIN + ")").setParameter("from", period.from())
                .setParameter("to", period.to()).getSingleResult());
    }

    /**
     * Every question that found nothing in the period, as typed (not grouped under normalized words, so the editor
     * reads the quotes and operators the reader used), most asked first, then the most recently asked. Not cut to the
     * gaps' first rows: a question asked once in vain is as much a question as one asked often.
     *
     * @param limit
     *            the most rows given; {@link #foundNothingCount} tells how many there are
     */
    public List<FoundNothing> foundNothing(Period period, int limit) {
        requireReader();
        Map<String, long[]> byQuestion = new LinkedHashMap<>();
        Map<String, LocalDate> last = new HashMap<>();
        Map<String, String> languages = new HashMap<>();
        em.createQuery("select s.typed, s.language, count(s), max(s.searchedOn) from SearchSignal s"
                + " where s.results = 0 and s.searchedOn between :from and :to group by s.typed, s.language",
                Object[].class).setParameter("from", period.from()).setParameter("to", period.to()).getResultList()
                .forEach(r -> {
                    String question = (String) r[0];
                    long n = number(r[2]);
                    long[] counts = byQuestion.computeIfAbsent(question, q -> new long[2]);
                    counts[0] += n;
                    if (n > counts[1]) {
                        counts[1] = n;
                        languages.put(question, (String) r[1]);
                    }
                    last.merge(question, (LocalDate) r[3], (a, b) -> a.isAfter(b) ? a : b);
                });
        return byQuestion.entrySet().stream()
                .map(e -> new FoundNothing(e.getKey(), languages.get(e.getKey()), e.getValue()[0],
                        last.get(e.getKey())))
                .sorted(Comparator.comparingLong(FoundNothing::searches).reversed()
                        .thenComparing(FoundNothing::lastAsked, Comparator.reverseOrder())
                        .thenComparing(FoundNothing::question))
                .limit(limit).toList();
    }

    /** How many different questions (as typed) found nothing in the period. */
    public long foundNothingCount(Period period) {
        requireReader();
        return number(em.createQuery("select count(distinct s.typed) from SearchSignal s where s.results = 0"
                + " and s.searchedOn between :from and :to").setParameter("from", period.from())
                .setParameter("to", period.to()).getSingleResult());
    }

    /** One query's gap in the period, when its searches were in vain at least once. */
    public java.util.Optional<Gap> gap(Period period, String query) {
        requireReader();
        List<Object[]> rows = em.createQuery("select s.query, count(s), " + ZERO + ", " + UNOPENED
                + ", sum(case when " + IN_VAIN + " then 1 else 0 end) from SearchSignal s"
                + " where s.searchedOn between :from and :to and s.query = :query group by s.query", Object[].class)
                .setParameter("from", period.from()).setParameter("to", period.to()).setParameter("query", query)
                .getResultList();
        return withTrend(period, rows).stream().filter(g -> g.inVain() > 0).findFirst();
    }

    private List<Gap> withTrend(Period period, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> queries = rows.stream().map(r -> (String) r[0]).toList();
        Map<String, Long> before = new HashMap<>();
        Period previous = period.previous();
        em.createQuery("select s.query, count(s) from SearchSignal s where s.searchedOn between :from and :to"
                + " and s.query in :queries and (" + IN_VAIN + ") group by s.query", Object[].class)
                .setParameter("from", previous.from()).setParameter("to", previous.to())
                .setParameter("queries", queries).getResultList()
                .forEach(r -> before.put((String) r[0], number(r[1])));
        Map<String, String> languages = new HashMap<>();
        Map<String, Long> languageCounts = new HashMap<>();
        em.createQuery("select s.query, s.language, count(s) from SearchSignal s where s.searchedOn between :from"
                + " and :to and s.query in :queries group by s.query, s.language", Object[].class)
                .setParameter("from", period.from()).setParameter("to", period.to()).setParameter("queries", queries)
                .getResultList().forEach(r -> {
                    String query = (String) r[0];
                    if (number(r[2]) > languageCounts.getOrDefault(query, 0L)) {
                        languageCounts.put(query, number(r[2]));
                        languages.put(query, (String) r[1]);
                    }
                });
        return rows.stream().map(r -> {
            String query = (String) r[0];
            long now = number(r[4]);
            long was = before.getOrDefault(query, 0L);
            return new Gap(query, languages.getOrDefault(query, "en"), number(r[1]), number(r[2]), number(r[3]), was,
                    Gap.trend(now, was));
        }).toList();
    }

    /** Every week (Monday to Sunday) that meets the period, oldest first, also those without searches. */
    public List<WeekRank> clickThrough(Period period) {
        requireReader();
        Map<LocalDate, long[]> counts = new LinkedHashMap<>();
        Map<LocalDate, Double> reciprocal = new HashMap<>();
        LocalDate firstMonday = period.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate monday = firstMonday; !monday.isAfter(period.to()); monday = monday.plusWeeks(1)) {
            counts.put(monday, new long[2]);
        }
        em.createQuery("select s.searchedOn, s.openedRank, count(s) from SearchSignal s where s.source = 'page'"
                + " and s.results > 0 and s.searchedOn between :from and :to group by s.searchedOn, s.openedRank",
                Object[].class).setParameter("from", period.from()).setParameter("to", period.to()).getResultList()
                .forEach(r -> {
                    LocalDate monday = ((LocalDate) r[0]).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    long n = number(r[2]);
                    long[] week = counts.computeIfAbsent(monday, m -> new long[2]);
                    week[0] += n;
                    if (r[1] != null) {
                        week[1] += n;
                        reciprocal.merge(monday, n / ((Number) r[1]).doubleValue(), Double::sum);
                    }
                });
        List<WeekRank> weeks = new ArrayList<>();
        counts.forEach((monday, c) -> weeks.add(new WeekRank(monday, c[0], c[1],
                c[1] == 0 ? null : Math.round(reciprocal.getOrDefault(monday, 0.0) / c[1] * 1000) / 1000.0)));
        return weeks;
    }

    public FeedbackReports.Report resources(Period period, int limit) {
        requireReader();
        return feedback.report(period, limit);
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
