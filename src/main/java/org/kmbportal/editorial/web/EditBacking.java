package org.kmbportal.editorial.web;

import org.kmbportal.library.Slugs;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.web.TypedOn;
import org.kmbportal.web.FacesMessages;
import org.kmbportal.content.ContentWriter;
import org.kmbportal.editorial.EditorialException;
import org.kmbportal.editorial.EditorialService;
import org.kmbportal.editorial.Revision;
import org.kmbportal.library.ConcurrentEditException;
import org.kmbportal.library.LibraryException;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.ResourceType;
import org.kmbportal.library.SummarySection;
import org.kmbportal.web.Messages;
import org.kmbportal.web.ReaderLanguage;

/**
 * The edit form ({@code editor/edit.xhtml?id=} or {@code ?type=} for a new one). Keeps the text the editor started
 * from: when a save is refused because someone else saved in between, the form keeps everything typed, shows what
 * the other editor changed, and offers to save over it or to keep this text as a revision.
 */
@Named("edit")
@ViewScoped
public class EditBacking implements Serializable {

    @Inject
    transient EditorialService editorial;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient Messages bundle;

    @Inject
    transient MoveConfirmation confirmation;

    @Inject
    transient org.kmbportal.accounts.Guard guard;

    @Inject
    transient org.kmbportal.web.KeptForms keptForms;

    /** The number of the form not saved that this address shows ({@code kept=}), see {@link EditPageKept}. */
    private String keptNumber;

    private String id;
    private String type;
    private boolean creating;
    private ResourceForm form;
    private PublicationStatus status = PublicationStatus.DRAFT;
    private long version = LibraryService.NEW;
    private String baseText = "";
    /** The newest revision when the form was shown: the text {@link #baseText} is. */
    private int baseRevision;
    private String note = "";
    /** The save in the way of this one (a conflict shown), or null. */
    private TheirSave their;
    private boolean movedWithChanges;
    private EditPageKept kept;
    /** The title as stored (the page's heading), whatever the form holds: during a conflict, the newer save's. */
    private String savedTitle = "";

    public void load() throws IOException {
        if (form != null) {
            return;
        }
        if (Slugs.valid(id)) {
            var draft = editorial.open(id);
            if (draft.isPresent()) {
                show(draft.get());
                var flashed = EditPageKept.afterButton(id);
                if (flashed.isPresent()) {
                    restore(flashed.get());
                } else {
                    // Shown again by its address (a reload, the language switch): the button's messages went with
                    // the redirect only, so the conflict's explanation above its panel is said again, in this language.
                    EditPageKept.byAddress(keptForms, id, keptNumber).ifPresent(page -> {
                        restore(page);
                        if (their != null) {
                            messages.error(their.mine() ? "editor.conflictMine" : "editor.conflict");
                        }
                    });
                }
                return;
            }
        }
        if (id == null && type != null && ResourceType.fromKey(type).isPresent()) {
            creating = true;
            form = new ResourceForm();
            form.setType(type);
            // a resource started on a French page is written in French unless the editor says otherwise
            form.setLanguage(ReaderLanguage.of((jakarta.servlet.http.HttpServletRequest) FacesContext
                    .getCurrentInstance().getExternalContext().getRequest()));
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "");
        faces.responseComplete();
    }

    private void show(EditorialService.Draft draft) {
        form = ResourceForm.of(draft.content());
        savedTitle = draft.content().title();
        status = draft.content().status();
        version = draft.version();
        baseText = ContentWriter.write(draft.content());
        baseRevision = editorial.newestRevision(draft.content().id());
        creating = false;
        their = null;
        id = draft.content().id();
    }

    /** Sent here by one of the page's buttons: the page as it was answered, with nothing saved that was not. */
    private void restore(EditPageKept kept) {
        this.kept = kept;
        form = kept.form();
        status = kept.status();
        version = kept.version();
        baseText = kept.baseText();
        note = kept.note();
        their = kept.their();
        if (kept.asking() != null) {
            confirmation.ask(kept.asking());
        }
        if (kept.cancelled() != null) {
            confirmation.cancelled(kept.cancelled());
        }
    }

    /**
     * Answers a button of the page (Save, a move, its question, the review panel's) with a redirect to the page's own
     * address (Post/Redirect/Get), keeping the page as answered and the button's messages ({@link EditPageKept}): Back
     * after moving on never asks to send the form again, and a reload sends nothing. A new resource's form stays where
     * it is until saved.
     */
    void answerAtOwnAddress(String publishAt, String comment) {
        if (creating) {
            return;
        }
        String cancelled = confirmation.getCancelled();
        new EditPageKept(form, status, version, baseText, note, their, confirmation.getTarget(), cancelled.isEmpty()
                ? null
                : cancelled, publishAt, comment).answer(id, keptForms);
    }

    /** The review panel's date kept across the redirect after a button, or null. */
    String keptPublishAt() {
        return kept == null ? null : kept.publishAt();
    }

    /** The review comment kept across the redirect after a button (typed, not posted), or null. */
    String keptComment() {
        return kept == null ? null : kept.comment();
    }

    public void save() throws IOException {
        // Save pressed while a move's question is open answers it with "not now": the question is withdrawn.
        confirmation.done();
        saveExpecting(version, note);
        answerAtOwnAddress(null, null);
    }

    /** After a conflict: saves this text over the other editor's, having seen their changes. */
    public void saveOverTheirs() throws IOException {
        saveExpecting(their == null ? 0 : their.version(), "saved over a concurrent change");
        answerAtOwnAddress(null, null);
    }

    /** After a conflict: keeps this text as a revision (not applied) and shows the current version. */
    public void keepMineAsRevision() {
        try {
            Revision kept = editorial.keepCopy(form.toContent(PublicationStatus.DRAFT), "kept after a conflict");
            show(editorial.open(id).orElseThrow());
            messages.info("editor.kept", kept.getNumber());
        } catch (EditorialException e) {
            messages.error(e.messageKey());
        }
        answerAtOwnAddress(null, null);
    }

    private void saveExpecting(long expected, String revisionNote) throws IOException {
        if (!fieldsValid()) {
            return;
        }
        ResourceContent content = form.toContent(status);
        try {
            if (!creating && editorial.unchanged(content, expected)) {
                // A note alone is no change: nothing is recorded, and the note stays in its box for the next save.
                messages.info(revisionNote == null || revisionNote.isBlank()
                        ? "editor.unchanged"
                        : "editor.unchangedNoteKept");
                return;
            }
            Revision revision = editorial.save(content, creating ? LibraryService.NEW : expected, revisionNote);
            messages.info("editor.saved", revision.getNumber());
            RemovedMarkup.of(content).ifPresent(elements -> messages.warning("editor.markupRemoved", elements));
            if (creating) {
                messages.keepForRedirect();
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.redirect(external.getRequestContextPath() + "/editor/edit?id=" + content.id());
                return;
            }
            show(editorial.open(content.id()).orElseThrow());
            note = "";
        } catch (LibraryException | EditorialException e) {
            refused(e);
        }
    }

    /**
     * A workflow move from this form: what is typed is saved with the move, through the same checks as Save (an
     * editor expects a button on the page they are typing in to keep what they typed, as editorial tools do). If the
     * save or the move is refused, nothing changes, the text stays in the form and the messages say why.
     *
     * @return whether it moved
     */
    public boolean move(PublicationStatus target) {
        movedWithChanges = false;
        if (!fieldsValid()) {
            return false;
        }
        try {
            movedWithChanges = editorial.saveAndMove(form.toContent(status), version, note, target);
            note = "";
            show(editorial.open(id).orElseThrow());
            return true;
        } catch (LibraryException | EditorialException e) {
            refused(e);
            return false;
        }
    }

    /**
     * Whether the last move from this form also saved what was typed, so the page can say so (an editor who pressed
     * "Back to draft" with edits in the form was told only that it is a draft again: user session).
     */
    public boolean isMovedWithChanges() {
        return movedWithChanges;
    }

    private void refused(RuntimeException refusal) {
        switch (refusal) {
            case ConcurrentEditException e -> {
                their = TheirSave.of(e, baseText, id, editorial, guard, bundle);
                // The state is the item's now (another editor may have published or archived it meanwhile), not the
                // one this form was opened in: the page said "State: Draft" beside the refusal (user session us57).
                // What was typed stays in the form.
                if (e.current() != null) {
                    status = e.current().status();
                    savedTitle = e.current().title();
                }
                messages.error(creating ? "editor.idTaken" : their.mine() ? "editor.conflictMine" : "editor.conflict");
            }
            case EditorialException e -> {
                FormProblems.Placed placed = FormProblems.place(e.details(), form);
                placed.fields().forEach((field, key) -> messages.fieldError("edit:" + field, key,
                        placed.argumentsOf(field)));
                messages.error(placed.fields().isEmpty() ? e.messageKey() : "editor.fixFields");
                placed.others().forEach(g -> messages.error(g.key(), g.arguments()));
            }
            case LibraryException e -> messages.error("editor.problem", e.getMessage());
            default -> throw refusal;
        }
    }

    private boolean fieldsValid() {
        return FieldChecks.passed(form, note, status, messages, editorial);
    }

    /** The body as readers will see it: the same renderer and sanitizer as the published page. */
    public List<EditPreview.Section> getPreview() {
        return EditPreview.of(form, bundle);
    }

    /** Whether the form's field (by its id) has a problem to show: it is then marked invalid and described by it. */
    public boolean invalid(String field) {
        return !FacesContext.getCurrentInstance().getMessageList("edit:" + field).isEmpty();
    }

    public List<SummarySection> getSections() {
        return List.of(SummarySection.values());
    }

    /**
     * The save in the way of this one, which the conflict's panel describes (who saved it and when, whether in another
     * tab of the same account, and what it changed), or null without a conflict.
     */
    public TheirSave getTheir() {
        return their;
    }

    /** The resource's title as stored, for the page's heading (the form's may be typed and not saved). */
    public String getSavedTitle() {
        return savedTitle;
    }

    public boolean isConflict() {
        return their != null;
    }

    public ResourceForm getForm() {
        return form;
    }

    public boolean isCreating() {
        return creating;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null || id.isBlank() ? null : id.strip();
    }

    public String getType() {
        return type;
    }

    /** The number of the form not saved that this address shows, or null. */
    public String getKept() {
        return keptNumber;
    }

    public void setKept(String kept) {
        this.keptNumber = kept == null || kept.isBlank() ? null : kept.strip();
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** The version the form shows: the page's box of the version typed on gets it once something is typed. */
    public long getVersion() {
        return version;
    }

    /** Empty on the page: js/typed-on.js fills it once something is typed (see {@link #setTypedOn}). */
    public String getTypedOn() {
        return "";
    }

    /**
     * The version the text sent was typed on, when the page's script said it: Back to this address (or a reload) can
     * bring back text typed on an older version than the page came with, and a save from it must meet the conflict,
     * not replace the newer save. Empty (nothing typed, no script): the page's own version.
     */
    public void setTypedOn(String typedOn) {
        TypedOn.version(typedOn).filter(v -> v != version).ifPresent(v -> {
            version = v;
            // What was saved since is shown against the revision the text was typed on, not the page's newer one
            // (else the conflict's list of their changes came out empty: user session of 2026-12-05).
            // A resource with no revision yet (shipped, as readers knew it) had its text kept as revision 1 by the
            // first save since (EditorialService.keepFirstVersion): that is the text this one was typed on.
            TypedOn.mark(typedOn).flatMap(number -> editorial.revision(id, (int) Math.max(1, number.longValue())))
                    .ifPresent(revision -> baseText = revision.getText());
        });
    }

    /** What the page's box of the version typed on is given: the version, then the revision it was the text of. */
    public String getTypedOnMark() {
        return creating ? Long.toString(version) : version + ":" + baseRevision;
    }
}
