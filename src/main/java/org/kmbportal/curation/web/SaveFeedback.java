package org.kmbportal.curation.web;

import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;

import org.kmbportal.curation.CollectionAdding;
import org.kmbportal.curation.CollectionChecks;
import org.kmbportal.curation.CollectionException;
import org.kmbportal.library.LibraryService;
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

    /**
     * Whether the edit page's curator or a link's title is longer than a collection keeps: each is said beside its box
     * with the limit and its length, "Not saved" at the top, and the text stays in the box (the boxes cut a paste at
     * 300 and 500 characters silently before).
     */
    static boolean tooLong(FacesMessages messages, CollectionForm form) {
        boolean refused = messages.tooLong("edit:curator", form.getCurator(), CURATOR_MAX);
        // The title too, so that a save with several boxes too long says each beside its box (the service, asked
        // only once the rest passes, said the title alone, and never with the curator).
        var title = CollectionChecks.titleTooLong(form.getTitle());
        title.ifPresent(t -> messages.fieldError("edit:title", "curation.titleTooLongBy", CollectionChecks.TITLE_MAX,
                t.length()));
        refused |= title.isPresent();
        List<ItemRow> items = form.getItems();
        for (int i = 0; i < items.size(); i++) {
            ItemRow row = items.get(i);
            refused |= !row.isFromLibrary() && messages.tooLong("edit:items:" + i + ":link-title", row.getTitle(),
                    LinkToAdd.TITLE_MAX);
        }
        if (refused) {
            messages.error("curation.notSaved");
        }
        return refused;
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
