package org.kmbportal.curation;

import java.util.function.Predicate;

import org.kmbportal.library.Slugs;

/** Collection ids: the content format's slugs, and new ones made from a title. */
final class CollectionIds {

    private CollectionIds() {
    }

    static boolean valid(String id) {
        return Slugs.valid(id);
    }

    /** An id made from the title ("Starting out" becomes "starting-out", then "starting-out-2" if taken). */
    static String free(String title, Predicate<String> taken) {
        return Slugs.free(title, "collection", taken);
    }
}
