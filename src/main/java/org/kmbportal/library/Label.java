package org.kmbportal.library;

/** A name shown to readers, in English and French. */
public record Label(String en, String fr) {

    public Label {
        en = en == null ? "" : en.strip();
        fr = fr == null ? "" : fr.strip();
    }

    /** The label in the given language ({@code fr} or anything else for English), falling back to the other one. */
    public String in(String language) {
        String wanted = "fr".equals(language) ? fr : en;
        return wanted.isEmpty() ? ("fr".equals(language) ? en : fr) : wanted;
    }
}
