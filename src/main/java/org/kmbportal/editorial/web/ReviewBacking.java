package org.kmbportal.editorial.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.web.FacesMessages;
import org.kmbportal.web.PostRedirectGet;
import org.kmbportal.editorial.EditorialException;
import org.kmbportal.editorial.ReviewComment;
import org.kmbportal.editorial.ReviewService;
import org.kmbportal.editorial.ScheduledPublication;
import org.kmbportal.editorial.Workflow;
import org.kmbportal.library.PublicationStatus;

/**
 * The workflow panel of the edit page: the moves the resource's state allows, scheduling its publication, and review
 * comments. Works on the resource the page's {@link EditBacking} holds.
 */
@Named("review")
@RequestScoped
public class ReviewBacking {

    @Inject
    EditBacking edit;

    @Inject
    ReviewService reviews;

    @Inject
    FacesMessages messages;

    @Inject
    MoveConfirmation confirmation;

    private String comment;
    private String publishAt;

    public List<String> getMoves() {
        return Workflow.next(edit.getStatus()).stream().map(PublicationStatus::key).toList();
    }

    /**
     * A move's button: a move that takes a published resource out of the public library and search first asks (the
     * page shows the question); any other move is made at once.
     */
    public void press(String target) {
        PublicationStatus to = PublicationStatus.fromKey(target).orElse(null);
        if (to != null && MoveConfirmation.takesOffline(edit.getStatus(), to)) {
            confirmation.ask(target);
        } else {
            move(target);
        }
    }

    /** "Yes" to the question: makes the move it asked about. */
    public void confirm() {
        String target = confirmation.getTarget();
        confirmation.done();
        if (target != null) {
            move(target);
        }
    }

    /** "Cancel": nothing changes. */
    public void cancel() {
        confirmation.cancel();
    }

    /**
     * Makes the move, saving what the editor typed in the edit form with it (see {@link EditBacking#move}), then shows
     * the resource at the edit page's own address (Post/Redirect/Get: Back after "Submit for review" or "Publish" never
     * asks to send the form again). A refused move answers with the form as typed, its fields marked.
     */
    public void move(String target) {
        PublicationStatus to = PublicationStatus.fromKey(target).orElse(null);
        if (to != null && edit.move(to)) {
            messages.info("editor.moved." + target);
            if (edit.isMovedWithChanges()) {
                messages.info("editor.moved.withChanges");
            }
            PostRedirectGet.to("/editor/edit?id=" + java.net.URLEncoder.encode(edit.getId(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public void schedule() {
        try {
            LocalDateTime local = LocalDateTime.parse(publishAt == null ? "" : publishAt.strip());
            reviews.schedule(edit.getId(), local.atZone(ZoneId.systemDefault()).toInstant());
            messages.info("editor.scheduled");
        } catch (DateTimeParseException e) {
            messages.fieldError("review:publishAt", "editor.badDateTime");
        } catch (EditorialException e) {
            messages.error(e.messageKey());
        }
    }

    public void unschedule() {
        reviews.unschedule(edit.getId());
        messages.info("editor.unscheduled");
    }

    public void addComment() {
        try {
            reviews.comment(edit.getId(), comment);
            comment = null;
            messages.info("editor.commented");
        } catch (EditorialException e) {
            messages.error(e.messageKey());
        }
    }

    public Optional<ScheduledPublication> getSchedule() {
        return edit.isCreating() ? Optional.empty() : reviews.scheduleOf(edit.getId());
    }

    /** The scheduled time in the server's zone, as people set it. */
    public String getScheduledAt() {
        return getSchedule().map(s -> s.getPublishAt().atZone(ZoneId.systemDefault()).toLocalDateTime().toString())
                .orElse("");
    }

    public List<ReviewComment> getComments() {
        return edit.isCreating() ? List.of() : reviews.comments(edit.getId());
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(String publishAt) {
        this.publishAt = publishAt;
    }
}
