package org.kmbportal.editorial.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.kmbportal.platform.PlainText;

/**
 * The one-line boxes of the edit form that hold an invisible or control character (a direction override U+202E, a
 * byte-order mark, a control character), with the character's name: said beside the box, in the page's language,
 * whatever else the form holds. The content format refused such a title only after the other boxes were right, at
 * the top of the page, half in English and about "line 4" of a file the editor never sees (user session us49).
 */
final class HiddenCharacters {

    /** The boxes by the form's field id: each is one line of text in the content format. */
    private static final Map<String, Function<ResourceForm, String>> BOXES = boxes();

    private HiddenCharacters() {
    }

    /** The boxes holding such a character, each with the first one's name ({@code U+202E}), in the form's order. */
    static Map<String, String> in(ResourceForm form) {
        Map<String, String> found = new LinkedHashMap<>();
        BOXES.forEach((id, value) -> {
            int c = PlainText.forbiddenInLine(value.apply(form));
            if (c >= 0) {
                found.put(id, PlainText.name(c));
            }
        });
        return found;
    }

    /** The arguments of the box's message: the character's name for a box holding one, else none. */
    static Object[] argumentsOf(ResourceForm form, String id) {
        String name = in(form).get(id);
        return name == null ? new Object[0] : new Object[]{name};
    }

    private static Map<String, Function<ResourceForm, String>> boxes() {
        Map<String, Function<ResourceForm, String>> boxes = new LinkedHashMap<>();
        boxes.put("title", ResourceForm::getTitle);
        boxes.put("summarizedBy", ResourceForm::getSummarizedBy);
        boxes.put("sample", ResourceForm::getSample);
        boxes.put("citationTitle", f -> f.getCitation().getCitationTitle());
        boxes.put("container", f -> f.getCitation().getContainer());
        return boxes;
    }
}
