package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.Term;
import org.kmbportal.library.Vocabulary;

/**
 * French whole questions about a subject of the taxonomy, generated from its French labels inside the words a
 * practitioner wraps them in (« Le mentorat en ligne est-il efficace pour les adolescents ? »): the words that only
 * frame a question (« est », « avant », « après ») and a word whose synonyms are of several words (« adolescents »:
 * "young people") must not decide the ranking; a resource about the subject is among the first five, as for the
 * same label searched alone.
 */
class FrenchQuestionsTest {

    /** Question frames around a label (lower-cased), with function words only and a population as readers add. */
    private static final List<String> FRAMES = List.of("%s est-il efficace pour les adolescents ?",
            "Est-ce que %s est vraiment efficace pour les jeunes ?", "Pourquoi %s est-il si important ?",
            "Quand et comment faire %s avec des adolescents ?",
            "%s : est-ce que ça fonctionne avant ou après deux ans ?");
    private static final List<String> VOCABULARIES = List.of("topics", "program_models", "settings");
    /** A label needs this many resources about it for the first five to be expected to hold one. */
    private static final int ENOUGH = 3;

    @Test
    void aResourceAboutTheSubjectOfAFrenchQuestionIsAmongTheFirstFive() {
        SearchFixture library = SearchFixture.sharedShippedLibrary();
        List<String> missed = new ArrayList<>();
        int asked = 0;
        for (Vocabulary vocabulary : library.taxonomy.facets()) {
            if (!VOCABULARIES.contains(vocabulary.key())) {
                continue;
            }
            for (Term term : vocabulary.terms()) {
                Set<String> about = library.resources.stream()
                        .filter(r -> r.terms().getOrDefault(vocabulary.key(), List.of()).contains(term.key()))
                        .map(ResourceContent::id).collect(Collectors.toSet());
                if (about.size() < ENOUGH) {
                    continue;
                }
                String label = term.label().fr();
                String lower = Character.toLowerCase(label.charAt(0)) + label.substring(1);
                for (String frame : FRAMES) {
                    String question = String.format(frame, frame.startsWith("%") ? label : lower);
                    List<String> first = library.ids(library.search.search(new SearchRequest(question, Map.of(), null,
                            null, SearchRequest.Order.RELEVANCE, 1, 5, "fr")));
                    asked++;
                    if (first.stream().noneMatch(id -> about.contains(id) || about.stream().anyMatch(
                            a -> library.resources.stream().anyMatch(r -> r.id().equals(id)
                                    && a.equals(r.translationOf()))))) {
                        missed.add(question + " " + first);
                    }
                }
            }
        }
        System.out.printf("French questions: %d of %d without a resource about their subject in the first five%n%s%n",
                missed.size(), asked, String.join("\n", missed));
        assertTrue(asked >= 50, "at least 50 generated questions, not " + asked);
        assertTrue(missed.isEmpty(), missed.size() + " of " + asked + " French questions missed their subject:\n"
                + String.join("\n", missed));
    }
}
