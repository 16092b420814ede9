package org.kmbportal.partnerships.web;

import java.io.IOException;
import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.partnerships.PartnershipAccess;
import org.kmbportal.partnerships.PartnershipException;
import org.kmbportal.partnerships.PlanCodec;
import org.kmbportal.partnerships.PlanConflict;
import org.kmbportal.partnerships.PlanRevision;
import org.kmbportal.partnerships.PlanService;
import org.kmbportal.partnerships.PlanWording;

/**
 * The plan editor ({@code partnerships/plan.xhtml?id=}): the items, their links and "evidence for this", the goals (the
 * partner's members write them), the reason for the change, and the plan's revisions. A save refused because someone
 * else saved in between keeps everything typed and offers to save over theirs or to load theirs.
 */
@Named("planEditor")
@ViewScoped
public class PlanBacking extends PlanEditing {

    private static final long serialVersionUID = 1L;
    /** At most this many new rows are made for kept text ({@code kept-rows=}); more is not a person's typing. */
    static final int MAX_KEPT_ROWS = 20;

    @Inject
    transient PlanService plans;

    private boolean loaded;
    private boolean conflict;
    private long theirVersion;
    private List<String> theirItems = List.of();
    private int keptRows;
    /** The flash key of the form kept across the redirect after a button, with the partnership's id. */
    private static final String KEPT = "kmb.plan-form.";
    private static final String GOALS = "plan:goals";
    /** The refusals said beside the goals and the reason, by box, until the next save. */
    private final java.util.HashMap<String, String> boxErrors = new java.util.HashMap<>();
    private static final String REASON = "plan:reason";

    /**
     * Who made the save in the way and when (UTC, as the history shows it); {@code mine}: the same account, in another
     * tab or window.
     */
    public record TheirSave(String by, String at, boolean mine) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    private TheirSave theirSave;

    /** The form and the conflict shown with it, between a button's request and the page it redirects to. */
    private record KeptPage(Kept form, boolean conflict, long theirVersion, List<String> theirItems,
            java.util.HashMap<String, String> boxErrors, TheirSave theirSave)
            implements
                java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    public void load() throws IOException {
        if (loaded || !open()) {
            return;
        }
        loaded = true;
        if (keptState(KEPT + partnershipId) instanceof KeptPage kept) {
            // Sent here by one of the form's buttons (see changed()): the form as it was sent, with its message.
            restore(kept.form());
            conflict = kept.conflict();
            theirVersion = kept.theirVersion();
            theirItems = kept.theirItems();
            theirSave = kept.theirSave();
            boxErrors.putAll(kept.boxErrors());
            return;
        }
        fillForm();
        // Items added before the session ended went with it: the page's script asks for as many new, empty items,
        // and puts the text kept in the browser tab back into them (js/keep-typed.js). Nothing is saved until Save.
        for (int i = 0; i < keptRows && isEditable(); i++) {
            form.add();
        }
    }

    /** How many new items to start with ({@code kept-rows=} in the address), at most {@value #MAX_KEPT_ROWS}. */
    public void setKeptRows(String rows) {
        try {
            keptRows = Math.max(0, Math.min(MAX_KEPT_ROWS, Integer.parseInt(rows == null ? "0" : rows.strip())));
        } catch (NumberFormatException e) {
            keptRows = 0;
        }
    }

    /**
     * Whether the form holds changes not saved yet (sent by "Add item", "Move up" and the like): they live only in the
     * session, so the page's script keeps every text box should the session end before Save.
     */
    public boolean isUnsaved() {
        if (!isEditable()) {
            return false;
        }
        try {
            return planChanged(form.toDraft(isGoalsEditable())) || form.getReason() != null
                    && !form.getReason().isBlank();
        } catch (RuntimeException e) {
            return true;
        }
    }

    public String getKeptRows() {
        return "";
    }

    public void save() throws IOException {
        saveExpecting(version);
    }

    /** After a conflict: saves what is in the form over the other person's save. */
    public void saveOverTheirs() throws IOException {
        saveExpecting(theirVersion);
    }

    /** After a conflict: forgets what was typed and loads the plan as it is now. */
    public void loadTheirs() {
        forget();
        fillForm();
        conflict = false;
        theirSave = null;
        changed();
    }

    /**
     * Post/Redirect/Get after every button, not only a successful save: the answer is the plan's own address, with
     * the form as it was sent and the button's message kept for it, so Back never asks to send the form again.
     */
    @Override
    protected void changed() {
        reloadKeeping(KEPT + partnershipId, new KeptPage(kept(), conflict, theirVersion, List.copyOf(theirItems),
                new java.util.HashMap<>(boxErrors), conflict ? theirSave : null),
                "/partnerships/plan?id=" + partnershipId);
    }

    private void saveExpecting(long expected) throws IOException {
        boxErrors.clear();
        // A row added and left empty is nothing to save: left out, not refused for its empty "what".
        form.dropUntouchedNewRows();
        if (refusedAtOnce(expected)) {
            changed();
            return;
        }
        try {
            PlanService.Saved saved = plans.save(partnershipId, expected, form.toDraft(isGoalsEditable()),
                    form.getReason());
            if (saved.changes().isEmpty()) {
                // No version to make: the page comes back as it was sent, so a reason typed for it stays in its box
                // (it came back empty, the text lost: user session us53).
                messages.info("partnerships.plan.unchanged", saved.version());
                changed();
                return;
            }
            messages.info("partnerships.plan.saved", saved.version());
            // Post-redirect-get: the saved plan is a page of its own in the history, so Back goes to the page before
            // instead of asking to send the form again (or showing "page expired").
            messages.keepForRedirect();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/partnerships/plan?id=" + partnershipId);
        } catch (PlanConflict e) {
            conflict = true;
            theirVersion = e.currentVersion();
            theirItems = e.current().items().stream().map(i -> i.what() + " — "
                    + PlanWording.status(i.status().key(), locale.getCurrent())).toList();
            theirSave = e.lastSave().map(r -> new TheirSave(r.getAuthor(), org.kmbportal.web.UtcTime.format(r
                    .getMadeAt()), e.byCaller())).orElse(null);
            messages.error(theirSave != null && theirSave.mine()
                    ? "partnerships.plan.conflictMine"
                    : "partnerships.plan.conflict");
            changed();
        } catch (PlanForm.BadDate e) {
            String text = org.kmbportal.web.Messages.format(locale.getCurrent(), "partnerships.problem.invalid_due",
                    "");
            messages.error("partnerships.problem.item", e.row() + 1, text);
            boxErrors.put("items:" + e.row() + ":due", sentence(text));
            changed();
        } catch (PartnershipException e) {
            refusals.show(e);
            changed();
        }
    }

    /**
     * Says every refusal the save would meet at once (it said the goals', then after the next save the items', then
     * the reason's): the goals' and the reason's beside their boxes, the items' naming each item and box, under one
     * line above the form. Returns whether anything was refused.
     */
    private boolean refusedAtOnce(long expected) {
        java.util.Map<String, org.kmbportal.partnerships.PartnershipException> refused;
        try {
            refused = plans.refusals(partnershipId, expected, form.toDraft(isGoalsEditable()), form.getReason());
        } catch (PlanForm.BadDate | org.kmbportal.partnerships.PartnershipException e) {
            // Said by the save itself, as before.
            return false;
        }
        if (refused.isEmpty()) {
            return false;
        }
        messages.error("partnerships.plan.fixFields");
        refused.forEach((part, e) -> {
            switch (part) {
                case "goals" -> beside(GOALS, e, form.getGoals());
                case "reason" -> beside(REASON, e, form.getReason());
                default -> itemsBeside(e);
            }
        });
        return true;
    }

    /**
     * Says each item's problem beside its box where it has one (its "what" left empty, a text too long, a due date out
     * of range), the box marked; the others above the form, naming the item. The line above the form already says the
     * plan was not saved: it is not said a second time.
     */
    private void itemsBeside(org.kmbportal.partnerships.PartnershipException e) {
        for (var p : e.problems()) {
            String box = p.code().equals("what_required") ? "what" : p.field();
            String text = refusals.besideItem(p, form.typedIn(p.item() - 1, p.field()));
            if (p.item() > 0 && box != null) {
                boxErrors.put("items:" + (p.item() - 1) + ":" + box, sentence(text));
            } else if (p.item() > 0) {
                messages.error("partnerships.problem.item", p.item(), text);
            } else {
                messages.error("partnerships.problem.field", text);
            }
        }
    }

    /** A problem's words as a sentence of their own, beside the box (they follow "Item 2: " elsewhere). */
    private String sentence(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale.getCurrent()) + text.substring(1);
    }

    @Override
    public String itemError(int index, String box) {
        return boxErrors.get("items:" + index + ":" + box);
    }

    /** Says a refusal beside a box: kept with the form (not only in the flash), so the page after the redirect says it. */
    private void beside(String box, org.kmbportal.partnerships.PartnershipException e, String typed) {
        // A text over its limit says the limit and its length (the box no longer cuts a paste at the limit).
        refusals.showBeside(box, e, typed);
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = String.join(" ", faces.getMessageList(box).stream().map(m -> m.getSummary()).toList());
        boxErrors.put(box.substring("plan:".length()), text);
    }

    /** Whether a box of the form (by its id: goals, reason) was refused: it is then marked and described by it. */
    public boolean invalid(String box) {
        return boxErrors.containsKey(box);
    }

    /** What is wrong with a box of the form (goals, reason), said beside it, or null. */
    public String boxError(String box) {
        return boxErrors.get(box);
    }

    /** The revisions, newest first, each with its changes in words. */
    public List<RevisionView> getRevisions() {
        List<PlanRevision> all = new java.util.ArrayList<>(plans.revisions(partnershipId));
        java.util.Collections.reverse(all);
        return all.stream().map(r -> new RevisionView(r.getNumber(), r.getMadeAt().toLocalDate()
                .toString(), r.getAuthor(), r.getReason(), r.getCheckInNumber(),
                PlanCodec.changes(r.getChanges())
                        .stream().map(c -> PlanWording.change(c, locale.getCurrent())).toList()))
                .toList();
    }

    /** A revision as the page shows it. */
    public record RevisionView(int number, String date, String author, String reason, Integer checkIn,
            List<String> changes) {
    }

    public boolean isEditable() {
        return getDashboard().canWork();
    }

    public boolean isGoalsEditable() {
        return isEditable() && getDashboard().side() == PartnershipAccess.Side.PARTNER;
    }

    public boolean isConflict() {
        return conflict;
    }

    public List<String> getTheirItems() {
        return theirItems;
    }

    public long getVersion() {
        return version;
    }

    /** Empty on the page: js/typed-on.js fills it once something is typed (see {@link #setTypedOn}). */
    public String getTypedOn() {
        return "";
    }

    /**
     * The version the plan sent was typed on, when the page's script said it: Back to the plan's address can bring
     * back text typed on an older version than the page came with, and a save from it must meet the conflict, not
     * replace the newer save. Empty (nothing typed, no script): the page's own version.
     */
    public void setTypedOn(String typedOn) {
        org.kmbportal.web.TypedOn.version(typedOn).ifPresent(v -> version = v);
    }

    /** Who made the save in the way and when, while a conflict is shown; null when not known. */
    public TheirSave getTheirSave() {
        return theirSave;
    }
}
