package org.kmbportal.insights;

import java.time.LocalDate;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kmbportal.platform.PortalClock;
import org.kmbportal.platform.PortalSettings;
import org.kmbportal.search.SearchPerformed;
import org.kmbportal.search.SearchResultOpened;

/**
 * Keeps searches as {@link SearchSignal}s and notes the result opened from one; purges what is older than the
 * retention period. Each write is its own transaction: a signal that cannot be kept never undoes the reader's work.
 */
@ApplicationScoped
public class SearchSignals {

    @Inject
    PortalSettings settings;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,32}");

    @Inject
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    LibraryVocabulary vocabulary;

    /** What a purge deleted, and how many unused result-link keys it cleared. */
    public record Purged(int searches, int answers, int keys) {
    }

    /** Keeps a search under its normalized words; words that normalize to nothing are not kept. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SearchPerformed search) {
        keep(search);
    }

    /** Keeps searches as {@link #record} does, all in one transaction ({@link PendingSignals}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAll(java.util.List<SearchPerformed> searches) {
        searches.forEach(this::keep);
    }

    private void keep(SearchPerformed search) {
        // Nothing personal is kept: a person's name, email addresses and telephone numbers are taken out first
        KeptSearchWords.Kept kept = new KeptSearchWords(vocabulary::knows).of(search.query());
        String query = kept.query();
        if (query.isEmpty()) {
            return;
        }
        String language = QuestionLanguage.of(query, search.readerLanguage());
        String key = search.fromPage() && search.signal() != null && KEY.matcher(search.signal()).matches()
                ? search.signal()
                : null;
        em.persist(new SearchSignal(clock.today(), query, kept.typed(), language,
                search.fromPage() ? SearchSignal.Source.PAGE : SearchSignal.Source.API, Math.max(0, search.results()),
                key));
    }

    /**
     * Notes the rank of the result opened from a search of today or yesterday, the first one only: the key is
     * cleared as it is used, so it links nothing afterwards.
     *
     * @return whether a search was found for the key
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean opened(SearchResultOpened opened) {
        if (opened.signal() == null || !KEY.matcher(opened.signal()).matches() || opened.rank() < 1) {
            return false;
        }
        return em.createQuery("update SearchSignal s set s.openedRank = :rank, s.openKey = null"
                + " where s.openKey = :key and s.searchedOn >= :since").setParameter("rank", opened.rank())
                .setParameter("key", opened.signal()).setParameter("since", clock.today().minusDays(1))
                .executeUpdate() > 0;
    }

    /**
     * Deletes searches and "was this useful?" answers older than {@code kmb.insights.retention-days}, and clears the
     * result-link keys of searches before yesterday (a result opened later is not noted).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Purged purge() {
        LocalDate today = clock.today();
        LocalDate keepFrom = today.minusDays(settings.insightsRetentionDays());
        int searches = em.createQuery("delete from SearchSignal s where s.searchedOn < :keepFrom")
                .setParameter("keepFrom", keepFrom).executeUpdate();
        int answers = em.createQuery("delete from ReaderFeedback f where f.givenOn < :keepFrom")
                .setParameter("keepFrom", keepFrom).executeUpdate();
        int keys = em.createQuery("update SearchSignal s set s.openKey = null"
                + " where s.openKey is not null and s.searchedOn < :yesterday")
                .setParameter("yesterday", today.minusDays(1)).executeUpdate();
        return new Purged(searches, answers, keys);
    }
}
