package org.kmbportal.curation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

import org.kmbportal.content.ContentReader;

/** Collection ids: the content format's slugs, and new ones made from a title. */
final class CollectionIds {

    private CollectionIds() {
    }

    static boolean valid(String id) {
        return id != null && id.length() <= ContentReader.ID_MAX && ContentReader.ID.matcher(id).matches();
    }

    /** An id made from the title ("Starting out" becomes "starting-out", then "starting-out-2" if taken). */
    static String free(String title, Predicate<String> taken) {
        String base = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        base = base.length() > 60 ? base.substring(0, 60).replaceAll("-+$", "") : base;
        base = base.isEmpty() ? "collection" : base;
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
