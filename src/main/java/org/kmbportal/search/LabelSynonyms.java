package org.kmbportal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.kmbportal.library.Taxonomy;
import org.kmbportal.platform.PlainText;

/**
 * What a word being typed may stand for in a term's label: the taxonomy's synonyms and the glossary's lines. « jeunes
 * imm » suggested nothing (user session): no label has a word beginning with « imm », but « immigrants » is a synonym
 * of « nouveaux arrivants », which « Jeunes nouveaux arrivants et réfugiés » holds. A typed word (three letters or more)
 * that begins a word of a synonym group stands for the group's other words where a label holds them whole; the
 * glossary's lines also stand for the label's language's side when the word is typed in the other language ("jeunes"
 * for "youth"). Compared without accents or case: the synonyms are written either way.
 */
final class LabelSynonyms {

    /** The shortest beginning read through synonyms: two letters begin too many words to mean one. */
    static final int MIN_TYPED = 3;

    /** One synonym group: the words a reader may type for it, and those a label in the language may hold. */
    private record Group(List<List<String>> typed, List<List<String>> inLabel) {
    }

    /** The reading for the last taxonomy asked about, worked out once per taxonomy. */
    private static volatile LabelSynonyms last;

    private final Taxonomy taxonomy;
    private final Map<String, List<Group>> groups;

    private LabelSynonyms(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.groups = Map.of("en", groups(taxonomy, "en"), "fr", groups(taxonomy, "fr"));
    }

    static LabelSynonyms of(Taxonomy taxonomy) {
        LabelSynonyms known = last;
        if (known == null || known.taxonomy != taxonomy) {
            known = new LabelSynonyms(taxonomy);
            last = known;
        }
        return known;
    }

    private static List<Group> groups(Taxonomy taxonomy, String language) {
        List<Group> groups = new ArrayList<>();
        for (String line : taxonomy.synonyms(language)) {
            List<List<String>> members = List.of(line.split(",")).stream().map(LabelSynonyms::words)
                    .filter(w -> !w.isEmpty()).toList();
            groups.add(new Group(members, members));
        }
        for (Glossary.Line line : Glossary.lines()) {
            List<List<String>> both = new ArrayList<>();
            line.english().forEach(w -> both.add(words(w)));
            line.french().forEach(w -> both.add(words(w)));
            groups.add(new Group(both, line.side(language).stream().map(LabelSynonyms::words).toList()));
        }
        return groups;
    }

    /** The words of a text as compared here: folded, lower-cased, split at anything but letters and digits. */
    static List<String> words(String text) {
        return List.of(PlainText.folded(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+]+")).stream()
                .filter(w -> !w.isEmpty()).toList();
    }

    /**
     * Whether every typed word begins a word of the label (as {@link Suggestions#matches} reads it) or, three
     * letters or more, begins a synonym of words the label holds whole.
     */
    boolean matches(List<String> typed, String label, String labelLanguage) {
        List<String> labelWords = words(label);
        List<Group> known = groups.getOrDefault(labelLanguage, List.of());
        for (String word : typed) {
            if (Suggestions.matches(List.of(word), label)) {
                continue;
            }
            String folded = PlainText.folded(word).toLowerCase(Locale.ROOT);
            // A short word counts only whole, as a word of a synonym in several words (the « et » and « de » of
            // « diversité sexuelle et de genre »); it begins too many words to stand for anything alone.
            Predicate<String> begun = folded.length() < MIN_TYPED ? folded::equals : w -> w.startsWith(folded);
            if (folded.isEmpty() || known.stream().noneMatch(g -> standsFor(g, begun, labelWords))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a member of the group has a word the typed word begins, and another member is in the label's words. */
    private static boolean standsFor(Group group, Predicate<String> begun, List<String> labelWords) {
        for (List<String> member : group.typed()) {
            if (member.stream().noneMatch(begun)) {
                continue;
            }
            for (List<String> other : group.inLabel()) {
                if (!other.equals(member) && holds(labelWords, other)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the label's words hold these words in a row (a plural's s or x left aside). */
    private static boolean holds(List<String> labelWords, List<String> words) {
        for (int start = 0; start + words.size() <= labelWords.size(); start++) {
            boolean all = true;
            for (int i = 0; i < words.size() && all; i++) {
                all = singular(labelWords.get(start + i)).equals(singular(words.get(i)));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static String singular(String word) {
        return word.length() > 3 && (word.endsWith("s") || word.endsWith("x"))
                ? word.substring(0, word.length() - 1)
                : word;
    }
}
