package org.kmbportal.editorial;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.kmbportal.content.ContentWriter;
import org.kmbportal.library.Resource;
import org.kmbportal.library.ResourceContent;

/**
 * Whether a typed resource is the stored one, as the content format writes both: saving it would record a revision
 * that changes nothing ({@link EditorialService#unchanged}). Pure.
 */
final class SameText {

    private SameText() {
    }

    /** Whether the content, written as a file, is the resource's stored text but for its facets' order. */
    static boolean as(Resource resource, ResourceContent content) {
        ResourceContent stored = resource.toContent();
        Set<String> facets = new HashSet<>();
        for (ResourceContent c : List.of(stored, content)) {
            facets.addAll(c.terms().keySet());
            facets.addAll(c.appliesWhen().keySet());
            facets.addAll(c.cautionsWhen().keySet());
        }
        return canonical(ContentWriter.write(stored), facets).equals(canonical(ContentWriter.write(content), facets));
    }

    private static final Pattern FACET_LINE = Pattern.compile("(\\s*)([a-z_-]+): \\[(.*)\\]");

    /**
     * The text with each facet's values in one order: a facet's values are a set, and the edit form's check boxes
     * send them in the vocabulary's order, so a form saved untouched may list them differently. Nothing else moves
     * (the order of authors, for one, is meaningful).
     */
    private static String canonical(String text, Set<String> facets) {
        return text.lines().map(line -> {
            Matcher m = FACET_LINE.matcher(line);
            if (!m.matches() || !facets.contains(m.group(2))) {
                return line;
            }
            List<String> values = new ArrayList<>(List.of(m.group(3).split(",\\s*")));
            Collections.sort(values);
            return m.group(1) + m.group(2) + ": [" + String.join(", ", values) + "]";
        }).collect(Collectors.joining("\n"));
    }
}
