package org.kmbportal.matching;

import org.kmbportal.platform.PlainText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.Term;

/**
 * Which populations and settings of the taxonomy an organization's paragraph names, in the reader's language: "refugee
 * and newly arrived immigrant teenagers" names newcomer and refugee youth, « notre programme communautaire » the
 * community setting. A term is named by a word of its label that no other two labels of its vocabulary share and that
 * says the group or the place by itself ("refugee", "indigenous", "school", « autochtones », « scolaire »; not an
 * everyday word such as "care", "adults" or « charge », {@link #EVERYDAY}), by a part of its label of two words or
 * more ("youth in care", "young adults", « pris en charge », « nouveaux arrivants »), or by a member of one of the
 * taxonomy's synonym groups that holds such a word ("immigrant" beside "newcomer, refugee"). A place said loosely (one
 * word, or « en ligne ») names a setting only where it is said of the program ({@link ProgramPlace}). Nothing
 * is fixed in code but word lists: the everyday words, the words for a program and what it does, the places where
 * people live ("community"); another library's populations and settings are named the same way.
 */
final class NamedGroups {

    /** The vocabularies a paragraph can name: who the organization serves and where. */
    static final List<String> VOCABULARIES = List.of("populations", "settings");

    /** A word in the labels of this many terms of a vocabulary or more names none of them ("youth", « jeunes »). */
    static final int SHARED_BY = 3;

    /**
     * Words of labels, folded, that paragraphs use of anything: the "care" of a mentor, "adults" who help, a program
     * "based" somewhere, "after" school, a "system", « nouveaux » mentors, « pris en charge » of a task. Such a word
     * names its term only inside a part of the label ("youth in care", "young adults").
     */
    static final Set<String> EVERYDAY = Set.of("early", "young", "adult", "adults", "facing", "care", "involved",
            "after", "system", "systems", "program", "programs", "base", "based", "nouveau", "nouveaux", "nouvelle",
            "nouvelles", "pris", "prise", "charge", "ligne", "milieu", "milieux", "situation", "situations", "systeme",
            "programme", "programmes", "travail", "adulte", "adultes", "jeune", "jeunes", "youth");

    /** The everyday words as {@link #words} gives them, in either language. */
    static final Set<String> EVERYDAY_WORDS = everydayWords();

    private static Set<String> everydayWords() {
        Set<String> words = new java.util.HashSet<>();
        for (String language : List.of("en", "fr")) {
            EVERYDAY.forEach(w -> words.add(base(w, language)));
        }
        return Set.copyOf(words);
    }

    /**
     * Words, folded, that make what follows them a part or a side of the organization, not whom it serves or where it
     * works: "some of our youth are newcomers", "a few are in care", "we also run an online program", « certains
     * jeunes sont réfugiés », « nous offrons aussi un volet en ligne ».
     */
    static final Set<String> PASSING = Set.of("some", "few", "handful", "several", "occasionally", "sometimes",
            "also", "another", "certain", "certains", "certaines", "quelques", "plusieurs", "parfois", "aussi",
            "autre", "autres", "egalement");

    /** How many words before a group or a place a word of {@link #PASSING} reaches. */
    private static final int PASSING_REACH = 6;

    /** The passing words as {@link #words} gives them, in either language. */
    private static final Set<String> PASSING_WORDS = passingWords();

    private static Set<String> passingWords() {
        Set<String> words = new java.util.HashSet<>();
        for (String language : List.of("en", "fr")) {
            PASSING.forEach(w -> words.add(base(w, language)));
        }
        return Set.copyOf(words);
    }

    /** Short words that join the others: never a term's word alone. */
    static final Set<String> LITTLE = Set.of("and", "or", "to", "in", "of", "the", "with", "a", "an", "for",
            "et", "ou", "de", "des", "du", "la", "le", "les", "en", "au", "aux", "d", "l", "un", "une");

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}+]+");
    private static final Pattern COMPOUND = Pattern.compile("\\p{L}+-\\p{L}+");

    /** Where a sentence or a clause ends: a place and the program it is said of are in one. */
    static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n\u2026]+");
    /** Where a clause ends inside a sentence: a word of {@link #PASSING} reaches no further. */
    private static final Pattern CLAUSE_END = Pattern
            .compile("[,:()\u2014\u2013]+|(?i)(?=\\s(?:and|but|et|mais)\\s)");
    /** A clause that "and", « et » join to the one before: "a school and community program" is one place. */
    private static final Pattern JOINED = Pattern.compile("(?i)\\s+(?:and|et)\\s");
    private static final Pattern PARTS = Pattern.compile("\\s+(?:and|or|et|ou)\\s+|,");

    /** By language, by vocabulary, each term's cues: sequences of folded words. */
    private final Map<String, Map<String, Map<String, Set<List<String>>>>> cues = new HashMap<>();

    /** The populations whose label gives an age range ("Children (6 to 11)"): each one's first and last age. */
    private final Map<String, int[]> ages = new LinkedHashMap<>();

    /** An age range in a label: "(6 to 11)", « (6 à 11 ans) ». */
    private static final Pattern LABEL_AGES = Pattern.compile("\\((\\d{1,2})\\D{1,8}?(\\d{1,2})\\D{0,6}\\)");

    NamedGroups(Taxonomy taxonomy) {
        for (String language : List.of("en", "fr")) {
            Map<String, Map<String, Set<List<String>>>> byVocabulary = new LinkedHashMap<>();
            for (String vocabulary : VOCABULARIES) {
                List<Term> terms = taxonomy.vocabulary(vocabulary).map(v -> v.terms()).orElse(List.of());
                byVocabulary.put(vocabulary, cues(terms, taxonomy.synonyms(language), language));
                if ("populations".equals(vocabulary)) {
                    for (Term term : terms) {
                        java.util.regex.Matcher range = LABEL_AGES.matcher(term.label().in(language));
                        if (range.find()) {
                            ages.putIfAbsent(term.key(), new int[]{Integer.parseInt(range.group(1)), Integer
                                    .parseInt(range.group(2))});
                        }
                    }
                }
            }
            cues.put(language, byVocabulary);
        }
    }

    private static Map<String, Set<List<String>>> cues(List<Term> terms, List<String> synonyms, String language) {
        Map<String, Integer> labelsWith = new HashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Term term : terms) {
            String label = term.label().in(language).replaceAll("\\([^)]*\\)", " ");
            labels.put(term.key(), label);
            new LinkedHashSet<>(words(label, language)).forEach(w -> labelsWith.merge(w, 1, Integer::sum));
        }
        Map<String, Set<List<String>>> cues = new LinkedHashMap<>();
        // A word two labels share names alone only the label it begins, when one does: "school" names "School-based",
        // not "After-school programs" (named by "after-school"); "adolescents" names "Adolescents", not "Early
        // adolescents".
        Set<String> beginning = new java.util.HashSet<>();
        labels.values().forEach(label -> words(label, language).stream().findFirst().ifPresent(beginning::add));
        labels.forEach((key, label) -> {
            Set<List<String>> own = new LinkedHashSet<>();
            List<String> labelWords = words(label, language);
            for (String word : labelWords) {
                if (labelsWith.get(word) > 1 && beginning.contains(word) && !word.equals(labelWords.get(0))) {
                    continue;
                }
                if (labelsWith.get(word) < SHARED_BY && !LITTLE.contains(word) && !EVERYDAY_WORDS.contains(word)) {
                    own.add(List.of(word));
                }
            }
            List<String> whole = words(label, language);
            for (List<String> part : List.of(whole,
                    whole.stream().filter(w -> labelsWith.get(w) < SHARED_BY || LITTLE.contains(w))
                            .toList())) {
                phrase(part, own);
            }
            // A word joined to another by a hyphen is said with it: "after-school", "justice-involved".
            java.util.regex.Matcher compound = COMPOUND.matcher(label);
            while (compound.find()) {
                phrase(words(compound.group(), language), own);
            }
            for (String part : PARTS.split(label)) {
                List<String> partWords = words(part, language);
                phrase(partWords, own);
                phrase(partWords.stream().filter(w -> labelsWith.get(w) < SHARED_BY || LITTLE.contains(w)).toList(),
                        own);
            }
            cues.put(key, own);
        });
        // A synonym group that holds one of a term's cues names it by any of its members, unless one of them is a
        // word every label has or an everyday one ("youth, teens" would name every age group).
        for (String group : synonyms) {
            List<List<String>> members = new ArrayList<>();
            for (String member : group.split(",")) {
                members.add(words(member, language));
            }
            boolean vague = members.stream().anyMatch(m -> m.size() == 1 && (labelsWith.getOrDefault(m.get(0),
                    0) >= SHARED_BY || EVERYDAY_WORDS.contains(m.get(0))));
            if (vague) {
                continue;
            }
            cues.values().forEach(own -> {
                if (members.stream().anyMatch(own::contains)) {
                    members.stream().filter(m -> !m.isEmpty()).forEach(own::add);
                }
            });
        }
        return cues;
    }

    /** A part of a label of two words or more, without joining words at its ends, is a cue of its own. */
    private static void phrase(List<String> words, Set<List<String>> cues) {
        int from = 0;
        int to = words.size();
        while (to > from && LITTLE.contains(words.get(to - 1))) {
            to--;
        }
        // "youth in care" without "youth" is still "in care", not "care".
        while (to - from > 2 && LITTLE.contains(words.get(from))) {
            from++;
        }
        if (to - from >= 2) {
            cues.add(List.copyOf(words.subList(from, to)));
        }
    }

    /**
     * The terms of each vocabulary the text names in the language, in the taxonomy's order; a vocabulary it names
     * nothing of is left out.
     */
    Map<String, List<String>> in(String text, String language) {
        Map<String, List<String>> named = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return named;
        }
        String lang = "fr".equals(language) ? "fr" : "en";
        // « Nos mentorés » are the youth: folded, the word would read as « mentors ».
        String read = MENTORED.matcher(text).replaceAll("mentee");
        List<Sentence> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(read)) {
            List<String> words = new ArrayList<>();
            Set<Integer> inPassing = new java.util.HashSet<>();
            Set<Integer> aside = new java.util.HashSet<>();
            Set<Integer> breaks = new java.util.HashSet<>();
            for (String clause : CLAUSE_END.split(sentence)) {
                List<String> clauseWords = words(clause, lang);
                int from = -1;
                for (int i = 0; i < clauseWords.size(); i++) {
                    if (from >= 0 && i - from <= PASSING_REACH) {
                        inPassing.add(words.size() + i);
                    }
                    from = PASSING_WORDS.contains(clauseWords.get(i)) ? i : from;
                }
                ProgramPlace.aside(clauseWords, words.size(), aside);
                if (!words.isEmpty() && !clauseWords.isEmpty() && !JOINED.matcher(clause).lookingAt()) {
                    breaks.add(words.size());
                }
                words.addAll(clauseWords);
            }
            ProgramPlace.past(words, aside);
            sentences.add(new Sentence(words, inPassing, aside, breaks));
        }
        cues.get(lang).forEach((vocabulary, terms) -> {
            // A word inside a longer cue of the vocabulary is read as part of it: "after-school program" names
            // after-school programs, not school-based ones through "school program".
            List<Set<Integer>> covered = sentences.stream().map(sentence -> covered(sentence.words(), terms
                    .values())).toList();
            List<String> keys = new ArrayList<>();
            terms.forEach((key, own) -> {
                boolean said = false;
                for (int s = 0; s < sentences.size() && !said; s++) {
                    Sentence sentence = sentences.get(s);
                    Set<Integer> inLonger = covered.get(s);
                    said = own.stream().anyMatch(cue -> holds(sentence, cue, "settings".equals(vocabulary),
                            inLonger)
                            && !("populations".equals(vocabulary) && WhoIsServed.ofOthers(sentence.words(), cue,
                                    ages.containsKey(key))));
                }
                if (said) {
                    keys.add(key);
                }
            });
            if ("populations".equals(vocabulary)) {
                statedAges(read, terms.keySet(), keys);
            }
            if (!keys.isEmpty()) {
                named.put(vocabulary, List.copyOf(keys));
            }
        });
        return named;
    }

    /** The French word for the youth a mentor accompanies (« mentoré », « mentorées »), accents or not. */
    private static final Pattern MENTORED = Pattern.compile("(?iu)\\bmentor[ée]e?s?\\b");

    /** The age groups named by an age range said of the young people ({@link WhoIsServed#statedAges}), and no other. */
    private void statedAges(String text, java.util.Collection<String> terms, List<String> keys) {
        List<int[]> stated = WhoIsServed.statedAges(text);
        if (stated.isEmpty()) {
            return;
        }
        List<String> met = new ArrayList<>();
        ages.forEach((key, range) -> {
            // Ranges that share only their last year ("16 to 18" and "18 to 25") do not meet.
            if (terms.contains(key) && stated.stream().anyMatch(s -> Math.min(s[1], range[1]) - Math.max(s[0],
                    range[0]) >= (s[0] == s[1] ? 0 : 1))) {
                met.add(key);
            }
        });
        keys.removeIf(key -> ages.containsKey(key) && !met.contains(key));
        List<String> order = new ArrayList<>(terms);
        met.stream().filter(key -> !keys.contains(key)).forEach(keys::add);
        keys.sort(java.util.Comparator.comparingInt(order::indexOf));
    }

    /**
     * A sentence's words, folded; the places of those a word of {@link #PASSING} reaches, of those aside from where the
     * program takes place ({@link ProgramPlace#aside}, {@link ProgramPlace#past}), and of the first word of each clause
     * after the first (a comma, a colon, a dash, a bracket or "but" before it; not "and").
     */
    private record Sentence(List<String> words, Set<Integer> passing, Set<Integer> aside, Set<Integer> breaks) {
    }

    /**
     * Whether the words say the cue, not just after a negation ("not a school program", « pas scolaire ») nor in a
     * clause that makes it a part or a side of the organization ({@link #PASSING}: "some of our youth are
     * newcomers", "we also run an online program"), nor, for a place, aside from where the program takes place
     * ({@link ProgramPlace#aside}: "feels like a school meeting", "after the school day"); a place said in one word
     * right beside people says who they are, not where the program is ("university students", « étudiants
     * universitaires », "community volunteers").
     */
    private static boolean holds(Sentence sentence, List<String> cue, boolean place, Set<Integer> inLonger) {
        List<String> words = sentence.words();
        for (int i = 0; i + cue.size() <= words.size(); i++) {
            if (cue.size() == 1 && inLonger.contains(i)) {
                continue;
            }
            if (words.subList(i, i + cue.size()).equals(cue) && words.subList(Math.max(0, i - NEGATION_REACH), i)
                    .stream().noneMatch(NEGATIONS::contains)
                    && !sentence.passing().contains(i) && !(place && sentence.aside().contains(i))
                    && !(place && cue.size() == 1 && (people(words, i - 1) || people(words, i + 1)))
                    && !(place && ProgramPlace.loose(cue)
                            && !ProgramPlace.whereTheProgramIs(words, i, sentence.breaks()))) {
                return true;
            }
        }
        return false;
    }

    /** The places of the words that a cue of two words or more of any of the terms says. */
    private static Set<Integer> covered(List<String> words, java.util.Collection<Set<List<String>>> terms) {
        Set<Integer> covered = new java.util.HashSet<>();
        for (Set<List<String>> own : terms) {
            for (List<String> cue : own) {
                if (cue.size() < 2) {
                    continue;
                }
                for (int i = 0; i + cue.size() <= words.size(); i++) {
                    if (words.subList(i, i + cue.size()).equals(cue)) {
                        for (int j = i; j < i + cue.size(); j++) {
                            covered.add(j);
                        }
                    }
                }
            }
        }
        return covered;
    }

    private static boolean people(List<String> words, int at) {
        return at >= 0 && at < words.size() && PEOPLE.contains(words.get(at));
    }

    /** Words for the people of a program, as {@link #words} gives them in either language. */
    private static final Set<String> PEOPLE = Set.of("student", "volunteer", "mentor", "staff", "teacher", "member",
            "worker", "partner", "graduate", "etudiant", "etudiante", "benevol", "enseignant", "membr", "intervenant",
            "partenair", "diplom");

    /** Words that deny what follows them, as {@link #words} gives them, and how many words on they reach. */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "non", "never", "nor", "pas", "ni", "jamais",
            "san");
    private static final int NEGATION_REACH = 3;

    /**
     * The words of a text, folded (no case, no accents, no elided article) and without the endings of the plural or,
     * in French, of the feminine: "Refugees" is "refugee", « réfugiées » and « réfugiés » are « refugi ».
     */
    static List<String> words(String text, String language) {
        String folded = PlainText.folded(text.replace('’', '\'')).replaceAll("\\b[dlcjmnst]'", " ");
        List<String> words = new ArrayList<>();
        for (String word : NOT_A_WORD.split(folded)) {
            if (!word.isEmpty() && !word.equals("+")) {
                words.add(base(word, language));
            }
        }
        return words;
    }

    static String base(String word, String language) {
        if (word.length() <= 3 || word.endsWith("+")) {
            return word;
        }
        String w = word;
        if ("en".equals(language) && w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if ((w.endsWith("s") && !w.endsWith("ss")) || w.endsWith("x")) {
            w = w.substring(0, w.length() - 1);
        }
        while ("fr".equals(language) && w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
