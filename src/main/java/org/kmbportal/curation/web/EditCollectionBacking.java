package org.kmbportal.curation.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.platform.AccessDenied;
import org.kmbportal.accounts.Organization;
import org.kmbportal.web.FacesMessages;
import org.kmbportal.web.KeptForms;
import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionConflict;
import org.kmbportal.curation.CollectionDraft;
import org.kmbportal.curation.CollectionException;
import org.kmbportal.curation.CollectionService;
import org.kmbportal.curation.ResourceFinder;
import org.kmbportal.curation.SupportedOrganizations;
import org.kmbportal.library.LibraryService;
import org.kmbportal.web.Links;
import org.kmbportal.web.LocaleBean;
import org.kmbportal.web.QuotedText;
import org.kmbportal.web.TypedOn;
import org.kmbportal.web.PostRedirectGet;

/**
 * Editing a collection ({@code curate/edit.xhtml}): its fields, who may read it, and its items, which the curator
 * adds (library resources found by searching, outside links), annotates, reorders (by dragging a row, or with each
 * row's "move up" and "move down" buttons) and removes. Nothing is saved until "Save"; a refused save keeps
 * everything typed, and a concurrent save by someone else is shown with the choice to save over it.
 */
@Named("editCollection")
@ViewScoped
public class EditCollectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CollectionService collections;

    @Inject
    transient SupportedOrganizations supported;

    @Inject
    transient LibraryService library;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient Links links;

    @Inject
    transient ResourceFinder finder;

    @Inject
    transient LocaleBean locale;

    @Inject
    transient KeptForms keptForms;

    private String id;
    /** The number of the unsaved form this address shows ({@code kept=}), see {@link KeptForms}. */
    private String keptNumber;
    /** The collection as saved, as the form makes it: what "unsaved" is measured against. */
    private CollectionDraft saved;
    private long version;
    private CollectionForm form;
    private String unlistedToken;
    private List<Organization> shareable = List.of();
    private boolean conflict;
    private long theirVersion;
    /** When the version in the way of a conflict was saved (UTC, as pages say times). */
    private String theirSavedAt;
    /** The changes shown were kept for an older version than the one saved since (an old {@code kept=} address). */
    private boolean olderDraft;
    private boolean confirmingDelete;
    private LinkToAdd linkToAdd = new LinkToAdd();
    private ResourcePicker picker = new ResourcePicker();

    /** The form between a button's request and the page it redirects to (see {@link #changed}). */
    private record Kept(long version, CollectionForm form, boolean conflict, long theirVersion, String theirSavedAt,
            boolean olderDraft, LinkToAdd linkToAdd, ResourcePicker picker,
            boolean confirmingDelete) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The flash key of the form kept across the redirect after a button, with the collection's id. */
    private static final String KEPT = "kmb.collection-form.";

    public void load() throws IOException {
        if (form != null) {
            return;
        }
        if (id == null || id.isBlank()) {
            EditPageAnswers.toMyCollections();
            return;
        }
        try {
            Collection collection = collections.editable(id);
            show(collection);
            PostRedirectGet.kept(KEPT + id, Kept.class).or(() -> keptForms.kept(KEPT + id, keptNumber, Kept.class))
                    .ifPresent(kept -> {
                        // Sent here by one of the form's buttons, or this is the address it led to again (a reload, Back):
                        // the form as it was sent, nothing saved yet.
                        version = kept.version();
                        form = kept.form();
                        conflict = kept.conflict();
                        theirVersion = kept.theirVersion();
                        theirSavedAt = kept.theirSavedAt();
                        olderDraft = kept.olderDraft();
                        linkToAdd = kept.linkToAdd().copy();
                        picker = kept.picker();
                        confirmingDelete = kept.confirmingDelete();
                        if (!conflict && version != collection.getVersion()) {
                            // Changes kept for an older version (the collection was saved since, from another tab
                            // or by someone else): said at once, and a save from them is refused as a conflict.
                            olderDraft = true;
                            inTheWay(collection);
                        }
                    });
        } catch (CollectionException e) {
            EditPageAnswers.refuse(404);
        } catch (AccessDenied e) {
            EditPageAnswers.refuse(403);
        }
    }

    /** The collection as saved since this form's version: a save over it must be asked for ("Save over"). */
    private void inTheWay(Collection current) {
        conflict = true;
        theirVersion = current.getVersion();
        theirSavedAt = org.kmbportal.web.UtcTime.format(current.getUpdatedAt());
    }

    private void show(Collection collection) {
        form = CollectionForm.of(collection, library);
        version = collection.getVersion();
        unlistedToken = collection.getUnlistedToken();
        shareable = supported.organizations(collections.shareable(collection));
        conflict = false;
        olderDraft = false;
        theirSavedAt = null;
        saved = form.comparableDraft();
    }

    /**
     * Whether the form holds changes the collection does not have (items added, moved or removed, text changed, a
     * link typed and not added yet), or a conflict to settle: leaving the page then loses them.
     */
    public boolean isUnsaved() {
        if (form == null) {
            return false;
        }
        return conflict || !form.comparableDraft().equals(saved) || !linkToAdd.isBlank();
    }

    /**
     * Whether the only thing not saved is an outside link typed and not added: the page says that, not that the
     * collection's changes are unsaved (user session: "The collection is saved." beside "Your changes … are not saved
     * yet" after a save, the link's note box filled).
     */
    public boolean isOnlyLinkNotAdded() {
        return form != null && !conflict && form.comparableDraft().equals(saved) && !linkToAdd.isBlank();
    }

    public void save() {
        saveExpecting(version);
        changed();
    }

    /** After a conflict: saves what is in the form over the other person's save. */
    public void saveOverTheirs() {
        saveExpecting(theirVersion);
        changed();
    }

    private void saveExpecting(long expected) {
        if (SaveFeedback.tooLong(messages, form)) {
            return;
        }
        try {
            // Changes kept under other addresses (kept=, another tab) stay: they are someone's unsaved work, and
            // open with the notice that they were made to an older version, a save from them refused as a conflict.
            show(collections.update(id, expected, form.toDraft()));
            messages.info("curation.saved");
            SaveFeedback.saved(messages, form.getDescription(), "edit:description");
        } catch (CollectionConflict e) {
            inTheWay(collections.editable(id));
            theirVersion = e.currentVersion();
            messages.error("curation.conflict");
        } catch (CollectionException e) {
            SaveFeedback.refusedOnEditPage(messages, e, locale, form, library);
        }
    }

    /** Forgets what was typed and shows the collection as it is stored now. */
    public void reload() {
        show(collections.editable(id));
        changed();
    }

    /** Adds the outside link typed, or says why it cannot be added as typed (see {@link LinkToAdd}). */
    public void addLink() {
        // Said beside the address's box (the browser's tooltip said a bad address before, in its own language).
        linkToAdd.refusal(form).ifPresentOrElse(refused -> messages.fieldError("edit:" + refused.box(), refused
                .key(), refused.arguments(locale.getCurrent())), () -> {
                    form.add(linkToAdd.row());
                    linkToAdd.clear();
                    messages.info("curation.itemAdded");
                });
        changed();
    }

    /** Finds library resources (not collections) for the words typed in the picker. */
    public void findResources() {
        if (!picker.find(finder, locale.getLanguage(), messages)) {
            messages.error("curation.badQuery");
        }
        changed();
    }

    public void addResource(String resourceId, String title) {
        if (form.holds(resourceId, null)) {
            messages.error("curation.alreadyIn", QuotedText.inMessage(title, locale.getCurrent()));
        } else {
            form.add(new ItemRow(resourceId, title, null, null, ""));
            messages.info("curation.itemAdded");
        }
        changed();
    }

    public void moveUp(int index) {
        form.move(index, -1);
        changed();
    }

    public void moveDown(int index) {
        form.move(index, 1);
        changed();
    }

    /**
     * Answers a button with a redirect to the collection's own address (Post/Redirect/Get), keeping the form as it was
     * sent or saved (nothing is saved until "Save"), the resources found, the question asked and the button's
     * messages, so Back never asks to send the form again and a reload sends nothing.
     */
    private void changed() {
        Kept kept = kept();
        String address = "/curate/edit?id=" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
        if (isUnsaved()) {
            // Also kept for this address beyond the redirect: a reload or Back shows the changes, not the saved list.
            address += "&" + KeptForms.PARAMETER + "=" + keptForms.keep(KEPT + id, kept);
        }
        PostRedirectGet.to(address, KEPT + id, kept);
    }

    private Kept kept() {
        return new Kept(version, form, conflict, theirVersion, theirSavedAt, olderDraft, linkToAdd.copy(), picker,
                confirmingDelete);
    }

    /**
     * Takes item {@code index} out of the form and says which one, and that only saving keeps it out: the page then
     * puts the focus on a neighbouring item's note, never on the Remove button that took this one's place.
     */
    public void remove(int index) {
        List<ItemRow> items = form.getItems();
        if (index < 0 || index >= items.size()) {
            return;
        }
        String label = items.get(index).getLabel();
        form.remove(index);
        messages.info("curation.itemRemoved", QuotedText.inMessage(label, locale.getCurrent()));
        changed();
    }

    /** The table's rows were dragged: PrimeFaces has already moved the row in the form's list. */
    public void reordered() {
        messages.info("curation.reordered");
        if (keptNumber != null) {
            // The address stays: the order it shows on a reload is the new one.
            keptForms.replace(KEPT + id, keptNumber, kept());
        }
    }

    public void newLink() {
        try {
            show(collections.newLink(id));
            messages.info("curation.linkRenewed");
        } catch (CollectionException e) {
            messages.error("curation.notSaved");
        }
        changed();
    }

    public void askDelete() {
        confirmingDelete = true;
        changed();
    }

    public void cancelDelete() {
        confirmingDelete = false;
        changed();
    }

    public void delete() throws IOException {
        collections.delete(id);
        messages.info("curation.deleted");
        messages.keepForRedirect();
        FacesContext.getCurrentInstance().getExternalContext().redirect(links.home() + "curate/");
    }

    public String getUnlistedLink() {
        return EditPageAnswers.unlistedLink(links, id, unlistedToken);
    }

    public String getPublicAddress() {
        return EditPageAnswers.publicAddress(links, id, unlistedToken);
    }

    public List<String> getVisibilities() {
        return List.of("private", "shared", "unlisted", "public");
    }

    public ResourcePicker getPicker() {
        return picker;
    }

    public CollectionForm getForm() {
        return form;
    }

    public List<Organization> getShareable() {
        return shareable;
    }

    public boolean isConflict() {
        return conflict;
    }

    /** When the version in the way of a conflict was saved, or null when not known. */
    public String getTheirSavedAt() {
        return theirSavedAt;
    }

    public boolean isOlderDraft() {
        return olderDraft;
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
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
     * The version the text sent was typed on, when the page's script said it: Back to this address can bring back
     * text typed on an older version than the page came with (js/typed-on.js), and a save from it must meet the
     * conflict, not replace the newer save. Empty (nothing typed, no script): the page's own version.
     */
    public void setTypedOn(String typedOn) {
        TypedOn.version(typedOn).ifPresent(v -> version = v);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getKept() {
        return keptNumber;
    }

    public void setKept(String kept) {
        this.keptNumber = kept == null || kept.isBlank() ? null : kept.strip();
    }

    /** The outside link typed and not added yet. */
    public LinkToAdd getLinkToAdd() {
        return linkToAdd;
    }
}
