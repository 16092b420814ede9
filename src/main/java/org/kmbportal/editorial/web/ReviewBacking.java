package org.kmbportal.editorial.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.web.FacesMessages;
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

    /** After a button's redirect: the date and the comment as they were sent, when they were not used. */
    @PostConstruct
    void keptFromTheButton() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && !faces.isPostback()) {
            publishAt = edit.keptPublishAt();
            comment = edit.keptComment();
        }
    }

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
            answered();
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
        } else {
            answered();
        }
    }

    /** "Cancel": nothing changes. */
    public void cancel() {
        confirmation.cancel();
        answered();
    }

    /** Every button of the panel answers at the edit page's own address (see {@link EditBacking#answerAtOwnAddress}). */
    private void answered() {
        edit.answerAtOwnAddress(publishAt, comment);
    }

    /**
     * Makes the move, saving what the editor typed in the edit form with it (see {@link EditBacking#move}), then shows
     * the resource at the edit page's own address (Post/Redirect/Get: Back after "Submit for review" or "Publish" never
     * asks to send the form again). A refused move answers there too, with the form as typed, its fields marked.
     */
    public void move(String target) {
        PublicationStatus to = PublicationStatus.fromKey(target).orElse(null);
        if (to != null && edit.move(to)) {
            messages.info("editor.moved." + target);
            if (edit.isMovedWithChanges()) {
                messages.info("editor.moved.withChanges");
            }
        }
        answered();
    }

    public void schedule() {
        try {
            LocalDateTime local = LocalDateTime.parse(publishAt == null ? "" : publishAt.strip());
            reviews.schedule(edit.getId(), local.atZone(ZoneId.systemDefault()).toInstant());
            publishAt = null;
            messages.info("editor.scheduled");
        } catch (DateTimeParseException e) {
            messages.fieldError("review:publishAt", "editor.badDateTime");
        } catch (EditorialException e) {
            messages.error(e.messageKey());
        }
        answered();
    }

    public void unschedule() {
        reviews.unschedule(edit.getId());
        messages.info("editor.unscheduled");
        answered();
    }

    public void addComment() {
        try {
            reviews.comment(edit.getId(), comment);
            comment = null;
            messages.info("editor.commented");
        } catch (EditorialException e) {
            messages.error(e.messageKey());
        }
        answered();
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
