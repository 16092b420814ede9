package org.kmbportal.matching;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeping young people in school is school engagement: "our program keeps kids in school", "helps teens stay in
 * school", "dropouts who return to school" (not volunteers who drop out), « garder les jeunes à l’école », « le raccrochage scolaire ». The
 * taxonomy's label says it as school engagement (« Engagement et réussite scolaires »), and "school" alone is a place
 * there, so read as written such a sentence named no topic and the card said only "Close to what you wrote". The
 * words of the label are written beside such a phrase before the paragraph's topics are read.
 */
final class StayingInSchool {

    /** Staying, keeping, coming back or dropping out, then school, in English. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(?:(?:keep|keeps|kept|keeping|stay|stays|stayed"
            + "|staying|remain|remains|remained|remaining|retain|retains|retaining)(?:\\s+[\\p{L}'’-]+){0,3}?\\s+"
            + "(?:in|at)\\s+(?:high\\s+|secondary\\s+)?school|(?:return|returns|returned|returning|go back|goes back"
            + "|going back|went back|come back|comes back|coming back|came back|get back|gets back|back)\\s+"
            + "(?:[\\p{L}'’-]+\\s+){0,2}?(?:to|in)\\s+(?:high\\s+)?school|drop(?:s|ped|ping)?\\s+out\\s+of"
            + "\\s+(?:high\\s+)?school|(?:school|student|high-school|high school)\\s+drop-?outs?|early school leaving"
            + "|school (?:dropout|completion|retention|perseverance))\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** The same in French: « rester à l’école », « garder les jeunes aux études », « raccrochage », « décrochage ». */
    private static final Pattern FRENCH = Pattern.compile("\\b(?:(?:rest(?:er|e|ent|ons|ez|ait|aient|ant)"
            + "|gard(?:er|e|ent|ons|ez|ait|aient|ant)|maint(?:enir|ient|iennent|enons|enant\\s+les|ien)"
            + "|reten(?:ir|tion)|retien(?:t|nent)|retourn(?:er|e|ent|ons|ait|aient|ant)|retour|revenir|reviennent"
            + "|raccroch\\w*)(?:\\s+[\\p{L}'’-]+){0,3}?\\s+"
            + "(?:[àa]\\s+l['’]\\s*[ée]cole|[àa]\\s+l['’]\\s*[ée]cole\\s+secondaire|aux\\s+[ée]tudes|en\\s+classe"
            + "|en\\s+milieu\\s+scolaire|au\\s+milieu\\s+scolaire|sur\\s+les\\s+bancs\\s+d['’]\\s*[ée]cole)"
            + "|raccrochage(?:\\s+scolaire)?|d[ée]crochage(?:\\s+scolaire)?(?!\\s+(?:des|de\\s+nos|de\\s+leurs|chez\\s+les)"
            + "\\s+(?:b[ée]n[ée]voles|mentors|jumelages|parents|familles))|d[ée]crocheurs?|d[ée]crocheuses?"
            + "|abandon\\s+scolaire|pers[ée]v[ée]rance\\s+scolaire)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private StayingInSchool() {
    }

    /** The text with school engagement written after each phrase of staying in school; the rest as written. */
    static String read(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        return beside(beside(text, ENGLISH, " (school engagement)"), FRENCH, " (engagement scolaire)");
    }

    private static String beside(String text, Pattern phrase, String label) {
        Matcher m = phrase.matcher(text);
        StringBuilder read = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(read, Matcher.quoteReplacement(m.group() + label));
        }
        m.appendTail(read);
        return read.toString();
    }
}
