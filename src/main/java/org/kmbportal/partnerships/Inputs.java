package org.kmbportal.partnerships;

import org.kmbportal.platform.PlainText;

/** Checks of the free text people type into a partnership: trimmed, within its length, and present when required. */
final class Inputs {

    /** The problem code of a required field left blank or invisible. */
    static final String REQUIRED = "required";

    private Inputs() {
    }

    static String required(String value, int max, String code, String what) {
        String text = optional(value, max, code, what);
        if (text.isEmpty()) {
            throw PartnershipException.badRequest(code, "Write " + what + ".");
        }
        return text;
    }

    /**
     * As {@link #required}, for a field the pages call required: a blank or invisible value is refused with the
     * problem {@code required}, so a page says "This field is required." rather than the field's length rule.
     */
    static String requiredField(String value, int max, String code, String what) {
        String text = optional(value, max, code, what);
        if (text.isEmpty()) {
            throw new PartnershipException(PartnershipException.Kind.BAD_REQUEST, code, "Write " + what + ".",
                    java.util.List.of(new PartnershipException.Problem(0, REQUIRED, "")));
        }
        return text;
    }

    static String optional(String value, int max, String code, String what) {
        String text = clean(value);
        if (PlainText.length(text) > max) {
            throw new PartnershipException(PartnershipException.Kind.BAD_REQUEST, code, "Keep " + what + " to " + max
                    + " characters (it has " + PlainText.length(text) + ").",
                    java.util.List.of(new PartnershipException.Problem(0, "too_long", String.valueOf(max))));
        }
        return text;
    }

    /**
     * Trimmed, with line breaks made plain and control characters (other than line breaks and tabs) left out; empty
     * when nothing in it is visible ({@link PlainText#isBlank}), so such a text counts as none.
     */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String unified = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder kept = new StringBuilder(unified.length());
        unified.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        return PlainText.visibleOrEmpty(kept.toString());
    }
}
