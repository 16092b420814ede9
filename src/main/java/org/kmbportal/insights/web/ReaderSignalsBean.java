package org.kmbportal.insights.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.kmbportal.accounts.Guard;
import org.kmbportal.insights.FeedbackReason;
import org.kmbportal.insights.FeedbackService;
import org.kmbportal.insights.ReaderFeedback;
import org.kmbportal.insights.SessionAnswers;
import org.kmbportal.insights.Uptake;
import org.kmbportal.insights.UptakeService;
import org.kmbportal.platform.PortalClock;
import org.kmbportal.web.Messages;

/**
 * Behind the "was this useful?" and "we used this" widgets that the resource and organization pages include: the
 * reasons in the reader's language, whether this session answered already (read without creating a session, so
 * reading stays sessionless), and for members their organization's uses of the resource.
 */
@Named("readerSignals")
@RequestScoped
public class ReaderSignalsBean {

    /** A reason as the form offers it. */
    public record Reason(String key, String label) {
    }

    @Inject
    HttpServletRequest request;

    @Inject
    Messages messages;

    @Inject
    Guard guard;

    @Inject
    UptakeService uptake;

    @Inject
    PortalClock clock;

    @Inject
    FeedbackService feedback;

    private List<Uptake> ours;
    private final Map<String, String> earlier = new HashMap<>();

    public List<Reason> getReasons() {
        return Arrays.stream(FeedbackReason.values())
                .map(r -> new Reason(r.key(), messages.get("feedback.reason." + r.key()))).toList();
    }

    /** Whether this session already answered about the resource, on its page ({@code resource}) or as a match. */
    public boolean answered(String resource, String place) {
        ReaderFeedback.Place where = "match".equals(place) ? ReaderFeedback.Place.MATCH : ReaderFeedback.Place.RESOURCE;
        return SessionAnswers.answered(request.getSession(false), where, resource);
    }

    /**
     * For a signed-in reader who answered about the resource in an earlier session, that answer in words (useful or
     * not, and the day) and that a new one replaces it; empty for anyone else (a reader not signed in has no earlier
     * answer the server could tell apart from another's).
     */
    public String earlierAnswer(String resource, String place) {
        Optional<Long> account = guard.caller().map(c -> c.accountId());
        if (account.isEmpty()) {
            return "";
        }
        ReaderFeedback.Place where = "match".equals(place) ? ReaderFeedback.Place.MATCH : ReaderFeedback.Place.RESOURCE;
        return earlier.computeIfAbsent(where.key() + '|' + resource, k -> feedback.earlier(FeedbackService.answerer(
                account.get(), null), where, resource).map(
                        a -> messages.get("feedback.earlier", messages.get(a
                                .useful() ? "feedback.earlier.useful" : "feedback.earlier.notUseful"),
                                a.givenOn().toString()))
                .orElse(""));
    }

    /** Signed in as a member of an organization: may record that it used a resource. */
    public boolean isMember() {
        return guard.caller().map(c -> c.organizationId() != null).orElse(false);
    }

    /** The longest feedback text the portal keeps: the refusal names it (the box no longer cuts at it). */
    public int getTextMax() {
        return FeedbackService.TEXT_MAX;
    }

    /** The longest "We used this" line, named by its refusal likewise. */
    public int getLineMax() {
        return Uptake.LINE_MAX;
    }

    public String getToday() {
        return clock.today().toString();
    }

    /** The organization's records of using this resource, the most recent first. */
    public List<Uptake> ourUses(String resource) {
        if (!isMember()) {
            return List.of();
        }
        if (ours == null) {
            ours = uptake.ours();
        }
        return ours.stream().filter(u -> u.getResourceSlug().equals(resource)).toList();
    }
}
