package org.kmbportal.search;

import java.util.List;

/**
 * A French verb and the noun made from it read as one word: « former les mentors » says « formation des mentors », which
 * the stemmer keeps apart (« form » and « format »).
 */
final class VerbsAndNouns {

    private VerbsAndNouns() {
    }

    /**
     * The endings of a French verb's forms that its noun does not have: « former », « formons », « forment »
     * (« formation »), « recruter » (« recrutement »), « jumeler » (« jumelage »), « superviser » (« supervision »).
     * Not « é », « e », « es »: folded, « formé » is « forme », a shape.
     */
    static final List<String> VERB_ENDINGS = List.of("eraient", "erions", "erons", "eront", "erait", "erais", "aient",
            "ions", "iez", "ent", "ons", "ant", "ez", "er");
    /** The endings of a French noun made from a verb, longest first. */
    static final List<String> NOUN_ENDINGS = List.of("ation", "ement", "ition", "sion", "tion", "age", "ure");
    /** The shortest root a verb and a noun share to be read as one word (« form » of « former », « formation »). */
    static final int ROOT = 4;

    /** The French word's root without a verb's ending, or null when it has none (or too short a root). */
    static String verbRoot(String folded) {
        for (String ending : VERB_ENDINGS) {
            if (folded.endsWith(ending) && folded.length() - ending.length() >= ROOT) {
                return folded.substring(0, folded.length() - ending.length());
            }
        }
        return null;
    }

    static String nounRoot(String written) {
        String folded = written.endsWith("s") ? written.substring(0, written.length() - 1) : written;
        for (String ending : NOUN_ENDINGS) {
            if (folded.endsWith(ending) && folded.length() - ending.length() >= ROOT) {
                String root = folded.substring(0, folded.length() - ending.length());
                // « -sion », « -tion » keep their consonant in the verb: « supervis-er », « supervis-ion ».
                return ending.equals("sion") || ending.equals("tion") ? root + ending.charAt(0) : root;
            }
        }
        return null;
    }
}
