package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;

/**
 * Misreadings met in real sessions, in paragraphs generated around them (context sentences of either language, in
 * any order): the "comparison group" of a study named group mentoring, and French paragraphs that plainly named mentor
 * training (« former les mentors ») or match closure (« clore les jumelages ») named neither.
 */
class SessionReadingsTest {

    private static NamedTopics topics;

    @BeforeAll
    static void index() {
        SearchFixture library = SearchFixture.sharedShippedLibrary();
        topics = library.index.withSearcher(searcher -> new NamedTopics(library.index.taxonomy(),
                library.index.analysis(), searcher.getIndexReader()));
    }

    /** Sentences about an organization that name no topic (nor groups). */
    private static final List<String> CONTEXT_EN = List.of("We are a mid-sized agency in a northern town.",
            "Most of our volunteers are retired teachers or nurses who drive an hour to meet their mentee.",
            "The board meets four times a year, in the church basement on Rue Principale.",
            "Our youngest mentee is nine and our oldest just turned seventeen.",
            "Honestly, the winter roads decide more than we do.",
            "We have had the same phone number since 1998!",
            "Kids ask for pizza, every single time.");
    private static final List<String> CONTEXT_FR = List.of("Nous sommes un organisme de taille moyenne dans une"
            + " ville du Nord.",
            "La plupart de nos bénévoles sont des enseignantes retraitées qui roulent une heure"
                    + " pour voir leur jeune.",
            "Le conseil se réunit quatre fois par année au sous-sol de l’église, rue Principale.",
            "Notre plus jeune a neuf ans et le plus vieux vient d’avoir dix-sept ans.",
            "Honnêtement, les routes d’hiver décident plus que nous.",
            "Nous avons le même numéro de téléphone depuis 1998 !", "Les jeunes demandent de la pizza, chaque fois.");

    private static String paragraph(Random random, String language, String sentence) {
        List<String> context = new ArrayList<>(language.equals("fr") ? CONTEXT_FR : CONTEXT_EN);
        Collections.shuffle(context, random);
        List<String> sentences = new ArrayList<>(context.subList(0, random.nextInt(context.size() + 1)));
        sentences.add(random.nextInt(sentences.size() + 1), sentence);
        return String.join(" ", sentences);
    }

    /** A study's design or a way of asking people, with "group": never group mentoring. */
    static Stream<Arguments> studyGroups() {
        Gen<String> en = Gen.of("We want a proper outcome study with a comparison group.",
                "Could we compare our kids with a control group from the waiting list?",
                "The university offered a randomized trial with a treatment group and a wait-list group.",
                "Last spring we ran a focus group with parents about the outcomes they hoped for.",
                "Our funder wants outcomes by age group, with a Comparison-Group of similar schools.",
                "We need an evaluation design: comparison groups, surveys, something credible.");
        Gen<String> fr = Gen.of("Nous voulons une vraie étude des effets avec un groupe de comparaison.",
                "Pourrions-nous comparer nos jeunes à un groupe témoin tiré de la liste d’attente ?",
                "L’université propose un essai avec un groupe expérimental et un groupe contrôle.",
                "Au printemps, nous avons tenu un groupe de discussion avec les parents.",
                "Le bailleur veut des résultats par groupe d’âge, avec des groupes de comparaison.");
        return Gen.tries("study groups", 60, random -> {
            String language = random.nextBoolean() ? "en" : "fr";
            return Arguments.of(language, paragraph(random, language, (language.equals("fr") ? fr : en).next(
                    random)));
        });
    }

    @ParameterizedTest
    @MethodSource("studyGroups")
    void theGroupOfAStudysDesignIsNotGroupMentoring(String language, String paragraph) {
        assertFalse(topics.in(paragraph, language).containsKey("group-mentoring"), paragraph + " -> " + topics.in(
                paragraph, language));
    }

    @Test
    void groupMentoringIsStillNamedBesideAStudyGroup() {
        assertTrue(topics.in("We run group mentoring and want a study with a comparison group.", "en").containsKey(
                "group-mentoring"));
        assertTrue(topics.in("Nous offrons du mentorat de groupe et voulons un groupe témoin.", "fr").containsKey(
                "group-mentoring"));
        assertEquals("We want a study with a comparison …, by age-…, and a … de comparaison.",
                StudyGroups.without(
                        "We want a study with a comparison group, by age-group, and a groupe de comparaison."));
    }

    /** French sentences that name a topic by the verb of its label's noun, or by other words for its end. */
    static Stream<Arguments> frenchNeeds() {
        Gen<String> training = Gen.of("Nous ne savons pas comment former les mentors aux situations difficiles.",
                "Il faudrait former nos bénévoles avant le jumelage, mais personne n’a le temps.",
                "Qui peut nous aider à mieux former les mentors qui arrivent en septembre ?",
                "On forme les nouveaux mentors en une soirée, et ils forment ensuite les autres sur le tas.");
        Gen<String> closure = Gen.of("Nous ne savons pas clore les jumelages quand un bénévole déménage.",
                "Comment clore un jumelage sans que l’enfant se sente abandonné ?",
                "Il faut clore les jumelages proprement à la fin de l’année scolaire.");
        return Gen.tries("french needs", 60, random -> {
            boolean isTraining = random.nextBoolean();
            return Arguments.of(isTraining ? "mentor-training" : "match-closure", paragraph(random, "fr",
                    (isTraining ? training : closure).next(random)));
        });
    }

    @ParameterizedTest
    @MethodSource("frenchNeeds")
    void frenchParagraphsNameTheTopicsTheyPlainlyName(String topic, String paragraph) {
        assertTrue(topics.in(paragraph, "fr").containsKey(topic), paragraph + " -> " + topics.in(paragraph, "fr"));
    }

    /**
     * « Former » a thing makes it (« former un comité », « former des équipes », « former un partenariat »): only
     * « former » people (mentors, bénévoles, intervenants, le personnel) is training.
     */
    static Stream<Arguments> formedThings() {
        Gen<String> made = Gen.of("Nous aimerions former un comité de parents l’an prochain.",
                "Il faudrait former un comité de suivi avec l’école.",
                "Nous voulons former des équipes de trois jeunes avec un adulte.",
                "Pourrions-nous former un partenariat avec la maison des jeunes du quartier ?",
                "Les jeunes veulent former un conseil pour choisir les activités.",
                "On va former une équipe de projet avec deux directions d’école.",
                "Former de petits groupes de discussion nous semble plus simple.",
                "Nous avons formé un réseau de cinq organismes de la région.");
        return Gen.tries("formed things", 40, random -> Arguments.of(paragraph(random, "fr", made.next(random))));
    }

    @ParameterizedTest
    @MethodSource("formedThings")
    void formingACommitteeIsNotMentorTraining(String paragraph) {
        assertFalse(topics.in(paragraph, "fr").containsKey("mentor-training"), paragraph + " -> " + topics.in(
                paragraph, "fr"));
    }

    @Test
    void formingPeopleIsStillTraining() {
        for (String trained : List.of("Nous devons former rapidement nos nouveaux bénévoles.",
                "Il faut former le personnel et les intervenantes aux situations difficiles.",
                "Les mentors arrivent en septembre et personne n’a le temps de les former.")) {
            assertTrue(topics.in(trained, "fr").containsKey("mentor-training"), trained + " -> " + topics.in(trained,
                    "fr"));
        }
    }

    @Test
    void aVerbNamesItsLabelsNounOnlyWhenItIsThatVerb() {
        assertEquals("form", VerbsAndNouns.verbRoot("former"));
        assertEquals("recrut", VerbsAndNouns.verbRoot("recrutons"));
        // Folded, « formé » is « forme », a shape: no verb's ending is read there.
        assertEquals(null, VerbsAndNouns.verbRoot("forme"));
        assertFalse(topics.in("Sous cette forme, le programme plaît aux jeunes.", "fr").containsKey("mentor-training"));
    }
}
