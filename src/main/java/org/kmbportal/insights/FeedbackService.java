package org.kmbportal.insights;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kmbportal.library.LibraryService;
import org.kmbportal.platform.PortalClock;

/**
 * Takes "was this useful?" answers: yes or no about a published resource, on its page or as a match (with the
 * match's rank), with an optional reason from {@link FeedbackReason} and up to {@value #TEXT_MAX} characters of text,
 * stored as plain text ({@link ReaderText}). Nothing readable about who answered is stored: only a one-way code of the
 * reader (signed-in account, else anonymous session) with the resource, so one reader keeps one answer per resource
 * (and per match): a new answer replaces the earlier one. Rate limits and robots are decided before, by whoever
 * received the answer.
 */
@ApplicationScoped
public class FeedbackService {

    public static final int TEXT_MAX = 500;
    public static final int MATCH_RANK_MAX = 1000;

    @Inject
    EntityManager em;

    @Inject
    LibraryService library;

    @Inject
    PortalClock clock;

    @Inject
    AnswererKey answererKey;

    /** An answer as a reader gives it; place is {@code resource} (default) or {@code match}. */
    public record Answer(String resource, Boolean useful, String reason, String text, String place, Integer rank,
            String language) {
    }

    /** The answer checked: the only form in which it is stored. */
    public record Checked(String resource, ReaderFeedback.Place place, Integer rank, boolean useful,
            FeedbackReason reason, String text, String language) {
    }

    /** Checks an answer without storing it (a refused answer changes nothing). */
    public Checked check(Answer answer) {
        if (answer.resource() == null || library.published(answer.resource()).isEmpty()) {
            throw new SignalRefused(404, "not_found", "There is no published resource '" + answer.resource() + "'.")
                    .said(
                            "api.error.noResource", answer.resource());
        }
        if (answer.useful() == null) {
            throw SignalRefused.badRequest("useful_missing", "Say whether it was useful: \"useful\": true or false.")
                    .said(
                            "api.signal.usefulMissing");
        }
        ReaderFeedback.Place place = place(answer.place());
        Integer rank = null;
        if (place == ReaderFeedback.Place.MATCH) {
            if (answer.rank() == null || answer.rank() < 1 || answer.rank() > MATCH_RANK_MAX) {
                throw SignalRefused.badRequest("bad_rank",
                        "A match's answer gives its rank in the list, from 1 to " + MATCH_RANK_MAX + ".").said(
                                "api.signal.badRank", MATCH_RANK_MAX);
            }
            rank = answer.rank();
        }
        FeedbackReason reason = null;
        if (answer.reason() != null && !answer.reason().isBlank()) {
            reason = FeedbackReason.fromKey(answer.reason().strip().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> SignalRefused.badRequest("bad_reason", "'" + answer.reason()
                            + "' is not a reason; give one of " + Arrays.stream(FeedbackReason.values())
                                    .map(FeedbackReason::key).toList()
                            + ", or none.").said("api.signal.badReason", answer.reason(), Arrays
                                    .stream(
                                            FeedbackReason.values())
                                    .map(FeedbackReason::key).toList().toString()));
        }
        String text = answer.text() == null ? "" : answer.text();
        if (org.kmbportal.platform.PlainText.length(text) > TEXT_MAX) {
            throw SignalRefused.badRequest("text_too_long",
                    "The text has " + org.kmbportal.platform.PlainText.length(text) + " characters; at most " + TEXT_MAX
                            + " are kept.")
                    .said("api.signal.textTooLong", org.kmbportal.platform.PlainText.length(text),
                            TEXT_MAX);
        }
        String language = "fr".equals(answer.language()) ? "fr" : "en";
        return new Checked(answer.resource(), place, rank, answer.useful(), reason, ReaderText.clean(text, false),
                language);
    }

    /**
     * Keeps the answer as the reader's only one about this resource and place: an earlier answer from the same reader
     * ({@link #answerer}) is replaced, so insights count readers, not clicks.
     *
     * @return whether an earlier answer was replaced
     */
    @Transactional
    public boolean store(Checked answer, String answerer) {
        String code = code(answerer, answer.place(), answer.resource());
        var earlier = em.createQuery("select f from ReaderFeedback f where f.answerer = :code", ReaderFeedback.class)
                .setParameter("code", code).setMaxResults(1).getResultList();
        if (!earlier.isEmpty()) {
            earlier.get(0).replace(clock.today(), answer.rank(), answer.useful(), answer.reason(), answer.text(),
                    answer.language());
            return true;
        }
        em.persist(new ReaderFeedback(clock.today(), answer.resource(), answer.place(), answer.rank(),
                answer.useful(), answer.reason(), answer.text(), answer.language(), code));
        return false;
    }

    /** A reader's answer kept about a resource and place, as the form recalls it: useful or not, and when. */
    public record Earlier(boolean useful, java.time.LocalDate givenOn) {
    }

    /**
     * The answer kept from this reader ({@link #answerer}) about the resource and place, if any; reads only, so a
     * reader's own earlier answer can be recalled to them (never to anyone else: the code is theirs).
     */
    public Optional<Earlier> earlier(String answerer, ReaderFeedback.Place place, String resource) {
        String code = code(answerer, place, resource);
        return em.createQuery("select f from ReaderFeedback f where f.answerer = :code", ReaderFeedback.class)
                .setParameter("code", code).setMaxResults(1).getResultList().stream().findFirst()
                .map(f -> new Earlier(f.isUseful(), f.getGivenOn()));
    }

    /** The one-way code under which the reader's answer about the resource and place is kept ({@link AnswererKey}). */
    private String code(String answerer, ReaderFeedback.Place place, String resource) {
        return answererKey.code(answerer + "|" + place.key() + "|" + resource);
    }

    /** Who answers, before it is made one-way: the signed-in account, else the anonymous session's own random key. */
    public static String answerer(Long accountId, String sessionKey) {
        return accountId != null ? "account:" + accountId : "session:" + sessionKey;
    }

    static ReaderFeedback.Place place(String key) {
        if (key == null || key.isBlank()) {
            return ReaderFeedback.Place.RESOURCE;
        }
        Optional<ReaderFeedback.Place> place = Arrays.stream(ReaderFeedback.Place.values())
                .filter(p -> p.key().equals(key.strip())).findFirst();
        return place.orElseThrow(() -> SignalRefused.badRequest("bad_place",
                "'" + key + "' is not a place; give \"resource\" or \"match\".").said("api.signal.badPlace", key));
    }
}
