package org.kmbportal.partnerships.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.faces.context.FacesContext;

import org.kmbportal.partnerships.CheckInSchedule;
import org.kmbportal.partnerships.PartnershipException;

/**
 * Moving a check-in not held yet to another day, on the check-in page (its second form): the new date, the reason,
 * and what is wrong with the date, said beside it. Every answer is the page's own address (see {@link #changed()}).
 */
public abstract class CheckInMoving extends CheckInReading {

    private static final long serialVersionUID = 1L;
    private static final String MOVE_DATE = "move:date";

    protected String newDate = "";
    protected String moveReason = "";
    /** What is wrong with the new date of a move, said beside its box, or null. */
    protected String moveDateError;
    /** What is wrong with the page's text boxes, each said beside its box. */
    protected final CheckInBoxes boxes = new CheckInBoxes();

    public void move() {
        moveDateError = null;
        boxes.clear();
        if (newDate == null || newDate.isBlank()) {
            refusedMoveDate(() -> messages.fieldError(MOVE_DATE, "partnerships.error.move_no_date"));
            return;
        }
        try {
            LocalDate to = LocalDate.parse(newDate == null ? "" : newDate.strip());
            CheckInSchedule.Occurrence moved = checkIns.move(partnershipId, occurrenceNumber, to, moveReason);
            forget();
            newDate = "";
            moveReason = "";
            messages.info("partnerships.checkIn.moved", moved.number(), moved.date().toString());
        } catch (DateTimeParseException e) {
            refusedMoveDate(() -> messages.fieldError(MOVE_DATE, "partnerships.error.invalid_move"));
            return;
        } catch (PartnershipException e) {
            if (e.code().equals("invalid_move")) {
                refusedMoveDate(() -> refusals.showBeside(MOVE_DATE, e));
                return;
            }
            refusals.show(e);
            boxes.beside(e, box -> moveReason, locale.getCurrent());
        }
        changed();
    }

    /**
     * The new date of a move is refused: one line above the forms says the check-in did not move, and the date box is
     * marked invalid with what is wrong beside it (kept with the form, so a reload says it again).
     */
    private void refusedMoveDate(Runnable sayBeside) {
        sayBeside.run();
        moveDateError = String.join(" ", FacesContext.getCurrentInstance().getMessageList(MOVE_DATE).stream().map(
                m -> m.getSummary()).toList());
        messages.error("partnerships.checkIn.notMoved");
        changed();
    }

    /**
     * What is wrong with a text box of the page (what-happened, context-changes, next-steps, reason, move-reason), said
     * beside it (the box marked and described by it), or null.
     */
    public String boxError(String box) {
        return boxes.of(box);
    }

    /** Whether the new date of a move was refused: its box is then marked invalid and described by the message. */
    public boolean isMoveDateInvalid() {
        return moveDateError != null;
    }

    /** What is wrong with the new date of a move, or null. */
    public String getMoveDateError() {
        return moveDateError;
    }

    public String getNewDate() {
        return newDate;
    }

    public void setNewDate(String newDate) {
        this.newDate = newDate;
    }

    public String getMoveReason() {
        return moveReason;
    }

    public void setMoveReason(String moveReason) {
        this.moveReason = moveReason;
    }
}
