package org.kmbportal.partnerships.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.kmbportal.web.FacesMessages;
import org.kmbportal.web.KeptForms;
import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionService;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.Resource;
import org.kmbportal.partnerships.Dashboard;
import org.kmbportal.partnerships.Evidence;
import org.kmbportal.partnerships.ItemState;
import org.kmbportal.partnerships.PartnershipException;
import org.kmbportal.partnerships.PartnershipOverview;
import org.kmbportal.partnerships.PlanDraft;
import org.kmbportal.partnerships.PlanWording;
import org.kmbportal.search.SearchService;
import org.kmbportal.web.LocaleBean;
import org.kmbportal.web.QuotedText;

/**
 * What the plan editor and the check-in page share: the plan's form (items added, removed, moved, linked to resources
 * found by searching, to collections, and to resources "evidence for this" suggests), nothing saved until the page's
 * own save. Subclasses load the partnership and save.
 */
public abstract class PlanEditing implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartnershipOverview overview;

    @Inject
    transient LibraryService library;

    @Inject
    transient CollectionService collections;

    @Inject
    transient SearchService search;

    @Inject
    transient Evidence evidence;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient Refusals refusals;

    @Inject
    transient KeptForms keptForms;

    @Inject
    transient LocaleBean locale;

    protected String id;
    protected long partnershipId;
    protected long version;
    protected final PlanForm form = new PlanForm();
    private PlanDraft loaded = new PlanDraft(null, List.of());
    private transient Dashboard dashboard;
    private LinkPicker picker = new LinkPicker();

    /** Reads the partnership for this page; 404 when it does not exist or the reader may not see it. */
    protected boolean open() throws IOException {
        try {
            partnershipId = Long.parseLong(id == null ? "" : id.strip());
            dashboard = overview.dashboard(partnershipId);
            return true;
        } catch (NumberFormatException | PartnershipException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return false;
        }
    }

    /** Puts the stored plan in the form. */
    protected void fillForm() {
        Dashboard d = getDashboard();
        version = d.partnership().getPlanVersion();
        form.reset(d.partnership().getGoals(), d.items().stream().map(this::row).toList());
        loaded = new PlanDraft(d.partnership().getGoals(), d.items());
    }

    /** The plan as it was loaded into the form (before anything typed). */
    protected PlanDraft loadedPlan() {
        return loaded;
    }

    /** Whether the form's plan differs from the plan loaded into it. */
    protected boolean planChanged(PlanDraft draft) {
        return !draft.items().equals(loaded.items()) || draft.goals() != null && !draft.goals().equals(loaded.goals());
    }

    private ItemRow row(ItemState item) {
        return ItemRow.of(item, item.resources().stream().map(r -> new ItemRow.Link(r, library.find(r)
                .map(Resource::toContent).map(c -> c.title()).orElse(r))).toList(),
                item.collections().stream().map(c -> new ItemRow.Link(c, collections.find(c)
                        .map(Collection::getTitle).orElse(c))).toList());
    }

    public Dashboard getDashboard() {
        if (dashboard == null) {
            dashboard = overview.dashboard(partnershipId);
        }
        return dashboard;
    }

    protected void forget() {
        dashboard = null;
    }

    /**
     * Called after each of the form's own buttons (add, remove, move, link, unlink, find, evidence). The plan page
     * answers with a redirect to its own address, keeping the form and the message (Post/Redirect/Get), so that Back
     * never asks to send the form again; the check-in page shows the form again in the same answer.
     */
    protected void changed() {
    }

    /**
     * Answers a button with a redirect to the page's own address (Post/Redirect/Get): the page's state goes in the
     * flash under {@code key}, and the messages with it. It is also kept for the session under a number the address
     * carries, so that a reload or Back shows the form as the button left it, with what was typed ({@link KeptForms}).
     */
    protected void reloadKeeping(String key, Serializable state, String address) {
        org.kmbportal.web.PostRedirectGet.to(address + "&" + KeptForms.PARAMETER + "=" + keptForms.keep(key, state),
                key, state);
    }

    /**
     * The page's state a button left under {@code key}: in the flash when this is the redirect it answered with, else
     * kept for the number in the address (a reload, Back), else none.
     */
    protected Object keptState(String key) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        Object state = external.getFlash().get(key);
        return state != null
                ? state
                : keptForms.kept(key, external.getRequestParameterMap().get(KeptForms.PARAMETER), Serializable.class)
                        .orElse(null);
    }

    /** What the form holds, to carry across a redirect; {@link #restore} puts it back. */
    protected Kept kept() {
        PlanForm copy = new PlanForm();
        copy.reset(form.getGoals(), List.copyOf(form.getRows()));
        copy.setReason(form.getReason());
        return new Kept(version, copy, loaded, picker.copy());
    }

    protected void restore(Kept kept) {
        version = kept.version();
        form.reset(kept.form().getGoals(), kept.form().getRows());
        form.setReason(kept.form().getReason());
        loaded = kept.loaded();
        picker = kept.picker().copy();
    }

    /** The form between two requests: the plan as typed, the version it started from, the link picker's state. */
    protected record Kept(long version, PlanForm form, PlanDraft loaded, LinkPicker picker) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public void addItem() {
        form.add();
        changed();
    }

    /**
     * Takes item {@code index} out of the form and says which one, and how to keep the change (the page then puts the
     * focus on a neighbouring item's notes, never on the Remove button that took this one's place).
     */
    public void removeItem(int index) {
        if (index >= 0 && index < form.getRows().size()) {
            String label = itemLabel(index);
            form.remove(index);
            messages.info(keepingKey("itemRemoved"), QuotedText.inMessage(label, locale.getCurrent()));
        }
        changed();
    }

    /**
     * A message that names what changed and the page's button that keeps the change ("Save the plan"): {@code name}
     * among the plan's messages.
     */
    protected String keepingKey(String name) {
        return "partnerships.plan." + name;
    }

    /**
     * How buttons and messages name item {@code index}: its "what", or "Item 2" while the "what" is still blank (a
     * button read as "Move up: 2" said nothing).
     */
    public String itemLabel(int index) {
        return PlanWording.itemName(index + 1, what(index), locale.getCurrent());
    }

    /**
     * What is wrong with box {@code box} (what, why, due, notes) of item {@code index}, said beside it (the box is then
     * marked invalid and described by it), or null. The plan page says it; the check-in page lists it above the form.
     */
    public String itemError(int index, String box) {
        return null;
    }

    /**
     * The most characters box {@code box} (what, why, notes) keeps, as the server counts them: said with the box
     * before Save (the 300 of "What" was said only after Save, in a one-line box: user session api58).
     */
    public int limitOf(String box) {
        return switch (box) {
            case "what" -> org.kmbportal.partnerships.PlanRules.MAX_WHAT;
            case "why" -> org.kmbportal.partnerships.PlanRules.MAX_WHY;
            default -> org.kmbportal.partnerships.PlanRules.MAX_NOTES;
        };
    }

    /** Item {@code index}'s heading and its entry in the list of items: "Item 2: what", or "Item 2" while blank. */
    public String itemHeading(int index) {
        return PlanWording.itemHeading(index + 1, what(index), locale.getCurrent());
    }

    /** A button's accessible name: its action on an item or a link ("Move down: Item 2", « Descendre : … »). */
    public String actionOn(String actionKey, String subject) {
        return PlanWording.actionOn(actionKey, subject, locale.getCurrent());
    }

    private String what(int index) {
        List<ItemRow> rows = form.getRows();
        return index >= 0 && index < rows.size() ? rows.get(index).getWhat() : null;
    }

    public void moveUp(int index) {
        form.move(index, -1);
        changed();
    }

    public void moveDown(int index) {
        form.move(index, 1);
        changed();
    }

    public void unlinkResource(int row, int link) {
        List<ItemRow.Link> links = form.getRows().get(row).getResources();
        if (link >= 0 && link < links.size()) {
            links.remove(link);
        }
        changed();
    }

    public void unlinkCollection(int row, int link) {
        List<ItemRow.Link> links = form.getRows().get(row).getCollections();
        if (link >= 0 && link < links.size()) {
            links.remove(link);
        }
        changed();
    }

    /** Finds library resources (not collections) for the words typed. */
    public void findResources() {
        if (!picker.find(search, locale.getLanguage(), messages.lengthRefusal(picker.getQuery(), LinkPicker.QUERY_MAX,
                "search.error.tooLongHere"))) {
            messages.error("partnerships.plan.badQuery");
        }
        changed();
    }

    public void linkFound(String resourceId, String title) {
        targetRow().ifPresent(row -> {
            row.link(new ItemRow.Link(resourceId, title));
            messages.info(keepingKey("linked"), quoted(title), quoted(itemLabel(picker.getTarget())));
        });
        changed();
    }

    public void linkCollection() {
        Optional<Collection> chosen = collections.readable(picker.chosenCollection(), null);
        if (chosen.isEmpty()) {
            messages.error("partnerships.plan.chooseCollection");
        } else {
            targetRow().ifPresent(row -> {
                row.linkCollection(new ItemRow.Link(chosen.get().getSlug(), chosen.get().getTitle()));
                messages.info(keepingKey("linked"), QuotedText.name(chosen.get().getTitle(), locale.getCurrent()),
                        quoted(itemLabel(picker.getTarget())));
            });
        }
        changed();
    }

    /** "Evidence for this": resources for the row's words and the partner's profile. */
    public void askEvidence(int index) {
        ItemRow row = form.getRows().get(index);
        if (row.getWhat() == null || row.getWhat().isBlank()) {
            messages.error("partnerships.evidence.whatFirst");
        } else {
            evidence.forItem(partnershipId, row.getWhat(), row.getWhy(), new HashSet<>(row.getResources().stream()
                    .map(ItemRow.Link::id).toList()), locale.getLanguage()).ifPresentOrElse(
                            list -> row.showSuggestions(list.stream().map(s -> new ItemRow.Suggestion(s.id(),
                                    s.title(), s.type(), s.reasons())).toList()),
                            row::evidenceUnavailable);
        }
        changed();
    }

    public void linkSuggestion(int index, String resourceId, String title) {
        ItemRow row = form.getRows().get(index);
        row.link(new ItemRow.Link(resourceId, title));
        messages.info(keepingKey("linked"), quoted(title), quoted(itemLabel(index)));
        changed();
    }

    /** Someone's text as the status messages quote it (on one line, its own marks not doubled, not too long). */
    private String quoted(String text) {
        return QuotedText.inMessage(text, locale.getCurrent());
    }

    private Optional<ItemRow> targetRow() {
        Optional<ItemRow> row = picker.targetRow(form);
        if (row.isEmpty()) {
            messages.error("partnerships.plan.chooseItem");
        }
        return row;
    }

    /** The collections the reader may link (those they may read without a link's key). */
    public List<Collection> getCollectionChoices() {
        return collections.listed();
    }

    public PlanForm getForm() {
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The link picker: the item chosen, the words typed to find resources and what they found, the collection. */
    public LinkPicker getPicker() {
        return picker;
    }

    public List<String> getLeads() {
        return List.of("partner", "mentor");
    }

    public List<String> getStatuses() {
        return List.of("planned", "in-progress", "done", "dropped");
    }
}
