package org.kmbportal.partnerships;

import org.kmbportal.platform.PlainText;

/** Checks of the free text people type into a partnership: trimmed, within its length, and present when required. */
final class Inputs {

    private Inputs() {
    }

    static String required(String value, int max, String code, String what) {
        String text = optional(value, max, code, what);
        if (text.isEmpty()) {
            throw PartnershipException.badRequest(code, "Write " + what + ".");
        }
        return text;
    }

    static String optional(String value, int max, String code, String what) {
        String text = clean(value);
        if (text.length() > max) {
            throw new PartnershipException(PartnershipException.Kind.BAD_REQUEST, code, "Keep " + what + " to " + max
                    + " characters (it has " + text.length() + ").",
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
