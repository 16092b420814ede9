package org.kmbportal.curation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;

import org.kmbportal.curation.CollectionAdding;
import org.kmbportal.curation.CollectionChecks;
import org.kmbportal.curation.CollectionException;
import org.kmbportal.library.LibraryService;
import org.kmbportal.platform.WebLinks;
import org.kmbportal.platform.PlainText;
import org.kmbportal.web.FacesMessages;
import org.kmbportal.web.LocaleBean;
import org.kmbportal.web.MarkdownRenderer;
import org.kmbportal.web.QuotedText;

/**
 * What the collection pages say about a save: refused, "Not saved" at the top and what was wrong, beside the title box
 * when the curator already has a collection of that title or the title is too long (its limit and its length); saved,
 * beside the description box, the markup readers will not get (the page removes a {@code <script>} or a
 * {@code <span>}; the text stays as written).
 */
final class SaveFeedback {

    private SaveFeedback() {
    }

    /** The longest curator's name, as the content format keeps it (in characters, an emoji one). */
    static final int CURATOR_MAX = 300;

    /** The longest description or item's note, as the content format keeps them (in characters, an emoji one). */
    static final int NOTE_MAX = 4000;

    /**
     * Whether a box of the edit page holds what a collection does not keep: the curator, the description, a link's
     * title or an item's note longer than its limit, no title, or a link without a title or an http(s) address. Each is said beside its box (the limit and its
     * length, or that it is required) and named at the top by its label and its item ("Item 1 — Why it is here"),
     * under "Not saved"; the text stays in the box. The service said these with the content format's field names
     * ("items[].note", "title": user session, prof57), and only the first.
     */
    static boolean tooLong(FacesMessages messages, CollectionForm form) {
        List<Refusal> refusals = new ArrayList<>();
        String title = form.getTitle();
        if (title == null || title.isBlank()) {
            refusals.add(new Refusal("edit:title", messages.text("field.title"), "field.required"));
        } else {
            CollectionChecks.titleTooLong(title).ifPresent(t -> refusals.add(new Refusal("edit:title", messages.text(
                    "field.title"), "curation.titleTooLongBy", CollectionChecks.TITLE_MAX, t.length())));
        }
        length(refusals, "edit:curator", messages.text("curate.edit.curator"), form.getCurator(), CURATOR_MAX);
        length(refusals, "edit:description", messages.text("curate.edit.description"), form.getDescription(),
                NOTE_MAX);
        List<ItemRow> items = form.getItems();
        for (int i = 0; i < items.size(); i++) {
            ItemRow row = items.get(i);
            if (!row.isFromLibrary() && !row.isOutOfLibrary()) {
                String address = messages.text("curation.itemBox", i + 1, messages.text("curate.edit.url"));
                String url = row.getUrl() == null ? "" : row.getUrl().strip();
                if (url.isEmpty()) {
                    refusals.add(new Refusal("edit:items:" + i + ":url", address, "field.required"));
                } else if (!WebLinks.isHttp(url)) {
                    refusals.add(new Refusal("edit:items:" + i + ":url", address, "curation.linkNotHttp"));
                }
                String linkTitle = messages.text("curation.itemBox", i + 1, messages.text("curate.edit.linkTitle"));
                if (row.getTitle() == null || row.getTitle().isBlank()) {
                    refusals.add(new Refusal("edit:items:" + i + ":link-title", linkTitle, "field.required"));
                } else {
                    length(refusals, "edit:items:" + i + ":link-title", linkTitle, row.getTitle(),
                            LinkToAdd.TITLE_MAX);
                }
            }
            length(refusals, "edit:items:" + i + ":note", messages.text("curation.itemBox", i + 1, messages.text(
                    "curate.edit.note")), row.getNote(), NOTE_MAX);
        }
        if (refusals.isEmpty()) {
            return false;
        }
        messages.error("curation.notSaved");
        for (Refusal refusal : refusals) {
            messages.fieldError(refusal.box(), refusal.key(), refusal.arguments());
            messages.error("curation.boxRefused", refusal.label(), messages.text(refusal.key(), refusal.arguments()));
        }
        return true;
    }

    /** What is wrong with one box: said beside it ({@code box}, its client id) and at the top with its label. */
    private record Refusal(String box, String label, String key, Object... arguments) {
    }

    private static void length(List<Refusal> refusals, String box, String label, String typed, int max) {
        int length = PlainText.typedLength(typed);
        if (length > max) {
            refusals.add(new Refusal(box, label, FacesMessages.TOO_LONG, max, length));
        }
    }

    /** A refused save; {@code titleBox} is the client id of the page's title box. */
    static void refused(FacesMessages messages, CollectionException e, LocaleBean locale, String titleBox) {
        messages.error("curation.notSaved");
        if (e instanceof CollectionAdding.SameTitle same) {
            messages.fieldError(titleBox, same.wordsKey(), QuotedText.inMessage(same.collection().getTitle(),
                    locale.getCurrent()));
            return;
        }
        if (e instanceof CollectionChecks.TitleTooLong tooLong) {
            // Beside the box, with the limit and the title's length: the box cut a longer paste at 500 silently.
            messages.fieldError(titleBox, "curation.titleTooLongBy", CollectionChecks.TITLE_MAX, tooLong.length());
            return;
        }
        e.detailsIn(locale.getLanguage()).forEach(d -> messages.error("curation.problem", d));
    }

    /**
     * A refused save on the edit page: a library resource the curator added that is no longer published (the editors
     * took it out after it was found) is said beside its row, the row marked, not at the top with its raw id; the
     * rest as {@link #refused}.
     */
    static void refusedOnEditPage(FacesMessages messages, CollectionException e, LocaleBean locale,
            CollectionForm form, LibraryService library) {
        if (e.refusedResources().isEmpty()) {
            refused(messages, e, locale, "edit:title");
            return;
        }
        messages.error("curation.notSaved");
        List<ItemRow> items = form.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (e.refusedResources().contains(items.get(i).getResource())) {
                messages.fieldError("edit:items:" + i + ":note", "curation.check.notPublishedRow");
            }
        }
        form.markGone(library);
        e.wordings().stream().filter(w -> !NO_RESOURCE.equals(w.key())).forEach(w -> messages.error(
                "curation.problem", w.in(locale.getLanguage())));
    }

    private static final String NO_RESOURCE = "curation.check.noResource";

    /** After a save: the description's markup that readers will not see, said beside {@code descriptionBox}. */
    static void saved(FacesMessages messages, String description, String descriptionBox) {
        SortedSet<String> removed = MarkdownRenderer.removedElements(description);
        if (!removed.isEmpty()) {
            messages.fieldWarning(descriptionBox, "curation.markupRemoved", removed.stream().map(n -> "<" + n + ">")
                    .collect(Collectors.joining(", ")));
        }
    }
}
