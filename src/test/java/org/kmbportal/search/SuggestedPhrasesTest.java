package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.Term;
import org.kmbportal.library.Vocabulary;
import org.kmbportal.platform.PlainText;

/**
 * A reader typing the beginning of a phrase the library knows is offered something: « jeunes imm » offered nothing on
 * the French page (user session), though « immigrants » is the taxonomy's synonym of « nouveaux arrivants » and
 * « Jeunes nouveaux arrivants et réfugiés » is a population the library is tagged with. Generated from the shipped
 * taxonomy's labels and synonyms, and from the library's titles, in both languages, cut anywhere in their last word.
 */
class SuggestedPhrasesTest {

    private static SearchFixture library;

    /** The shortest beginning of a synonym typed here: two letters begin too many words to mean one. */
    private static final int MIN_TYPED = 3;

    @BeforeAll
    static void load() {
        library = SearchFixture.sharedShippedLibrary();
    }

    private static List<String> suggest(String typed, String reader) {
        Suggestions suggestions = new Suggestions();
        suggestions.index = library.index;
        return suggestions.suggest(typed, reader, 8);
    }

    /** The words of a text, folded and lower-cased. */
    private static List<String> words(String text) {
        return List.of(PlainText.folded(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+]+")).stream()
                .filter(w -> !w.isEmpty()).toList();
    }

    /** A typed beginning as a reader may type it: lower-cased, or without its accents, or as written. */
    private static String typed(String text, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> text.toLowerCase(Locale.ROOT);
            case 1 -> PlainText.folded(text).toLowerCase(Locale.ROOT);
            default -> text;
        };
    }

    /**
     * A label's words before one of its synonyms, then another synonym of that group, its last word cut after three
     * letters or more (« jeunes imm » from « Jeunes nouveaux arrivants et réfugiés »): the label is suggested, or
     * something when the synonym is typed alone (« ado » stands for the « jeunes » of a dozen labels).
     */
    @Test
    void theBeginningOfALabelSaidWithASynonymSuggestsTheLabel() {
        Random random = new Random(4821);
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (String language : List.of("fr", "en")) {
            for (Vocabulary vocabulary : library.taxonomy.facets()) {
                for (Term term : vocabulary.terms()) {
                    String label = term.label().in(language);
                    List<String> words = words(label);
                    for (String line : library.taxonomy.synonyms(language)) {
                        List<String> group = List.of(line.split(",")).stream().map(String::strip).toList();
                        for (String held : group) {
                            int at = java.util.Collections.indexOfSubList(words, words(held));
                            if (at < 0) {
                                continue;
                            }
                            for (String said : group) {
                                List<String> saidWords = words(said);
                                String last = saidWords.get(saidWords.size() - 1);
                                if (said.equals(held) || last.length() < MIN_TYPED) {
                                    continue;
                                }
                                String cut = last.substring(0, MIN_TYPED + random.nextInt(last.length()
                                        - MIN_TYPED + 1));
                                List<String> phrase = new ArrayList<>(words.subList(0, at));
                                phrase.addAll(saidWords.subList(0, saidWords.size() - 1));
                                phrase.add(cut);
                                String text = typed(String.join(" ", phrase), random);
                                tried++;
                                List<String> offered = suggest(text, language);
                                // Where the label's own words come first, the label itself; else (« ado » alone
                                // begins many labels' synonyms) something.
                                if (at > 0 ? !offered.contains(label) : offered.isEmpty()) {
                                    wrong.add("« " + text + " » (" + language + ") does not suggest « " + label
                                            + " »: " + offered);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(tried >= 30, "phrases tried: " + tried);
        assertEquals(List.of(), wrong);
    }

    /**
     * The first words of a library title, the next one cut anywhere (past an elided article too: « famille d’ »,
     * « l’év »), suggest something, on the page of the title's language.
     */
    @Test
    void theBeginningOfATitleSuggestsSomething() {
        Random random = new Random(4822);
        List<String> wrong = new ArrayList<>();
        for (ResourceContent resource : library.resources) {
            String title = resource.title();
            String[] words = title.split("\\s+");
            int whole = random.nextInt(Math.min(3, words.length));
            String next = words[whole].replaceAll("[\\p{P}&&[^’'-]]+$", "");
            if (next.length() < 2) {
                continue;
            }
            String cut = next.substring(0, 2 + random.nextInt(next.length() - 1));
            String text = typed((String.join(" ", java.util.Arrays.copyOfRange(words, 0, whole)) + " " + cut).strip(),
                    random);
            if (suggest(text, resource.language()).isEmpty()) {
                wrong.add("« " + text + " » (" + resource.language() + ", from \"" + title + "\") suggests nothing");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void jeunesImmSuggestsTheNewcomersPopulation() {
        assertTrue(suggest("jeunes imm", "fr").contains("Jeunes nouveaux arrivants et réfugiés"),
                suggest("jeunes imm", "fr").toString());
        assertTrue(suggest("jeunes imm", "en").contains("Newcomer and refugee youth"),
                suggest("jeunes imm", "en").toString());
    }
}
