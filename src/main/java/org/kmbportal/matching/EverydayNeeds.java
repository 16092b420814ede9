package org.kmbportal.matching;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Needs said in everyday words rather than the taxonomy's: staff who leave ("we can't hang on to our frontline workers",
 * "turnover is huge", « on a de la misère à garder nos intervenants »), mentors who leave ("volunteers keep quitting
 * after a few months", "our mentors drift away", « nos bénévoles abandonnent »), and showing that the program works
 * ("show our funders it works", « prouver que ça marche »). Such a phrase uses no word of a topic's label, so the
 * paragraph named no topic and no card said it answers the need. Each is read with the words of the topic the
 * taxonomy files it under, in the phrase's language, after it: staff retention (staff supervision and retention),
 * mentors who stay (recruiting and screening mentors, whose description holds the volunteers who drop out soon after
 * being matched; "mentor retention" is read so too, not as the staff's), program evaluation. Nothing else of the
 * paragraph changes.
 */
final class EverydayNeeds {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS;

    /** What each reading adds, by language: the topic's label words. */
    static final String STAFF_EN = " (staff retention)";
    static final String STAFF_FR = " (rétention du personnel)";
    static final String MENTORS_EN = " (recruiting mentors who stay)";
    static final String MENTORS_FR = " (recrutement des mentors)";
    static final String EVALUATION_EN = " (program evaluation)";
    static final String EVALUATION_FR = " (évaluation de programme)";

    private static final String EN_STAFF = "(?:front[- ]?line\\s+)?(?:workers?|staff(?:\\s+members?)?|employees?"
            + "|coordinators?|case\\s*workers?|case\\s+managers?|youth\\s+workers?|counsell?ors?|team\\s+members?"
            + "|social\\s+workers?|program\\s+managers?)";
    /**
     * Mentors in the plural: mentors who keep leaving are a program's retention; "a mentor leaves without a word" is
     * one match's ending (match closure), read as written.
     */
    private static final String EN_MENTORS = "(?:volunteer\\s+)?(?:mentors|volunteers|big\\s+(?:brothers|sisters))"
            + "(?!\\s+(?:coordinat|manag|services|program))";
    private static final String FR_STAFF = "(?:intervenant\\w*|employ[ée]\\w*|personnel|coordonnat\\w*|coordinat\\w*"
            + "|travailleu\\w*|[ée]ducat\\w*|[ée]quipes?|animat\\w*)";
    private static final String FR_MENTORS = "(?:mentors|b[ée]n[ée]voles|parrains|marraines)";

    /** Keeping people: "hang on to", "retain", « garder », « fidéliser ». */
    private static final String EN_KEEP = "\\b(?:keep(?:s|ing)?|retain(?:s|ing|ed)?|(?:hang|hold)(?:s|ing)?\\s+on(?:\\s+to"
            + "|to)|hold(?:s|ing)?\\s+onto|hang(?:s|ing)?\\s+onto)(?:\\s+(?:our|the|their|any|good|new|experienced"
            + "|trained|more|of|on|to|onto))*\\s+";
    private static final String FR_KEEP = "\\b(?:garder|gardons|retenir|retenons|conserver|fid[ée]lis(?:er|ons|ation"
            + "\\s+de|ation\\s+des|ation\\s+du)|r[ée]tention\\s+(?:de|des|du)|maintenir)(?:\\s+(?:nos|les|des|de|du"
            + "|notre|leurs|nos\\s+bons|nos\\s+bonnes|en\\s+poste|longtemps))*\\s+";
    /** Up to three words between the people and their leaving: "keep", "we train", "tend to". */
    private static final String BETWEEN = "(?:\\s+[\\w'’-]+){0,3}?\\s+";
    private static final String EN_LEAVE = "(?:quit(?:s|ting)?|leav(?:e|es|ing)|left|drift(?:s|ed|ing)?(?:\\s+(?:away"
            + "|off))?|drop(?:s|ped|ping)?\\s+(?:out|off)|burn(?:s|ed|t|ing)?\\s+out|mov(?:e|es|ed|ing)\\s+on"
            + "|walk(?:s|ed|ing)?\\s+away|disappear\\w*|vanish\\w*|stop(?:s|ped|ping)?\\s+(?:showing\\s+up|coming)"
            + "|don['’]t\\s+(?:stay|last)|do\\s+not\\s+(?:stay|last)|fad(?:e|es|ed|ing)\\s+(?:away|out)|bail\\w*"
            + "|ghost\\w*)\\b";
    private static final String FR_LEAVE = "(?:partent|quittent|abandonnent|d[ée]crochent|disparaissent|l[aâ]chent"
            + "|d[ée]missionnent|s['’]\\s*en\\s+vont|s['’]\\s*[ée]puisent|s['’]\\s*essouffl\\w+|s['’]\\s*[ée]loignent"
            + "|ne\\s+restent\\s+pas|arr[êe]tent|cessent\\s+de\\s+venir)\\b";
    private static final String EN_LOSS = "(?:turnover|attrition|retention|churn)";

    private static final Pattern RETENTION_EN = Pattern.compile("\\bretention\\b", FLAGS);
    private static final Pattern RETENTION_FR = Pattern.compile("\\br[ée]tention\\b", FLAGS);

    private record Reading(Pattern pattern, String added) {
    }

    /** Keeping people told of something or busy is no keeping them: "keep our staff informed", « garder nos
     * bénévoles au courant ». */
    private static final String NOT_KEPT = "(?!\\s+(?:informed|updated|posted|busy|safe|aware|in\\s+the\\s+loop"
            + "|up\\s+to\\s+date|inform[ée]\\w*|au\\s+courant|occup[ée]\\w*))";

    private static final List<Reading> READINGS = List.of(
            // People first: mentors, then staff (a "volunteer coordinator" is staff: the longer name wins).
            new Reading(Pattern.compile("\\b(?:(?:mentor|volunteer)\\s+" + EN_LOSS + "|" + EN_LOSS
                    + "\\s+(?:of|among)\\s+(?:our\\s+|the\\s+)?" + EN_MENTORS + ")\\b", FLAGS), MENTORS_EN),
            new Reading(Pattern.compile("\\b(?:(?:staff|worker|employee|coordinator)\\s+" + EN_LOSS + "|" + EN_LOSS
                    + "\\s+(?:of|among)\\s+(?:our\\s+|the\\s+)?" + EN_STAFF
                    + "|(?<!mentor\\s|volunteer\\s)turnover)\\b", FLAGS),
                    STAFF_EN),
            keptOrLeaving(EN_KEEP, EN_STAFF, EN_LEAVE, STAFF_EN),
            keptOrLeaving(EN_KEEP, EN_MENTORS, EN_LEAVE, MENTORS_EN),
            new Reading(
                    Pattern.compile("\\b(?:roulement|r[ée]tention|d[ée]parts?)\\s+(?:de|des|du|chez)\\s+(?:nos\\s+)?"
                            + FR_MENTORS + "\\b", FLAGS),
                    MENTORS_FR),
            new Reading(
                    Pattern.compile("\\broulement\\b(?!\\s+(?:de|des|du|chez)\\s+(?:nos\\s+)?" + FR_MENTORS + ")",
                            FLAGS),
                    STAFF_FR),
            keptOrLeaving(FR_KEEP, FR_STAFF, FR_LEAVE, STAFF_FR),
            keptOrLeaving(FR_KEEP, FR_MENTORS, FR_LEAVE, MENTORS_FR),
            new Reading(Pattern
                    .compile("\\b(?:show|prove|demonstrate|convince|tell)(?:\\s+[\\w'’-]+){0,4}?\\s+(?:that\\s+)?"
                            + "(?:it|this|the\\s+program|our\\s+program|we|mentoring|what\\s+we\\s+do)\\s+(?:really\\s+"
                            + "|actually\\s+)?(?:works|is\\s+working|makes?\\s+a\\s+difference|has\\s+an\\s+(?:impact|effect)"
                            + "|helps|pays\\s+off)\\b|\\b(?:know|tell|see|find\\s+out)\\s+(?:if|whether)\\s+(?:it|this"
                            + "|the\\s+program|our\\s+program|we|mentoring|what\\s+we\\s+do)\\s+(?:really\\s+|actually\\s+)?"
                            + "(?:works|is\\s+working|makes?\\s+a\\s+difference|helps|has\\s+an\\s+(?:impact|effect))\\b"
                            + "|\\b(?:show|prove|demonstrate)\\s+(?:our\\s+|the\\s+|any\\s+)?(?:results|impact|difference\\s+we"
                            + "\\s+make)\\b", FLAGS),
                    EVALUATION_EN),
            new Reading(
                    Pattern.compile("\\b(?:montrer|prouver|d[ée]montrer|convaincre|savoir|v[ée]rifier)(?:\\s+[\\w'’-]+)"
                            + "{0,5}?\\s+(?:que\\s+|qu['’]\\s*|si\\s+|s['’]\\s*)(?:ça|cela|ce\\s+qu['’]on\\s+fait|le\\s+programme"
                            + "|notre\\s+programme|le\\s+mentorat|on|nous|il|ils)\\s+(?:vraiment\\s+)?(?:marche|fonctionne"
                            + "|donne\\s+des\\s+r[ée]sultats|fait\\s+une\\s+diff[ée]rence|a\\s+(?:un|des)\\s+effets?|aide"
                            + "|porte\\s+fruit|change\\s+quelque\\s+chose)\\b|\\b(?:montrer|prouver|d[ée]montrer)\\s+(?:nos\\s+"
                            + "|les\\s+|l['’]\\s*)(?:r[ée]sultats|effets|impact|retomb[ée]es)\\b", FLAGS),
                    EVALUATION_FR));

    private EverydayNeeds() {
    }

    /** People one cannot keep ("keep our workers") or who leave ("our mentors keep quitting"), read as the topic. */
    private static Reading keptOrLeaving(String keep, String people, String leave, String added) {
        return new Reading(Pattern.compile(keep + people + "\\b" + NOT_KEPT + "|\\b" + people + BETWEEN + leave,
                FLAGS), added);
    }

    /** The text with each everyday phrase of a need followed by its topic's words; the rest as written. */
    static String read(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        String read = text;
        for (Reading reading : READINGS) {
            read = after(read, reading);
        }
        return read;
    }

    private static final List<String> ADDED = List.of(STAFF_EN, STAFF_FR, MENTORS_EN, MENTORS_FR, EVALUATION_EN,
            EVALUATION_FR);

    /** Whether the position is inside words a reading added. */
    private static boolean inAdded(String text, int position) {
        for (String added : ADDED) {
            for (int at = text.indexOf(added); at >= 0; at = text.indexOf(added, at + 1)) {
                if (position >= at && position < at + added.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds the reading's words after each phrase it finds, once, and not where the words are already said. */
    private static String after(String text, Reading reading) {
        Matcher m = reading.pattern().matcher(text);
        StringBuilder read = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (inAdded(text, m.start())) {
                // The words an earlier reading added (« rétention du personnel ») are read no further.
                continue;
            }
            read.append(text, last, m.start());
            // Mentors' retention is theirs, not the staff's whose label says "retention": said as their staying.
            String said = m.group();
            read.append(reading.added().equals(MENTORS_EN)
                    ? RETENTION_EN.matcher(said).replaceAll("staying")
                    : reading.added().equals(MENTORS_FR) ? RETENTION_FR.matcher(said).replaceAll("stabilité") : said);
            if (!text.startsWith(reading.added(), m.end()) && !read.toString().endsWith(reading.added())) {
                read.append(reading.added());
            }
            last = m.end();
        }
        read.append(text, last, text.length());
        return read.toString();
    }
}
