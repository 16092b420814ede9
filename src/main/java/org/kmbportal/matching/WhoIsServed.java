package org.kmbportal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a paragraph's people are, as {@link NamedGroups} reads them: a population said of the mentors ("young adults
 * from the community mentor teenagers") or of someone's children (« leurs enfants ») is not whom the program serves,
 * and an age range said of the young people ("teenagers aged 13 to 16") names their age groups, while one said of the
 * volunteers ("university students (aged 19-24)") does not.
 */
final class WhoIsServed {

    private WhoIsServed() {
    }

    /**
     * An age range said of the young people ("teenagers aged 13 to 16", « nos jeunes ont de 13 à 17 ans », "between
     * 12 and 17 years old"): a number, "to", « à », "-" or "and", a number, with an age word before or after. Said, it
     * names the age groups whose labels' ranges it meets, and no other: "young adults" who mentor teenagers aged 13 to
     * 16 are not whom the program serves.
     */
    private static final Pattern STATED_AGES = Pattern.compile(
            "(?iu)(?:\\b(?:aged?|ages|between|âgée?s?|agee?s?|âge|entre)\\s+(?:de\\s+|from\\s+)?)?\\b(\\d{1,2})\\s*"
                    + "(?:to|-|–|à|a|and|et|through)\\s*(\\d{1,2})\\b(\\s*(?:years?|yrs|ans|-year-olds?|year-olds?))?");

    /** The age ranges the text says of the young people, each {from, to}. */
    static List<int[]> statedAges(String text) {
        List<int[]> stated = new ArrayList<>();
        Matcher said = STATED_AGES.matcher(text);
        while (said.find()) {
            boolean ageWord = said.group(0).matches("(?iu)^\\p{L}.*") || said.group(3) != null;
            int from = Integer.parseInt(said.group(1));
            int to = Integer.parseInt(said.group(2));
            if (ageWord && from <= to && from >= 3 && to <= 30 && !ofMentors(text.substring(0, said.start()))
                    && !MENTORING_AFTER.matcher(text.substring(said.end())).lookingAt()) {
                stated.add(new int[]{from, to});
            }
        }
        return stated;
    }

    /**
     * Whether an age said after this text, in its sentence, is the mentors': the nearest word for people before it is
     * one for the mentors or the volunteers ("our volunteers are university students (aged 19-24)"), not one for the
     * young people ("young adults mentor teenagers aged 13 to 16").
     */
    private static boolean ofMentors(String before) {
        String[] sentences = NamedGroups.SENTENCE_END.split(before, -1);
        List<String> words = NamedGroups.words(sentences[sentences.length - 1], "en");
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = words.get(i);
            if (MENTOR.contains(word) || VOLUNTEER.stream().anyMatch(word::startsWith)) {
                return true;
            }
            if (YOUNG.stream().anyMatch(word::startsWith)) {
                return false;
            }
        }
        return false;
    }

    /**
     * What follows an age when it is the mentors': they mentor, in the same sentence ("young adults aged 19 to 25 from
     * the neighbourhood who mentor teens", « de jeunes adultes de 19 à 25 ans qui mentorent des ados », « du quartier
     * accompagnent », "students aged 19-24 mentor"); not "teens aged 13 to 16 meet their mentor", "teens aged 13 to 16
     * and mentors", nor "are mentored".
     */
    private static final Pattern MENTORING_AFTER = Pattern.compile("(?iu)(?:\\s*(?:years?|yrs|ans|old|-year-olds?"
            + "|year-olds?))*(?:[^.!?;\\n]{0,60}?\\b(?:who|that|qui|and|et)(?:\\s+(?:also|aussi|all|tous|toutes|then"
            + "|ensuite|each|chacun|will|vont|come|viennent|to))*\\s+(?:mentor|mentorent|mentoreront|tutor|coach"
            + "|accompagnent|parrainent|encadrent|volunteer|serve as|act as|are mentors|are volunteers|agissent comme"
            + "|sont (?:des |nos )?(?:mentors|b[ée]n[ée]voles|tuteurs|parrains|marraines))|\\s+(?:mentor|tutor|coach)"
            + "|(?:\\s+[\\p{L}'’-]+){0,3}?\\s+(?:mentorent|mentoreront|accompagnent|parrainent|encadrent))"
            + "(?!\\p{L})");

    private static final List<String> VOLUNTEER = List.of("volunteer", "benevol", "mentor", "parrain", "marrain");
    private static final List<String> YOUNG = List.of("youth", "teen", "kid", "child", "young", "jeune", "ado",
            "enfant", "mentee", "mentore", "participant", "filleul", "eleve", "pupil");

    /**
     * Whether a population said in the words is of other people than those the program serves: the mentors ("young
     * adults from the community mentor teenagers", "our mentors are university students", « des étudiants
     * universitaires sont nos mentors », "mentored by young adults"), or, for an age group, someone's children ("the
     * parents hesitate to let their children", « leurs enfants »).
     */
    static boolean ofOthers(List<String> words, List<String> cue, boolean ageGroup) {
        for (int i = 0; i + cue.size() <= words.size(); i++) {
            if (!words.subList(i, i + cue.size()).equals(cue)) {
                continue;
            }
            if (!(mentors(words, i, i + cue.size()) || (ageGroup && i > 0 && POSSESSIVE.contains(words.get(i
                    - 1))))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words from {@code from} to {@code to} are said to be, or to do the work of, the mentors. */
    private static boolean mentors(List<String> words, int from, int to) {
        // After: "young adults from the community mentor teenagers", « étudiants universitaires sont nos mentors ».
        // An age said of them is not counted: "young adults aged 19 to 25 from the neighbourhood who mentor".
        for (int j = to, reached = 0; j < words.size() && reached < MENTOR_REACH; j++) {
            String word = words.get(j);
            if (AGE.contains(word) || word.chars().allMatch(Character::isDigit)) {
                continue;
            }
            reached++;
            if (SERVED.contains(word)) {
                break;
            }
            if (MENTOR.contains(word)) {
                return true;
            }
        }
        // Before: "our mentors are young adults", « nos mentors sont des étudiants », "mentored by young adults".
        for (int j = from - 1; j >= Math.max(0, from - MENTOR_REACH); j--) {
            String word = words.get(j);
            if (SERVED.contains(word)) {
                break;
            }
            if ((MENTOR.contains(word) || word.startsWith("mentor")) && words.subList(j + 1, from).stream().anyMatch(
                    BEING::contains)) {
                return true;
            }
        }
        return false;
    }

    private static final int MENTOR_REACH = 6;

    /** Words for the mentors and what they do, as {@link #words} gives them in either language. */
    private static final Set<String> MENTOR = Set.of("mentor", "tutor", "coach", "parrain", "marrain", "tuteur",
            "tutric", "accompagnateur", "accompagnatric", "accompagnent", "parrainent", "encadrent", "mentorent",
            "mentoreront");

    /** Words that say an age, as {@link #words} gives them: "aged 19 to 25", « de 19 à 25 ans ». */
    private static final Set<String> AGE = Set.of("aged", "age", "ages", "agee", "ag", "year", "yr", "yrs", "old", "an",
            "ans",
            "to", "a", "de", "between", "entre", "through");

    /** Words that say who a mentor is: "are", « sont », "by", « par ». */
    private static final Set<String> BEING = Set.of("are", "is", "were", "be", "by", "sont", "est", "seront",
            "etaient", "par");

    /** Words that end the reach of {@link #MENTOR}: what comes after is whom the program serves, or is wanted. */
    private static final Set<String> SERVED = Set.of("with", "for", "need", "want", "wish", "seek", "lack", "without",
            "pour", "aupre", "avec", "besoin", "cherch", "manqu", "san");

    /** Words that make an age group someone's: "their children", « leurs enfants ». */
    private static final Set<String> POSSESSIVE = Set.of("their", "his", "her", "own", "leur", "ses", "son", "sa");
}
