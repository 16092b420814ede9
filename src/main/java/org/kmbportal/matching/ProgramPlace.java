package org.kmbportal.matching;

import java.util.List;
import java.util.Set;

/**
 * Where a paragraph says the program takes place: a place said loosely ("school", "community", « en ligne ») names a
 * setting only beside the program or after "in", "at", « dans »… said of what the program does; and no place names a
 * setting where it is a comparison ("feels like a school meeting", « ressemble à une réunion scolaire »), a place the
 * program left ("we used to run it in schools", « autrefois en milieu scolaire ») or the hours around it ("after the
 * school day", "out-of-school", « hors du milieu scolaire »). Word lists only; the places are the taxonomy's.
 */
final class ProgramPlace {

    private ProgramPlace() {
    }

    /**
     * Whether a place's cue is one word, or words that are each little or everyday (« en ligne »): said alone, it is
     * not yet a place where the program works.
     */
    static boolean loose(List<String> cue) {
        return cue.size() == 1
                || cue.stream().allMatch(w -> NamedGroups.LITTLE.contains(w) || NamedGroups.EVERYDAY_WORDS.contains(w));
    }

    /**
     * Whether a place said loosely, at {@code at}, is where the program works: beside the program or the
     * organization ("school program", "community organization", « mentorat scolaire », « organisme communautaire »),
     * or after "in", "at", « dans »… that follow what the program does ("mentors meet students at school", "everything
     * happens in two high schools", « se déroule au centre communautaire »). A paragraph says "school" and "community"
     * of much else: "youth who struggle in school", "our rural community", « la réussite scolaire ». {@code breaks}
     * are the places where a clause begins.
     */
    static boolean whereTheProgramIs(List<String> words, int at, Set<Integer> breaks) {
        // A room or a building beside the place: "at the community hall", « à la salle communautaire ».
        if (facility(words, at - 1) || (facility(words, at + 1) && !breaks.contains(at + 1))) {
            return true;
        }
        if (LIVED_IN.contains(words.get(at))) {
            return program(words, at - 1) || (program(words, at + 1) && !breaks.contains(at + 1));
        }
        // The program said after the place, past a comma, is in another clause: "many struggle at school, so our
        // program helps with homework".
        boolean after = true;
        for (int d = 1; d <= PROGRAM_REACH; d++) {
            after = after && !breaks.contains(at + d);
            if (program(words, at - d) || (after && program(words, at + d))) {
                return true;
            }
        }
        for (int p = at - 1; p >= Math.max(0, at - PLACE_REACH); p--) {
            if (PLACE_WORDS.contains(words.get(p))) {
                for (int d = 1; d <= PROGRAM_REACH; d++) {
                    if (programOrDoing(words, p - d)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean program(List<String> words, int at) {
        if (at < 0 || at >= words.size()) {
            return false;
        }
        String word = words.get(at);
        return PROGRAM_WORDS.contains(word) || PROGRAM_STEMS.stream().anyMatch(word::startsWith);
    }

    /** Whether the word at {@code at} is a room or a building a program meets in ("community hall"). */
    private static boolean facility(List<String> words, int at) {
        return at >= 0 && at < words.size() && FACILITIES.contains(words.get(at));
    }

    /**
     * Rooms and buildings, as {@link #words} gives them: "matches meet at the community hall", « la salle
     * communautaire » say where the program is.
     */
    private static final Set<String> FACILITIES = folded("hall", "halls", "room", "rooms", "space", "house",
            "kitchen", "garden", "library", "gym", "church", "salle", "salles", "maison", "local", "locaux", "cuisine",
            "jardin", "bibliotheque", "gymnase", "eglise");

    private static boolean programOrDoing(List<String> words, int at) {
        if (program(words, at)) {
            return true;
        }
        String word = at < 0 || at >= words.size() ? "" : words.get(at);
        return DOING_WORDS.contains(word) || DOING_STEMS.stream().anyMatch(word::startsWith);
    }

    /**
     * How many words apart a place and the program it is said of may be ("our program is entirely online", « notre
     * programme est entièrement en ligne »).
     */
    private static final int PROGRAM_REACH = 3;

    /**
     * Places where everyone lives, as {@link #words} gives them: "in our rural community" is where the organization
     * is, not a community-based program; only "community program", "community organization", "community-based" say
     * that.
     */
    private static final Set<String> LIVED_IN = Set.of("community", "communaute");

    /** How many words before a place "in", "at", « dans »… may come ("in two local high schools"). */
    private static final int PLACE_REACH = 4;

    /** Words that put what follows them somewhere, as {@link #words} gives them. */
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "within", "inside", "into", "across",
            "throughout", "with", "dans", "au", "aux", "en", "chez", "avec");

    /** The program and the organization, as {@link #words} gives them, whole or as a beginning. */
    private static final Set<String> PROGRAM_WORDS = Set.of("site", "club", "session", "project", "projet");
    private static final List<String> PROGRAM_STEMS = List.of("program", "mentoring", "mentorat", "match", "jumel",
            "meeting", "rencontr", "activit", "servic", "organi", "agenc", "centr", "center", "based");

    /**
     * What a program does somewhere, as {@link #words} gives them, whole or as a beginning: said before "in", "at",
     * « dans »… ("everything happens in two high schools"), not beside the place ("what happens after high school").
     */
    private static final Set<String> DOING_WORDS = Set.of("work", "run", "pass", "held", "hold", "meet", "take");
    private static final List<String> DOING_STEMS = List.of("offer", "offr", "deliver", "operat", "host", "locat",
            "happen", "deroul", "running", "travaill", "interven", "meeting");

    /**
     * Words that make a place said a few words after them a comparison or the hours around the program, not where it
     * takes place: "feels like a school meeting", « ressemble à une réunion scolaire », « a l’air d’une rencontre
     * scolaire », "after the school day", "straight from school", "out-of-school", "outside school", « hors du milieu
     * scolaire », « après la journée scolaire ».
     */
    private static final Set<String> ASIDE = folded("like", "unlike", "than", "similar", "comme", "pareil", "air",
            "after", "before", "outside", "beyond", "out", "from", "instead", "rather", "apres", "avant", "hors",
            "dehors", "plutot");
    /**
     * Beginnings of words that make a place said a few words after them an outcome of the program, not where it takes
     * place: "keeps kids in school", "helps them stay in school", "return to school", « raccrocher à l’école »,
     * « rester à l’école », « maintenir les jeunes en milieu scolaire ».
     */
    private static final List<String> ASIDE_STEMS = List.of("resembl", "ressembl", "keep", "kept", "stay",
            "remain", "return", "raccroch", "rester", "reste", "restent", "retour", "maint", "reintegr", "persever");
    private static final int ASIDE_REACH = 4;

    /**
     * Words that make a place said a few words after them, in their sentence, one the program has left: "we used to
     * run the program in schools", "until 2019 our mentoring was offered in two schools", "we tried holding meetings
     * at the school", « autrefois, notre programme se déroulait en milieu scolaire »; up to a word that comes back to
     * today ("now", « maintenant »).
     */
    private static final Set<String> PAST = folded("used", "previously", "formerly", "until", "ago", "former", "past",
            "tried", "attempted", "autrefois", "auparavant", "jadis", "naguere", "ancien", "anciennement", "essaye");
    private static final Set<String> NOW = folded("now", "today", "currently", "nowadays", "maintenant", "aujourd",
            "desormais", "actuellement");
    private static final int PAST_REACH = 8;

    private static Set<String> folded(String... words) {
        Set<String> all = new java.util.HashSet<>();
        for (String word : words) {
            all.add(NamedGroups.base(word, "en"));
            all.add(NamedGroups.base(word, "fr"));
        }
        return Set.copyOf(all);
    }

    /**
     * Adds to {@code into} the places, counted from {@code offset}, of the words of a clause that a comparison or the
     * hours around the program reach: a place said there is not where the program takes place.
     */
    static void aside(List<String> clause, int offset, Set<Integer> into) {
        int aside = -1;
        for (int i = 0; i < clause.size(); i++) {
            if (aside >= 0 && i - aside <= ASIDE_REACH) {
                into.add(offset + i);
            }
            String word = clause.get(i);
            // "Out of school" is not the program's place, but a program that "runs out of a community centre" is there.
            boolean outOfAPlace = "out".equals(word) && programOrDoing(clause, i - 1);
            if ((ASIDE.contains(word) || ASIDE_STEMS.stream().anyMatch(word::startsWith)) && !outOfAPlace) {
                aside = i;
            }
        }
    }

    /** Adds to {@code into} the places of the words of a sentence that a word of the past reaches. */
    static void past(List<String> sentence, Set<Integer> into) {
        int past = -1;
        for (int i = 0; i < sentence.size(); i++) {
            String word = sentence.get(i);
            if (NOW.contains(word)) {
                past = -1;
            }
            if (past >= 0 && i - past <= PAST_REACH) {
                into.add(i);
            }
            if (PAST.contains(word)) {
                past = i;
            }
        }
    }
}
