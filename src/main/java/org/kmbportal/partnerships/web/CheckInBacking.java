package org.kmbportal.partnerships.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.partnerships.CheckInRecord;
import org.kmbportal.partnerships.CheckInSchedule;
import org.kmbportal.partnerships.PartnershipException;
import org.kmbportal.partnerships.PartnershipStatus;
import org.kmbportal.partnerships.PlanConflict;
import org.kmbportal.platform.PortalClock;

/**
 * A check-in ({@code partnerships/check-in.xhtml?id=&number=}): its agenda drawn from the plan (open, overdue and
 * changed items) and the partner's profile (what changed since the last one), and its record: what happened, what
 * changed in the context, the partner's capacity ratings, the plan changes decided (saved as a revision linked to the
 * check-in), next steps. A check-in not held yet can be moved; one held is shown as recorded
 * ({@link CheckInReading}), and corrected on its own page ({@link CorrectCheckInBacking}).
 */
@Named("checkIn")
@ViewScoped
public class CheckInBacking extends CheckInMoving {

    private static final long serialVersionUID = 1L;
    /** The check-in page's words for a refused plan: the check-in was not recorded either. */
    private static final String NOT_RECORDED = "partnerships.checkIn.error.";

    @Inject
    transient PortalClock clock;

    @Inject
    transient org.kmbportal.partnerships.NoteService notes;

    private boolean loaded;
    private String heldOn = "";
    private String whatHappened = "";
    private String contextChanges = "";
    private String nextSteps = "";
    private final Map<String, String> ratings = new LinkedHashMap<>();
    /** The message key of the refusal of the day it was held, said beside the date box, or null. */
    private String heldOnError;
    /** The plan items' refusals, said beside their boxes until the next record. */
    private final ItemErrors itemErrors = new ItemErrors();
    /** The flash key of the page kept across the redirect after a button, with the partnership's id. */
    private static final String KEPT = "kmb.check-in-form.";

    /** The whole form as it was sent, between a button's request and the page it redirects to. */
    private record KeptCheckIn(Kept plan, int number, String heldOn, String whatHappened, String contextChanges,
            String nextSteps, Map<String, String> ratings, String newDate, String moveReason, String heldOnError,
            String moveDateError, Map<String, String> itemErrors, Map<String, String> boxErrors)
            implements
                java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    public void load() throws IOException {
        if (loaded || !open()) {
            return;
        }
        if (keptState(KEPT + partnershipId) instanceof KeptCheckIn kept && String.valueOf(kept.number()).equals(
                number)) {
            // Sent here by one of the form's buttons (see changed()), or its address again (a reload, Back): the form
            // as it was sent, with its message (the date's, beside it, said again on a reload).
            loaded = true;
            heldOnError = kept.heldOnError();
            moveDateError = kept.moveDateError();
            occurrenceNumber = kept.number();
            heldOn = kept.heldOn();
            whatHappened = kept.whatHappened();
            contextChanges = kept.contextChanges();
            nextSteps = kept.nextSteps();
            ratings.putAll(kept.ratings());
            newDate = kept.newDate();
            moveReason = kept.moveReason();
            itemErrors.restore(kept.itemErrors());
            boxes.restore(kept.boxErrors());
            restore(kept.plan());
            return;
        }
        CheckInSchedule.Occurrence occurrence = number == null || number.isBlank()
                ? getDashboard().next().orElse(null)
                : getDashboard().checkIns().stream().filter(o -> String.valueOf(o.number()).equals(number.strip()))
                        .findFirst().orElse(null);
        if (occurrence == null) {
            PartnershipStatus status = getDashboard().partnership().getStatus();
            if (status != PartnershipStatus.ACTIVE) {
                // A proposal, or a partnership that ended: the page says why there is no check-in, not "not found".
                loaded = true;
                noCheckIn = status.key();
                return;
            }
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        if (number == null || number.isBlank()) {
            // "The next check-in" named by its number: once it is recorded, Back (or a reload) shows that record, not
            // the form of the check-in after it with the browser's copy of the text just recorded, one click from
            // recording it twice.
            jakarta.faces.context.ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            String lang = external.getRequestParameterMap().get("lang");
            external.redirect(external.getRequestContextPath() + "/partnerships/check-in?id=" + partnershipId
                    + "&number=" + occurrence.number() + (lang == null || lang.isBlank()
                            ? ""
                            : "&lang="
                                    + java.net.URLEncoder.encode(lang, java.nio.charset.StandardCharsets.UTF_8)));
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        loaded = true;
        occurrenceNumber = occurrence.number();
        heldOn = clock.today().toString();
        getDashboard().partnership().getCapacities().forEach(c -> ratings.put(c, ""));
        fillForm();
    }

    public void record() throws IOException {
        heldOnError = null;
        itemErrors.clear();
        boxes.clear();
        // A plan row added and left empty is no change to the plan: it does not stop the check-in being recorded.
        form.dropUntouchedNewRows();
        LocalDate day;
        try {
            day = heldOn == null || heldOn.isBlank() ? null : LocalDate.parse(heldOn.strip());
        } catch (DateTimeParseException e) {
            refusedDate();
            return;
        }
        Map<String, Integer> given = new LinkedHashMap<>();
        ratings.forEach((capacity, value) -> {
            if (value != null && !value.isBlank()) {
                given.put(capacity, Integer.valueOf(value.strip()));
            }
        });
        try {
            org.kmbportal.partnerships.PlanDraft draft = form.toDraft(isGoalsEditable());
            checkIns.record(partnershipId, new CheckInRecord(occurrenceNumber, day, whatHappened, contextChanges,
                    nextSteps, given, planChanged(draft) ? draft : null, version, form.getReason()));
            messages.info("partnerships.checkIn.recorded", occurrenceNumber);
            messages.keepForRedirect();
            FacesContext.getCurrentInstance().getExternalContext().redirect(FacesContext.getCurrentInstance()
                    .getExternalContext().getRequestContextPath() + "/partnerships/view?id=" + partnershipId);
        } catch (PlanConflict e) {
            messages.error("partnerships.checkIn.planConflict");
            changed();
        } catch (PlanForm.BadDate e) {
            messages.error(NOT_RECORDED + "invalid_plan");
            String text = org.kmbportal.web.Messages.format(locale.getCurrent(), "partnerships.problem.invalid_due",
                    "");
            messages.error("partnerships.problem.item", e.row() + 1, text);
            itemErrors.dueRefused(e.row(), text, locale.getCurrent());
            changed();
        } catch (NumberFormatException e) {
            messages.error("partnerships.error.invalid_rating");
            changed();
        } catch (PartnershipException e) {
            if (e.code().equals("invalid_held_on")) {
                refusedDate();
                return;
            }
            refusals.show(e, NOT_RECORDED);
            itemErrors.beside(e, refusals, form, locale.getCurrent());
            boxes.beside(e, this::typedIn, locale.getCurrent());
            changed();
        }
    }

    /**
     * Whether the form holds anything typed or chosen for this check-in and not recorded, because a colleague recorded
     * it first: the page then shows the record and, below it, what was typed (the texts, the plan changes, the
     * ratings), which can go to the partnership's notes.
     */
    public boolean isTypedNotRecorded() {
        return getRecord() != null && (UnrecordedText.any(whatHappened, contextChanges, nextSteps)
                || !getUnrecordedChanges().isEmpty());
    }

    /**
     * The plan changes, the reason and the ratings typed and not recorded, in the page's language (the plan stays as
     * the colleague's record left it); none when the check-in is not recorded yet.
     */
    public List<UnrecordedText.Part> getUnrecordedChanges() {
        return getRecord() == null
                ? List.of()
                : UnrecordedCheckIn.changes(locale.getCurrent(), loadedPlan(), form, ratings,
                        taxonomies.current());
    }

    /**
     * Adds everything typed and not recorded to the partnership's notes (as many as it takes), once, then shows them.
     * The notes' headings and labels are in the language the text was written in (that of the page when its words do
     * not show it), so the same text pressed again from the page in the other language makes the same notes.
     */
    public void keepAsNotes() throws IOException {
        java.util.Locale written = UnrecordedText.writtenIn(locale.getCurrent(), UnrecordedCheckIn.typedTexts(
                loadedPlan(), form, whatHappened, contextChanges, nextSteps));
        List<UnrecordedText.Part> parts = new java.util.ArrayList<>(UnrecordedText.boxes(written, whatHappened,
                contextChanges, nextSteps));
        parts.addAll(UnrecordedCheckIn.changes(written, loadedPlan(), form, ratings, taxonomies.current()));
        List<String> texts = UnrecordedText.asNotes(written, occurrenceNumber, parts);
        try {
            // Pressed again (after Back, or twice), the same notes are not added again: the page says they are there.
            messages.info(notes.writeAllOnce(partnershipId, texts)
                    ? "partnerships.checkIn.unrecorded.kept"
                    : "partnerships.checkIn.unrecorded.already");
            messages.keepForRedirect();
            FacesContext.getCurrentInstance().getExternalContext().redirect(FacesContext.getCurrentInstance()
                    .getExternalContext().getRequestContextPath() + "/partnerships/view?id=" + partnershipId
                    + "#notes-title");
        } catch (PartnershipException e) {
            refusals.show(e);
            changed();
        }
    }

    /**
     * Whether the page holds something typed or chosen that is not recorded and that leaving would lose: text sent
     * with one of the form's buttons (kept for the page, not recorded), or typed and not recorded because a colleague
     * recorded the check-in first. Leaving then asks first (js/unsaved-warning.js).
     */
    public boolean isUnsaved() {
        if (getRecord() != null) {
            return isTypedNotRecorded();
        }
        if (!isEditable()) {
            return false;
        }
        boolean planChanged;
        try {
            planChanged = planChanged(form.toDraft(isGoalsEditable()));
        } catch (RuntimeException e) {
            planChanged = true;
        }
        return planChanged || UnrecordedText.any(whatHappened, contextChanges, nextSteps, form.getReason(),
                moveReason, newDate) || ratings.values().stream().anyMatch(v -> v != null && !v.isBlank());
    }

    /** What is wrong with a box of a plan item, said beside it (the box marked and described by it), or null. */
    @Override
    public String itemError(int index, String box) {
        return itemErrors.of(index, box);
    }

    /** Empty on the page: js/typed-on.js fills it once something is typed (see {@link #setTypedOn}). */
    public String getTypedOn() {
        return "";
    }

    /**
     * The plan's version the form was typed on, when the page's script said it: Back to the check-in's address can
     * bring back plan changes typed on an older version than the page came with, and recording them must meet the
     * conflict, not replace the newer plan. Empty (nothing typed, no script): the page's own version.
     */
    public void setTypedOn(String typedOn) {
        org.kmbportal.web.TypedOn.version(typedOn).ifPresent(v -> version = v);
    }

    public long getVersion() {
        return version;
    }

    /** The day it was held is refused: said above the form, and beside the date, which is marked invalid. */
    private void refusedDate() {
        messages.error(NOT_RECORDED + "invalid_held_on");
        heldOnError = "partnerships.error.invalid_held_on";
        changed();
    }

    /**
     * Whether the day it was held was refused: the box is then marked invalid and described by its message, which is
     * kept with the form (not only in the flash), so a reload says it again.
     */
    public boolean isHeldOnInvalid() {
        return heldOnError != null;
    }

    /** The message key of the date's refusal, said beside it, or null. */
    public String getHeldOnError() {
        return heldOnError;
    }

    /**
     * Post/Redirect/Get after every button (the plan's item buttons, moving the check-in, a refused record): the
     * answer is this check-in's own address, with the whole form as it was sent and the button's message kept for it,
     * so Back never asks to send the form again. Recording it leads to the partnership's page.
     */
    @Override
    protected void changed() {
        reloadKeeping(KEPT + partnershipId, new KeptCheckIn(kept(), occurrenceNumber, heldOn, whatHappened,
                contextChanges, nextSteps, new LinkedHashMap<>(ratings), newDate, moveReason, heldOnError,
                moveDateError, itemErrors.copy(), boxes.copy()),
                "/partnerships/check-in?id=" + partnershipId + "&number=" + occurrenceNumber);
    }

    /** The most characters each text of a check-in keeps, said beside its box before Record (user session ci58). */
    public int getTextLimit() {
        return org.kmbportal.partnerships.CheckInService.MAX_TEXT;
    }

    /** The most characters the reason for the plan's changes keeps, said beside its box (task fix59). */
    public int getReasonLimit() {
        return org.kmbportal.partnerships.PlanService.MAX_REASON;
    }

    /** The most characters a move's reason keeps, said beside its box (task fix59). */
    public int getMoveReasonLimit() {
        return org.kmbportal.partnerships.CheckInService.MAX_MOVE_REASON;
    }

    /** What a text box of the record form holds, by its id. */
    private String typedIn(String box) {
        return switch (box) {
            case "what-happened" -> whatHappened;
            case "context-changes" -> contextChanges;
            case "next-steps" -> nextSteps;
            default -> form.getReason();
        };
    }

    /** On the check-in, recording the check-in keeps a removed item out of the plan, or a link in it. */
    @Override
    protected String keepingKey(String name) {
        return "partnerships.checkIn." + name;
    }

    public boolean isEditable() {
        return getDashboard().canWork() && getRecord() == null;
    }

    public boolean isGoalsEditable() {
        return isEditable()
                && getDashboard().side() == org.kmbportal.partnerships.PartnershipAccess.Side.PARTNER;
    }

    public List<String> getRatingValues() {
        return List.of("1", "2", "3", "4");
    }

    public String getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(String heldOn) {
        this.heldOn = heldOn;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getContextChanges() {
        return contextChanges;
    }

    public void setContextChanges(String contextChanges) {
        this.contextChanges = contextChanges;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }

    public Map<String, String> getRatings() {
        return ratings;
    }
}
