package org.kmbportal.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.library.LibraryService;
import org.kmbportal.platform.PlainText;

/**
 * Checks a collection by the content format's own rules: it is written as a file and read back, so the edit page,
 * the API and an import accept exactly the same things. Its library items must be published resources, and a shared
 * collection must name organizations its curator supports.
 */
@ApplicationScoped
public class CollectionChecks {

    static final int MAX_ITEMS = 300;
    /** The longest title, in characters as readers count them ({@link PlainText#length}: an emoji is one). */
    public static final int TITLE_MAX = 500;

    @Inject
    CollectionFormat format;

    @Inject
    LibraryService library;

    /** A title over {@link #TITLE_MAX}: pages say the limit and the title's length beside its box. */
    public static final class TitleTooLong extends CollectionException {

        private static final long serialVersionUID = 1L;
        private final int length;

        TitleTooLong(int length) {
            super("curation.titleTooLong", "A collection's title has at most " + TITLE_MAX + " characters; this one"
                    + " has " + length + ".");
            this.length = length;
            with(TITLE_MAX, length);
        }

        /** The title's length, as {@link #TITLE_MAX} counts it. */
        public int length() {
            return length;
        }
    }

    /**
     * The refusal of a title longer than {@link #TITLE_MAX} as it is kept (its visible text, trimmed), with its length;
     * empty when it fits or is none. The one check of a title's length: the service's, and the edit page's, which says
     * it beside the title box in the same save as the other boxes too long.
     */
    public static Optional<TitleTooLong> titleTooLong(String title) {
        int length = PlainText.length(PlainText.visibleOrEmpty(title));
        return length > TITLE_MAX ? Optional.of(new TitleTooLong(length)) : Optional.empty();
    }

    /** The library resources a collection holds, by id: those {@link #check} lets stay when no longer published. */
    public static Set<String> resourcesIn(CollectionContent content) {
        Set<String> held = new java.util.HashSet<>();
        content.items().stream().filter(CollectionEntry::isResource).forEach(e -> held.add(e.resource()));
        return held;
    }

    /** Throws {@link CollectionException} listing every problem; returns quietly when the collection is valid. */
    public void check(CollectionContent content, Set<Long> organizations, Set<Long> shareable) {
        check(content, organizations, shareable, Set.of());
    }

    /**
     * As {@link #check(CollectionContent, Set, Set)}, for a collection that already holds the library resources
     * {@code held}: one of them the editors have taken out of the library since (archived) keeps its place, as it may
     * be published again, and never refuses a save the curator made for something else. Only a resource the curator
     * adds now must be published; the refusal names it ({@link CollectionException#refusedResources()}).
     */
    public void check(CollectionContent content, Set<Long> organizations, Set<Long> shareable, Set<String> held) {
        Optional<TitleTooLong> tooLong = titleTooLong(content.title());
        if (tooLong.isPresent()) {
            throw tooLong.get();
        }
        List<Wording> errors = new ArrayList<>();
        CollectionFormat.Reading file = format.read("collections/" + content.id() + ".md", format.write(content));
        errors.addAll(file.wordings());
        if (file.collection().isPresent() && file.collection().get().items().size() != content.items().size()) {
            errors.add(Wording.of("every item needs an http or https address and a title, or a library resource",
                    "curation.check.itemIncomplete"));
        }
        if (content.items().size() > MAX_ITEMS) {
            errors.add(Wording.of("a collection holds at most " + MAX_ITEMS + " items", "curation.check.tooManyItems",
                    MAX_ITEMS));
        }
        List<String> refused = new ArrayList<>();
        for (CollectionEntry entry : content.items()) {
            if (entry.isResource() && !held.contains(entry.resource())
                    && library.published(entry.resource()).isEmpty()) {
                refused.add(entry.resource());
                errors.add(Wording.of("there is no published resource '" + entry.resource() + "'",
                        "curation.check.noResource", entry.resource()));
            }
        }
        if (content.visibility() == Visibility.SHARED) {
            if (organizations.isEmpty()) {
                errors.add(Wording.of("choose the organizations to share the collection with",
                        "curation.check.chooseOrganizations"));
            } else if (!shareable.containsAll(organizations)) {
                errors.add(Wording.of("a collection is shared only with organizations its curator supports",
                        "curation.check.notSupported"));
            }
        }
        if (!errors.isEmpty()) {
            throw CollectionException.worded("curation.invalid", "The collection cannot be saved.", errors, refused);
        }
    }
}
