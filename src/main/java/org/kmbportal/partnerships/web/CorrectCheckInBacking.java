package org.kmbportal.partnerships.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.partnerships.CheckIn;
import org.kmbportal.partnerships.CheckInCorrections;
import org.kmbportal.partnerships.CheckInService;
import org.kmbportal.partnerships.CheckInWording;
import org.kmbportal.partnerships.Dashboard;
import org.kmbportal.partnerships.PartnershipAccess;
import org.kmbportal.partnerships.PartnershipException;
import org.kmbportal.partnerships.PartnershipOverview;
import org.kmbportal.platform.AccessDenied;
import org.kmbportal.web.FacesMessages;
import org.kmbportal.web.KeptForms;
import org.kmbportal.web.Messages;
import org.kmbportal.web.PostRedirectGet;

/**
 * Correcting a recorded check-in ({@code partnerships/correct-check-in.xhtml?id=&number=}): the record's form, filled
 * with what it says now. Only the mentor and the partner's members may (anyone else who can read the partnership is
 * refused with 403, anyone else 404). Saving keeps the earlier wording in the check-in's history. When the other side
 * corrected it since the page was opened, nothing is saved: the page says so, shows their wording, and keeps what was
 * typed, which a second save then puts in place (theirs stays in the history).
 */
@Named("correctCheckIn")
@ViewScoped
public class CorrectCheckInBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The flash key of the form kept across the redirect after a refused save, with the partnership's id. */
    private static final String KEPT = "kmb.correct-check-in.";

    @Inject
    transient PartnershipOverview overview;

    @Inject
    transient CheckInCorrections corrections;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient Refusals refusals;

    @Inject
    transient KeptForms keptForms;

    private String id;
    private String number;
    private long partnershipId;
    private int checkInNumber;
    private boolean loaded;
    private long version;
    private String heldOn = "";
    private String whatHappened = "";
    private String contextChanges = "";
    private String nextSteps = "";
    /** The message key of the refusal of the day it was held, said beside the date box, or null. */
    private String heldOnError;
    /** The refusal of a text box (its words, in the page's language), said beside it, by the box's id. */
    private final java.util.Map<String, String> boxErrors = new java.util.HashMap<>();
    /** The box each refusal of a text is about. */
    private static final java.util.Map<String, String> BOX = java.util.Map.of("what_happened_required",
            "what-happened", "invalid_context", "context-changes", "invalid_next_steps", "next-steps");
    /** Whether the last save met another correction: what is typed is then not saved yet. */
    private boolean overtaken;
    /** Whether the reader is on neither side of the partnership: the page says who corrects, and has no form. */
    private boolean notPartner;
    private transient Dashboard dashboard;

    /** The form as it was sent, between a refused save and the page it redirects to. */
    private record Kept(int number, long version, String heldOn, String whatHappened, String contextChanges,
            String nextSteps, String heldOnError, boolean overtaken, java.util.Map<String, String> boxErrors)
            implements
                Serializable {
        private static final long serialVersionUID = 1L;
    }

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        CheckIn record;
        try {
            partnershipId = Long.parseLong(id == null ? "" : id.strip());
            checkInNumber = Integer.parseInt(number == null ? "" : number.strip());
            record = getDashboard().record(checkInNumber).orElseThrow(PartnershipException::notFound);
        } catch (NumberFormatException | PartnershipException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        PartnershipAccess.Side side = getDashboard().side();
        loaded = true;
        if (side != PartnershipAccess.Side.MENTOR && side != PartnershipAccess.Side.PARTNER) {
            // An administrator, a colleague of the mentor: they read the record, and only the partners correct it.
            // The page says so, with its status 403, and shows no form (it was the bare error page: user session);
            // the service refuses their correction whatever is sent.
            notPartner = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
            return;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        Object state = external.getFlash().get(KEPT + partnershipId);
        if (state == null) {
            state = keptForms.kept(KEPT + partnershipId, external.getRequestParameterMap().get(KeptForms.PARAMETER),
                    Kept.class).orElse(null);
        }
        if (state instanceof Kept kept && kept.number() == checkInNumber) {
            version = kept.version();
            heldOn = kept.heldOn();
            whatHappened = kept.whatHappened();
            contextChanges = kept.contextChanges();
            nextSteps = kept.nextSteps();
            heldOnError = kept.heldOnError();
            overtaken = kept.overtaken();
            boxErrors.putAll(kept.boxErrors());
            return;
        }
        version = record.getVersion();
        heldOn = record.getHeldOn().toString();
        whatHappened = record.getWhatHappened();
        contextChanges = record.getContextChanges();
        nextSteps = record.getNextSteps();
    }

    public void save() {
        heldOnError = null;
        boxErrors.clear();
        LocalDate day;
        try {
            day = heldOn == null || heldOn.isBlank() ? null : LocalDate.parse(heldOn.strip());
        } catch (DateTimeParseException e) {
            refusedDate("invalid_held_on");
            return;
        }
        try {
            CheckIn saved = corrections.correct(partnershipId, checkInNumber, version, new CheckInWording(day,
                    whatHappened, contextChanges, nextSteps));
            // Saved as it was (its version unchanged): nothing is corrected, and the page does not say it is.
            messages.info(saved.getVersion() == version
                    ? "partnerships.correct.unchanged"
                    : "partnerships.correct.saved", checkInNumber);
            PostRedirectGet.to("/partnerships/check-in?id=" + partnershipId + "&number=" + checkInNumber);
        } catch (PartnershipException e) {
            switch (e.code()) {
                case "check_in_changed" -> {
                    // Their wording is on the page now; saving again replaces it with this one, and keeps theirs.
                    dashboard = null;
                    CheckIn current = getRecord();
                    version = current == null ? version : current.getVersion();
                    overtaken = true;
                    messages.error("partnerships.correct.overtaken");
                    reload();
                }
                case "invalid_held_on", "held_on_order" -> refusedDate(e.code());
                case CheckInService.TOO_LONG -> {
                    messages.error("partnerships.correct.error.too_long");
                    boxErrors.putAll(CheckInBoxes.tooLong(e, this::typedIn, locale()));
                    reload();
                }
                default -> {
                    String box = BOX.get(e.code());
                    var tooLong = e.problems().stream().filter(p -> p.item() == 0 && "too_long".equals(p.code()))
                            .findFirst();
                    if (box != null && tooLong.isPresent()) {
                        // Too long is not "write what happened" (the box was full: user session): its length is said.
                        messages.error("partnerships.correct.error.too_long");
                        boxErrors.put(box, Messages.format(locale(), "editor.fieldTooLong", Integer.parseInt(tooLong
                                .get().value()), org.kmbportal.platform.PlainText.typedLength(typedIn(box))));
                    } else {
                        refusals.show(e, "partnerships.correct.error.");
                        if (box != null) {
                            boxErrors.put(box, Messages.format(locale(), "partnerships.error." + e.code()));
                        }
                    }
                    reload();
                }
            }
        } catch (AccessDenied e) {
            messages.error("partnerships.error.forbidden");
            reload();
        }
    }

    private String typedIn(String box) {
        return switch (box) {
            case "what-happened" -> whatHappened;
            case "context-changes" -> contextChanges;
            default -> nextSteps;
        };
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private void refusedDate(String code) {
        messages.error("partnerships.correct.error.held_on");
        heldOnError = "partnerships.error." + code;
        reload();
    }

    /** Post/Redirect/Get after a refused save: this page's address, with the form as it was sent and the message. */
    private void reload() {
        Kept state = new Kept(checkInNumber, version, heldOn, whatHappened, contextChanges, nextSteps, heldOnError,
                overtaken, new java.util.HashMap<>(boxErrors));
        String key = KEPT + partnershipId;
        PostRedirectGet.to("/partnerships/correct-check-in?id=" + partnershipId + "&number=" + checkInNumber + "&"
                + KeptForms.PARAMETER + "=" + keptForms.keep(key, state), key, state);
    }

    public Dashboard getDashboard() {
        if (dashboard == null) {
            dashboard = overview.dashboard(partnershipId);
        }
        return dashboard;
    }

    /** The record as it is now (the other side's wording, after a save that met it). */
    public CheckIn getRecord() {
        return getDashboard().record(checkInNumber).orElse(null);
    }

    /** Whether the form may be sent: the partnership is active (a closed one stays as it is). */
    public boolean isEditable() {
        return !notPartner && getDashboard().canWork();
    }

    /** Whether the reader is no partner (an administrator, a colleague of the mentor): they read, and do not correct. */
    public boolean isNotPartner() {
        return notPartner;
    }

    public boolean isOvertaken() {
        return overtaken;
    }

    public boolean isHeldOnInvalid() {
        return heldOnError != null;
    }

    public String getHeldOnError() {
        return heldOnError;
    }

    /** The message key of what is wrong with a text box, said beside it, or null. */
    public String boxError(String box) {
        return boxErrors.get(box);
    }

    public int getMaxText() {
        return CheckInService.MAX_TEXT;
    }

    public int getCheckInNumber() {
        return checkInNumber;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
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
}
