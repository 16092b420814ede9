package org.kmbportal.editorial.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kmbportal.content.BatchValidator;
import org.kmbportal.content.ContentBatch;
import org.kmbportal.content.ContentWriter;
import java.nio.file.Path;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.Taxonomy;

/**
 * The editor's form holds the whole resource: a shipped summary or guide opened and saved without a change is the
 * same text (else a Save with no change would alter it, and make a revision nobody asked for).
 */
class ResourceFormTest {

    @Test
    void everyShippedResourceComesBackFromTheEditFormUnchanged() {
        List<ResourceContent> shipped = BatchValidator
                .validate(ContentBatch.fromFolder(Path.of(System.getProperty("kmb.content.dir", "content"))),
                        Taxonomy.EMPTY, id -> Optional.empty())
                .resources();
        List<String> changed = new ArrayList<>();
        for (ResourceContent resource : shipped) {
            String before = ContentWriter.write(resource);
            String after = ContentWriter.write(ResourceForm.of(resource).toContent(resource.status()));
            if (!before.equals(after)) {
                changed.add(resource.id() + ": " + firstDifference(before, after));
            }
        }
        assertEquals(List.of(), changed);
    }

    private static String firstDifference(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String left = i < x.length ? x[i] : "<none>";
            String right = i < y.length ? y[i] : "<none>";
            if (!left.equals(right)) {
                return "line " + (i + 1) + " [" + left + "] became [" + right + "]";
            }
        }
        return "";
    }
}
