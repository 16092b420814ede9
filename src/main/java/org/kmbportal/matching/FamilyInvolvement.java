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

    /**
     * A pronoun for people who take part: « les faire participer », « les impliquer », « leur participation », « ils
     * participent peu », "get them involved", "involve them", "their participation", "they rarely take part". Whom it
     * stands for is the people the text named last before it ({@link #PEOPLE}).
     */
    private static final Pattern PRONOUN_TAKING_PART = Pattern.compile("\\b(?:(?:les|leur|leurs|ils|elles|their"
            + "|they)(?:\\s+(?:ne|n['’]|faire|fassent|font|pas|peu|plus|rarely|never|don['’]t|do not|to|get|to get"
            + "|hardly|barely|seldom))*\\s+" + TAKING_PART + "|" + TAKING_PART + "(?:\\s+(?:more|better|rarely))?"
            + "\\s+them|(?:get|getting|got|have|having|make|making)\\s+them\\s+(?:to\\s+)?" + TAKING_PART + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * Not the complement of other people named before ("the parents of our mentees", « les familles de nos jeunes »):
     * the pronoun after them stands for the parents.
     */
    private static final String NOT_A_COMPLEMENT = "(?<!\\bof |\\bof our |\\bof the |\\bof their |\\bof these |\\bde "
            + "|\\bde nos |\\bde leurs |\\bde ces |\\bd['’])";

    /**
     * People a pronoun may stand for: parents and families (group 1), or the others a paragraph names (the young
     * people, the mentors, the volunteers, the staff, the schools' students).
     */
    private static final Pattern PEOPLE = Pattern.compile("\\b(?:(" + FAMILIES + ")|" + NOT_A_COMPLEMENT
            + "(?:jeunes|enfants|ados|adolescent\\w*"
            + "|mentor[ée]\\w*|[ée]l[èe]ves|mentors?|b[ée]n[ée]voles|employ[ée]\\w*|intervenant\\w*|[ée]quipes?"
            + "|participants?|youth|young people|kids|children|child|teens|teenagers|mentees?|students?|volunteers?"
            + "|staff|teachers?|enseignant\\w*|partenaires|partners))\\b",
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
        Matcher m = SAID_OF_FAMILIES.matcher(ofPronouns(text));
        StringBuilder read = new StringBuilder();
        while (m.find()) {
            String replaced = m.group(1) != null ? ENGAGEMENT + m.group(2) : m.group(3) + ENGAGEMENT;
            m.appendReplacement(read, Matcher.quoteReplacement(replaced));
        }
        m.appendTail(read);
        return read.toString();
    }

    /**
     * The text with each taking part said with a pronoun that stands for parents or families (the people named last
     * before it) written as said of them: « Les parents viennent peu ; nous voulons les faire participer » is read
     * as « … nous voulons participation parents », so it names family engagement, not the young people's
     * participation.
     */
    private static String ofPronouns(String text) {
        Matcher m = PRONOUN_TAKING_PART.matcher(text);
        if (!m.find()) {
            return text;
        }
        Matcher people = PEOPLE.matcher(text).useTransparentBounds(true);
        StringBuilder read = new StringBuilder();
        String family = null;
        int searched = 0;
        do {
            // The people named last before the pronoun: one pass over the text for all its pronouns.
            people.region(searched, m.start());
            while (people.find()) {
                family = people.group(1);
            }
            searched = m.start();
            if (family != null) {
                m.appendReplacement(read, Matcher.quoteReplacement("participation " + family));
            }
        } while (m.find());
        m.appendTail(read);
        return read.toString();
    }
}
