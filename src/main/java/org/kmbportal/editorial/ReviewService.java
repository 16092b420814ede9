package org.kmbportal.editorial;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.kmbportal.accounts.AuditLog;
import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Role;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.Resource;

/** Review comments on drafts, and publications scheduled for a date and time (published by {@link PublishingJob}). */
@ApplicationScoped
public class ReviewService {

    static final String SCHEDULER = "scheduled-publishing";

    @Inject
    RevisionRepository revisions;

    @Inject
    LibraryService library;

    @Inject
    EditorialService editorial;

    @Inject
    Guard guard;

    @Inject
    AuditLog audit;

    @Inject
    Event<Scheduled> scheduled;

    /** Fired when a publication is scheduled, so the job can wake at that time. */
    public record Scheduled(String slug, Instant at) {
    }

    public List<ReviewComment> comments(String slug) {
        guard.require(Role.EDITOR);
        return revisions.comments(slug);
    }

    @Transactional
    public ReviewComment comment(String slug, String text) {
        Caller editor = guard.require(Role.EDITOR);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || org.kmbportal.platform.PlainText.length(body) > 4000) {
            throw new EditorialException("editor.commentLength", "Write a comment of 1 to 4000 characters.");
        }
        if (library.find(slug).isEmpty()) {
            throw EditorialService.unknown(slug);
        }
        ReviewComment comment = new ReviewComment(slug, editor.email(), editor.displayName(), body);
        revisions.persist(comment);
        return comment;
    }

    /** Schedules a resource in review to be published at the given time (replacing an earlier schedule). */
    @Transactional
    public ScheduledPublication schedule(String slug, Instant at) {
        Caller editor = guard.require(Role.EDITOR);
        Resource resource = library.find(slug).orElseThrow(() -> EditorialService.unknown(slug));
        if (resource.getStatus() != PublicationStatus.IN_REVIEW) {
            throw new EditorialException("editor.scheduleNeedsReview",
                    "Only a resource in review can be scheduled for publication.");
        }
        // the job publishes on real time (PublishingJob); a time already past would publish at once while the
        // editor is told it is scheduled. The minute being typed counts as now.
        if (at.isBefore(Instant.now().minusSeconds(60))) {
            throw new EditorialException("editor.scheduleInPast",
                    "This time has passed: choose a time to come, or publish now.");
        }
        ScheduledPublication publication = revisions.schedule(slug).orElse(null);
        if (publication == null) {
            publication = new ScheduledPublication(slug, at, editor.email());
            revisions.persist(publication);
        } else {
            publication.moveTo(at, editor.email());
        }
        audit.record(editor.email(), "publication.scheduled", slug, "at " + at);
        scheduled.fire(new Scheduled(slug, at));
        return publication;
    }

    @Transactional
    public void unschedule(String slug) {
        Caller editor = guard.require(Role.EDITOR);
        revisions.schedule(slug).ifPresent(p -> {
            revisions.remove(p);
            audit.record(editor.email(), "publication.unscheduled", slug, "was at " + p.getPublishAt());
        });
    }

    public Optional<ScheduledPublication> scheduleOf(String slug) {
        guard.require(Role.EDITOR);
        return revisions.schedule(slug);
    }

    public List<ScheduledPublication> schedules() {
        guard.require(Role.EDITOR);
        return revisions.schedules();
    }

    /** The resources whose scheduled time has come (for {@link PublishingJob}). */
    @Transactional
    public List<String> dueSlugs(Instant now) {
        return revisions.due(now).stream().map(ScheduledPublication::getResourceSlug).toList();
    }

    /**
     * Publishes one scheduled resource on behalf of whoever scheduled it, in its own transaction; a resource no longer
     * in review is unscheduled instead. Called by {@link PublishingJob}, never by pages or endpoints.
     */
    @Transactional
    public boolean publishScheduled(String slug) {
        ScheduledPublication due = revisions.schedule(slug).orElse(null);
        if (due == null) {
            return false;
        }
        Optional<Resource> resource = library.find(slug);
        if (resource.isEmpty() || resource.get().getStatus() != PublicationStatus.IN_REVIEW) {
            revisions.remove(due);
            audit.record(SCHEDULER, "publication.dropped", slug, "no longer in review at the scheduled time");
            return false;
        }
        editorial.moveAs(slug, PublicationStatus.PUBLISHED, due.getScheduledBy(), "Scheduled publishing");
        return true;
    }
}
