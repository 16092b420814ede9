package org.kmbportal.curation.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.kmbportal.platform.PlainText;
import org.kmbportal.platform.WebLinks;
import org.kmbportal.web.FacesMessages;
import org.kmbportal.web.QuotedText;

/**
 * The outside link typed under a collection's items and not added yet ({@code curate/edit.xhtml}, "Add a link"): its
 * address, title and note, and why it cannot be added as typed. Spaces around the address go and one in its path is
 * written %20 (a pasted file name); a space in the site's name has its own refusal, as the address cannot be guessed.
 */
public class LinkToAdd implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The longest title of a link, as a collection's file keeps it: a longer one is refused beside its box with its
     * length, no longer cut at this length by the box itself (user session).
     */
    static final int TITLE_MAX = 500;

    /**
     * Why a link cannot be added: the box it is said beside ("new-url", "new-title"), a message key and the text the
     * message quotes (null when it quotes none), or the numbers it gives.
     */
    record Refusal(String box, String key, String quoted, List<Integer> numbers) {

        Refusal(String key, String quoted) {
            this("new-url", key, quoted, List.of());
        }

        /** The message's arguments: the text quoted as the page's language quotes, or the numbers. */
        Object[] arguments(Locale locale) {
            return quoted == null ? numbers.toArray() : new Object[]{QuotedText.inMessage(quoted, locale)};
        }
    }

    private String url = "";
    private String title = "";
    private String note = "";

    /** Nothing typed in any of the three boxes. */
    boolean isBlank() {
        return blank(url) && blank(title) && blank(note);
    }

    /** Why the link typed cannot be added to {@code form}; empty when it can. */
    Optional<Refusal> refusal(CollectionForm form) {
        String address = WebLinks.typed(url);
        if (WebLinks.hasSpace(address)) {
            return Optional.of(new Refusal("curation.linkSpace", address));
        }
        if (WebLinks.hasBadPort(address)) {
            return Optional.of(new Refusal("curation.linkPort", address));
        }
        if (!WebLinks.isHttp(address) || strip(title).isEmpty()) {
            return Optional.of(new Refusal("curation.linkInvalid", null));
        }
        if (PlainText.typedLength(title) > TITLE_MAX) {
            return Optional.of(new Refusal("new-title", FacesMessages.TOO_LONG, null, List.of(TITLE_MAX, PlainText
                    .typedLength(title))));
        }
        if (form.holds(null, address)) {
            return Optional.of(new Refusal("curation.alreadyIn", strip(title)));
        }
        return Optional.empty();
    }

    /** The link as an item of the form (after {@link #refusal} found nothing wrong). */
    ItemRow row() {
        return new ItemRow("", "", WebLinks.typed(url), strip(title), strip(note));
    }

    /** Empties the three boxes once the link is added. */
    void clear() {
        url = "";
        title = "";
        note = "";
    }

    /** A copy to keep across a redirect, which the boxes typed in afterwards do not change. */
    LinkToAdd copy() {
        LinkToAdd copy = new LinkToAdd();
        copy.url = url;
        copy.title = title;
        copy.note = note;
        return copy;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
