package org.kmbportal.search;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;

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

    /**
     * The roots of verbs that make their noun only of people: « former les mentors », « les former » is « formation »;
     * « former un comité », « former des groupes », « former une équipe » make one, and name no training.
     */
    static final Set<String> OF_PEOPLE = Set.of("form");
    /** The people such a verb is said of (folded): those a program trains. */
    static final Set<String> PEOPLE = Set.of("mentor", "mentors", "mentore", "mentores", "benevole", "benevoles",
            "intervenant", "intervenants", "intervenante", "intervenantes", "personnel", "employe", "employes",
            "employee", "employees", "equipe", "equipes", "animateur", "animateurs", "animatrice", "animatrices",
            "tuteur", "tuteurs", "tutrice", "tutrices", "parrain", "parrains", "marraine", "marraines",
            "accompagnateur", "accompagnateurs", "accompagnatrice", "accompagnatrices", "coordonnateur",
            "coordonnateurs", "coordonnatrice", "coordonnatrices", "enseignant", "enseignants", "enseignante",
            "enseignantes", "recrue", "recrues", "adultes", "aidants", "aidantes", "stagiaires", "moniteurs",
            "monitrices");
    /** Words between such a verb and its people (folded): determiners, adverbs, « nouveaux », « jeunes ». */
    static final Set<String> BETWEEN = Set.of("les", "des", "nos", "vos", "leurs", "ses", "ces", "notre", "votre",
            "leur", "son", "cette", "tous", "toutes", "chaque", "mieux", "bien", "rapidement", "aussi", "ensuite",
            "egalement", "davantage", "correctement", "adequatement", "nouveaux", "nouvelles", "nouvelle", "nouveau",
            "futurs", "futures", "premiers", "jeunes", "propres", "plus", "une");
    /** Made anew after « une » or « des », not trained: « former une équipe », « former des équipes ». */
    static final Set<String> MADE_ANEW = Set.of("equipe", "equipes");
    static final Set<String> MAKING = Set.of("une", "des");

    /**
     * Whether a verb of {@link #OF_PEOPLE}, at {@code position} of the words (folded, null where a word is too short
     * to be kept), is said of people: « les » just before it (« les former »), or people after it, past determiners
     * and adverbs (« former rapidement nos nouveaux bénévoles »), or « les autres » (« ils forment les autres »).
     */
    static boolean saidOfPeople(List<String> words, int position) {
        if (position > 0 && "les".equals(words.get(position - 1))) {
            return true;
        }
        String previous = null;
        int gaps = 0;
        for (int i = position + 1; i < words.size() && gaps < 3; i++) {
            String word = words.get(i);
            if (word == null) {
                gaps++;
                continue;
            }
            gaps = 0;
            if (PEOPLE.contains(word) && !(previous != null && MAKING.contains(previous) && MADE_ANEW.contains(word))
                    || word.equals("autres") && "les".equals(previous)) {
                return true;
            }
            if (!BETWEEN.contains(word)) {
                return false;
            }
            previous = word;
        }
        return false;
    }

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

    /**
     * Whether the word of a text (folded) is a label word said as a verb in the present, of someone who does it: a
     * task, not a topic. In English, a verb's "-s" on a label's "-ing" form ("recruits", "screens" of "recruiting",
     * "screening") or on a label word among the library's most common ("supports" of "support"), not a plural noun
     * of the label's own ("matches"); in French, « -e », « -es », « -ent » on the root of a label's noun made from a
     * verb (« recrute », « filtre » of « recrutement », « filtrage »), « -t », « -nent » on « soutien » (« soutient
     * »). "Recruiting", « recruter », « le suivi » remain the topic's words.
     *
     * @param common
     *            whether the word is among the library's most common
     */
    static boolean task(String folded, String language, Set<String> label, boolean common) {
        if (label == null || label.contains(folded)) {
            return false;
        }
        if (!"fr".equals(language.substring(0, Math.min(2, language.length())))) {
            if (!folded.endsWith("s") || folded.endsWith("ss") || folded.length() < ROOT + 1) {
                return false;
            }
            String base = folded.substring(0, folded.length() - 1);
            return label.contains(base + "ing") || common && label.contains(base);
        }
        for (String written : label) {
            String root = nounRoot(written);
            if (root != null && List.of("e", "es", "ent").stream().anyMatch(e -> folded.equals(root + e))
                    || List.of("t", "nent").stream().anyMatch(e -> folded.equals(written + e))) {
                return true;
            }
        }
        return false;
    }

    /** Where the label words a reading finds go: the words, the telling ones, what says each and where. */
    record Said(Set<String> words, Set<String> telling, Map<String, List<String>> saying,
            Map<String, List<Integer>> positions) {
    }

    /** The text's words, lower-cased and folded, nothing removed. */
    private static final Analyzer WORDS = Analysis.plain();

    /**
     * Adds the label words the French text says by their verb: « former les mentors » says « formation des mentors
     * », « recruter » « recrutement », « superviser » « supervision »; the stemmer keeps a verb and its noun apart.
     * « Former » only when said of people ({@link #saidOfPeople}): « former un comité » makes one.
     */
    static void labelNounsSaid(String text, Map<String, String> frenchNouns, Map<String, Set<String>> labelWords,
            Predicate<String> common, Said said) {
        Set<String> words = said.words();
        Set<String> telling = said.telling();
        Map<String, List<String>> saying = said.saying();
        Map<String, List<Integer>> positions = said.positions();
        // Read word by word, nothing removed: « former » is among the English stop words both analyzers drop.
        Map<String, List<Integer>> where = new HashMap<>();
        Map<String, Set<String>> written = WrittenStems.stems(WORDS, "fr", text, where);
        List<String> inOrder = new ArrayList<>();
        where.forEach((word, at) -> at.forEach(p -> {
            while (inOrder.size() <= p) {
                inOrder.add(null);
            }
            inOrder.set(p, word.substring(word.indexOf(':') + 1));
        }));
        written.forEach((word, surfaces) -> {
            for (String w : surfaces) {
                String root = verbRoot(w);
                String label = root == null ? null : frenchNouns.get(root);
                if (label == null || WrittenStems.formOf(w, labelWords.get(label)) || common.test(w)
                        || OF_PEOPLE.contains(root) && where.getOrDefault(word, List.of()).stream()
                                .noneMatch(p -> saidOfPeople(inOrder, p))) {
                    continue;
                }
                words.add(label);
                telling.add(label);
                saying.computeIfAbsent(label, k -> new ArrayList<>()).add(w);
                // Counted as the query's reading counts (stop words and sentence ends included), where the label's
                // other words are placed.
                positions.computeIfAbsent(label, k -> new ArrayList<>()).addAll(where.getOrDefault(word, List.of()));
            }
        });
    }

}
