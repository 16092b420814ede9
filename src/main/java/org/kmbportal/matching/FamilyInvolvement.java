package org.kmbportal.matching;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The participation or involvement of parents and families is family engagement, not youth participation: « faire
 * participer les parents », « la participation des familles », "parent involvement", "families rarely take part".
 * The taxonomy writes "participation" only in youth voice's label (« Voix et participation des jeunes »), so read as
 * written such a sentence named youth voice and put the youth-participation studies first. The word for taking part
 * is read as family engagement's own word ("engagement", the same in both languages) when it is said of parents or
 * families, before the paragraph is searched and its topics named.
 */
final class FamilyInvolvement {

    /** The words for taking part (folded accents optional), in English and French, nouns and verbs. */
    private static final String TAKING_PART = "(?:participation|participer|particip(?:e|es|ent|ons|ez|aient|ait|ant)"
            + "|implication|impliqu(?:er|e|ent|ons|ez|aient|ait|ant|és?|ées?)|s['’]\\s*impliqu\\w*|s['’]\\s*engag\\w*"
            + "|mobilis(?:er|ation|e|ent|ons)|involvement|involv(?:e|es|ed|ing)|participat(?:e|es|ed|ing)"
            + "|take part|takes part|took part|taking part|get involved|gets involved|got involved|engag(?:e|es|ed|ing)"
            + "|engagement)";
    /** Parents and families, in English and French. */
    private static final String FAMILIES = "(?:parents?|parental|familles?|family|families|caregivers?|proches"
            + "|p[eè]res|m[eè]res|guardians?)";
    /** Small words that may stand between the two: determiners, adverbs, « faire », "of the". */
    private static final String BETWEEN = "(?:\\s+(?:des|de|du|d['’]|la|le|les|l['’]|nos|vos|leurs|ses|aux|à|a|plus"
            + "|davantage|mieux|vraiment|peu|pas|rarement|jamais|of|the|our|their|more|with|from|by|rarely|never"
            + "|really|little|barely|hardly|among|in|to|and|et|y))*";

    private static final Pattern SAID_OF_FAMILIES = Pattern.compile("\\b(" + TAKING_PART + ")(" + BETWEEN + "\\s*"
            + FAMILIES + ")\\b|\\b(" + FAMILIES + BETWEEN + "(?:\\s+(?:ne|n['’]|don['’]t|do not|doesn['’]t|does not"
            + "|didn['’]t|won['’]t|will not|can['’]t|cannot|to|se|s['’]))*\\s*)(" + TAKING_PART + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** What family engagement's label says for taking part, in both languages. */
    static final String ENGAGEMENT = "engagement";

    private FamilyInvolvement() {
    }

    /** The text with each word for taking part said of parents or families read as engagement; the rest as written. */
    static String read(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        Matcher m = SAID_OF_FAMILIES.matcher(text);
        StringBuilder read = new StringBuilder();
        while (m.find()) {
            String replaced = m.group(1) != null ? ENGAGEMENT + m.group(2) : m.group(3) + ENGAGEMENT;
            m.appendReplacement(read, Matcher.quoteReplacement(replaced));
        }
        m.appendTail(read);
        return read.toString();
    }
}
