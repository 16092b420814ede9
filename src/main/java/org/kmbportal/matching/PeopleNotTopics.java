package org.kmbportal.matching;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parents who are the mentors and a group that asked the organization for something are people, not topics: "our
 * mentors are mostly parents themselves" (« nos mentors sont surtout des parents ») does not speak of family
 * engagement, nor "a youth group asked us to help them" (« un groupe de jeunes nous a demandé de l’aide ») of group
 * mentoring. The word for them is left out before the paragraph's topics are read; the rest is read as written.
 */
final class PeopleNotTopics {

    /** The words for parents, as a paragraph says them of its mentors. */
    private static final String PARENTS = "(?:parents?|mothers?|fathers?|moms?|mums?|dads?|grand-?parents?"
            + "|grands-parents|m[eè]res|p[eè]res|mamans|papas|grand-m[eè]res|grands-p[eè]res)";
    /** The words for the mentors or the volunteers. */
    private static final String MENTORS = "(?:mentors?|volunteers?|tutors?|coaches|b[ée]n[ée]voles|tuteurs|tutrices"
            + "|parrains|marraines|mentores?|accompagnat(?:eurs|rices))";
    /** Small words that may stand between "are" and the parents: "mostly", « surtout des », "all working". */
    private static final String BETWEEN = "(?:\\s+(?:mostly|often|usually|generally|largely|mainly|all|also|many"
            + "|themselves|working|single|busy|retired|young|new|grand|surtout|souvent|g[ée]n[ée]ralement"
            + "|majoritairement|principalement|tous|toutes|aussi|eux-m[eê]mes|elles-m[eê]mes|des|de|d['’]|en"
            + "|majorit[ée]|pour|la|plupart|jeunes|nouveaux|nouvelles|occup[ée]s|retrait[ée]s|monoparentaux"
            + "|themselves|of|them|among|most))*";

    /**
     * Parents said to be the mentors: "our mentors are mostly parents", "mentors who are parents", « nos bénévoles sont
     * surtout des parents », "parents who volunteer as mentors", « des parents qui agissent comme mentors », "parent
     * volunteers", « des parents bénévoles ». Group 1 or 2 or 3 is the word for the parents.
     */
    private static final Pattern PARENTS_WHO_MENTOR = Pattern.compile("\\b" + MENTORS
            + "(?:\\s+(?:who|that|qui))?\\s+(?:are|is|were|sont|est|[ée]taient|seront|become|deviennent)" + BETWEEN
            + "\\s+(" + PARENTS + ")\\b|\\b(" + PARENTS + ")(?:\\s*,)?\\s+(?:who|that|qui)(?:\\s+(?:also|aussi|often"
            + "|souvent|themselves))*\\s+(?:mentor|mentorent|volunteer|tutor|coach|serve as|act as|are mentors"
            + "|are volunteers|sont (?:des |nos )?(?:mentors|b[ée]n[ée]voles)|agissent comme|deviennent|become"
            + "|s['’]engagent comme|s['’]impliquent comme|donnent de leur temps)\\b|\\b(" + PARENTS + ")\\s+"
            + MENTORS + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A group that asks, contacts or invites the organization: "a youth group asked us", "the group of parents that
     * approached us", « un groupe de jeunes nous a demandé ». Not a group the program runs (« mentorat de groupe »,
     * "group sessions"): a word for what a group does with mentors after it, « de » before it, or "and", « mais » before the asking, leaves it as written.
     */
    private static final Pattern GROUP_THAT_ASKED = Pattern.compile("(?<!\\bde |\\bd['’]|\\ben )\\b(groups?|groupes?)"
            + "\\b(?!\\s+(?:mentoring|sessions?|activit\\w*|meetings?|format|model|work|dynamics?|de mentorat"
            + "|s[ée]ances?|rencontres?))(?=(?:(?!\\b(?:and|et|but|mais|while|alors)\\b)[^.!?;\\n]){0,60}?\\b(?:asked|asks|approached|approaches|contacted"
            + "|contacts|invited|invites|requested|reached out|came to us|come to us|wrote to us|emailed us|called us"
            + "|wants? us|wanted us|would like us|nous\\s+(?:a|ont|avait|avaient)\\s+(?:demand|contact"
            + "|approch|sollicit|invit|appel|[ée]crit|joint|rejoint)\\p{L}*|nous\\s+(?:demande|demandent"
            + "|sollicite|sollicitent|contacte|contactent|approche|approchent|invite|invitent))(?!\\p{L}))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** Stands for the word left out: no topic's word. */
    private static final String LEFT_OUT = "…";

    private PeopleNotTopics() {
    }

    /** The text without the words for parents who mentor and for a group that asked; the rest as written. */
    static String read(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        Matcher parents = PARENTS_WHO_MENTOR.matcher(text);
        StringBuilder read = new StringBuilder();
        while (parents.find()) {
            int group = parents.group(1) != null ? 1 : parents.group(2) != null ? 2 : 3;
            String found = parents.group();
            int at = parents.start(group) - parents.start();
            replace(read, parents,
                    found.substring(0, at) + LEFT_OUT + found.substring(at + parents.group(group).length()));
        }
        parents.appendTail(read);
        return GROUP_THAT_ASKED.matcher(read.toString()).replaceAll(LEFT_OUT);
    }

    private static void replace(StringBuilder into, Matcher m, String replacement) {
        m.appendReplacement(into, Matcher.quoteReplacement(replacement));
    }
}
