package org.kmbportal.editorial.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.kmbportal.content.ContentReader;
import org.kmbportal.library.SummarySection;
import org.kmbportal.platform.PlainText;

/**
 * The boxes of the edit form that hold an invisible or control character (a direction override U+202E, a byte-order
 * mark, a control character), with the character's name, and for a box of several lines the line it is on: said
 * beside the box, in the page's language, whatever else the form holds. The content format refused such a title only
 * after the other boxes were right, at the top of the page, half in English and about "line 4" of a file the editor
 * never sees (user sessions us49 and us50, for a section, the authors, a guide's summary).
 * <p>
 * Which characters: exactly those the content format refuses ({@link ContentReader#refusedCharacter}), in exactly the
 * text the form gives it: a box's words without the spaces around them, the authors and based-on one line each. A
 * box is refused here when, and only when, the file would be.
 */
final class HiddenCharacters {

    /** The boxes by the form's field id: each is one line of text in the content format. */
    private static final Map<String, Function<ResourceForm, String>> BOXES = boxes();
    /** The message of a one-line box (the character), and of a box of several lines (the character, the line). */
    static final String IN_LINE = "field.invisibleCharacter";
    static final String IN_TEXT = "field.invisibleCharacterLine";

    private HiddenCharacters() {
    }

    /**
     * The boxes holding such a character, each with its message's arguments: the first one's name ({@code U+202E}),
     * and in a box of several lines the number of its line in the box (1 for the first); in the form's order.
     */
    static Map<String, Object[]> in(ResourceForm form) {
        Map<String, Object[]> found = new LinkedHashMap<>();
        BOXES.forEach((id, value) -> {
            int c = inValue(value.apply(form));
            if (c >= 0) {
                found.put(id, new Object[]{PlainText.name(c)});
            }
        });
        texts(form).forEach((id, value) -> inText(value == null ? "" : value).ifPresent(a -> found.put(id, a)));
        lists(form).forEach((id, value) -> inList(value == null ? "" : value).ifPresent(a -> found.put(id, a)));
        return found;
    }

    /**
     * A text box's first refused character and its line, among the words the form keeps: its lines ended by
     * {@code \n}, the spaces and line breaks around the whole taken off (as {@link ResourceForm} writes it).
     */
    private static Optional<Object[]> inText(String value) {
        String plain = PlainText.withPlainLineEnds(value);
        String kept = plain.strip();
        int before = kept.isEmpty()
                ? 0
                : (int) plain.substring(0, plain.indexOf(kept)).chars().filter(c -> c == '\n')
                        .count();
        String[] lines = kept.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int c = ContentReader.refusedCharacter(lines[i]);
            if (c >= 0) {
                return Optional.of(new Object[]{PlainText.name(c), before + i + 1});
            }
        }
        return Optional.empty();
    }

    /** A box of one entry a line (the authors, based-on): the first line holding a refused character, and which. */
    private static Optional<Object[]> inList(String value) {
        String[] lines = PlainText.withPlainLineEnds(value).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int c = inValue(lines[i]);
            if (c >= 0) {
                return Optional.of(new Object[]{PlainText.name(c), i + 1});
            }
        }
        return Optional.empty();
    }

    /** A field's value (a title, an author): the first refused character of its words, or -1. */
    private static int inValue(String value) {
        return value == null ? -1 : ContentReader.refusedCharacter(value.strip());
    }

    /** The message key of a box found by {@link #in}: its arguments say whether it names a line. */
    static String keyOf(Object[] arguments) {
        return arguments.length > 1 ? IN_TEXT : IN_LINE;
    }

    /** The arguments of the box's message: the character's name (and line) for a box holding one, else none. */
    static Object[] argumentsOf(ResourceForm form, String id) {
        Object[] arguments = in(form).get(id);
        return arguments == null ? new Object[0] : arguments;
    }

    /** The text boxes of several lines the form shows for its type, by field id. */
    private static Map<String, String> texts(ResourceForm form) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (form.isResearchSummary()) {
            SummarySection[] sections = SummarySection.values();
            for (int i = 0; i < sections.length; i++) {
                texts.put("sections:" + i + ":section", form.getSections().get(sections[i].key()));
            }
        } else {
            texts.put("guideSummary", form.getSummary());
            texts.put("guideBody", form.getBody());
        }
        return texts;
    }

    /** The boxes of one entry a line the form shows for its type, by field id. */
    private static Map<String, String> lists(ResourceForm form) {
        return form.isResearchSummary()
                ? Map.of("authors", form.getCitation().getAuthors())
                : Map.of("basedOn", form.getBasedOn());
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
