package org.kmbportal.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A person's name typed into a search is not kept, by the rule of {@link PersonalNames}: capitalised words in a row
 * that the library does not use. Names are generated from first and family names of both languages, with topic words
 * around them; topic phrases the library uses stay, however they are capitalised.
 */
class PersonalNamesTest {

    /** The library's words here: a taxonomy's labels and a few titles, in both languages. */
    private static final KeptSearchWords LIBRARY = KeptSearchWords.against(List.of("Mentor training",
            "Formation des mentors", "Group mentoring", "Mentorat de groupe", "Match closure", "Fin des jumelages",
            "School-based mentoring", "Mentorat en milieu scolaire", "Youth voice and participation",
            "The Big Brothers Big Sisters impact study: what well-supported matches can achieve",
            "Grands Frères Grandes Sœurs du Canada : vingt ans de jumelages", "Évaluation de programme",
            "Program evaluation", "Newcomer and refugee youth", "Jeunes nouveaux arrivants et réfugiés"));

    private static final List<String> FIRST = List.of("Marie", "Jean-Pierre", "Chloé", "Mohamed", "Siobhan", "Zoë",
            "Émilie", "Kwame", "Anne-Sophie", "Đức", "Aroha", "Björn");
    private static final List<String> FAMILY = List.of("Tremblay", "O'Brien", "Gagnon-Lévesque", "McDonald", "Nguyễn",
            "Côté", "de Grandpré", "van der Berg", "Ouellet", "Okafor", "Larivière", "D’Amours");
    private static final List<String> AROUND = List.of("mentoring", "mentorat", "training", "formation des mentors",
            "school-based", "« jumelage »", "closure?", "évaluation", "youth voice", "");

    @Test
    void aFirstAndFamilyNameTypedIntoASearchIsNotKeptInEitherLanguage() {
        Random random = new Random(5501);
        for (int i = 0; i < 300; i++) {
            String first = FIRST.get(random.nextInt(FIRST.size()));
            String family = FAMILY.get(random.nextInt(FAMILY.size()));
            String before = AROUND.get(random.nextInt(AROUND.size()));
            String after = AROUND.get(random.nextInt(AROUND.size()));
            String typed = (before + " " + first + " " + family + " " + after).strip();
            KeptSearchWords.Kept kept = LIBRARY.of(typed);
            String lastPart = family.substring(family.lastIndexOf(' ') + 1);
            for (String part : List.of(first, lastPart)) {
                assertFalse(kept.typed().contains(part), typed + " -> " + kept);
                for (String piece : PersonalNames.key(part).split("['\\- ]")) {
                    assertFalse(piece.length() > 2 && List.of(kept.query().split("[\\s'-]")).contains(piece),
                            typed + " -> " + kept);
                }
            }
            assertTrue(kept.typed().contains(PersonalData.REMOVED), typed + " -> " + kept);
            if (!after.isEmpty() && Character.isLetter(after.charAt(0))) {
                assertTrue(kept.query().contains(after.replaceAll("[^\\p{L}\\s-]", "").strip()), typed + " -> " + kept);
            }
        }
    }

    @Test
    void theExamplesTheEditorsGaveAreMasked() {
        assertEquals(new KeptSearchWords.Kept("… mentoring", "… mentoring"), LIBRARY.of("Marie Tremblay mentoring"));
        assertEquals("Mentorat de groupe avec …", LIBRARY.of("Mentorat de groupe avec Chloé Côté-Gagnon").typed());
        assertEquals("… formation", LIBRARY.of("Anne de la Fontaine formation").typed());
        assertEquals("mentoring …", LIBRARY.of("mentoring Siobhan O'Brien, marie.tremblay@example.org")
                .typed().replace(", …", ""));
        assertEquals("… 514 …", LIBRARY.of("Kwame Okafor 514 Jean Côté").typed().replaceAll("\\s+", " "),
                "two names around a number");
    }

    /** What the user session us55 typed (finding 2): names, and an address spelled out, are not kept. */
    @Test
    void theSearchesOfTheUserSessionKeepNoNameAndNoAddress() {
        assertEquals("« dossier de …, 12 ans, famille d'accueil Longueuil »", LIBRARY.of(
                "« dossier de Léa Gagnon, 12 ans, famille d'accueil Longueuil »").typed(), "a place alone stays");
        assertEquals("mon mentoré … … ne vient plus", LIBRARY.of(
                "mon mentoré Kevin Tremblay jean.tremblay@exemple.ca ne vient plus").typed());
        assertEquals("courriel: … jumelage", LIBRARY.of("courriel: marie (at) exemple point ca jumelage").typed());
        assertEquals("courriel … jumelage", LIBRARY.of("courriel: marie (at) exemple point ca jumelage").query());
        Random random = new Random(8080);
        List<String> at = List.of(" (at) ", " [at] ", " at ", " (arobase) ", "(@)", " AT ", " {at} ");
        List<String> dot = List.of(" point ", " dot ", " (dot) ", ".", " [point] ");
        for (int i = 0; i < 200; i++) {
            String user = List.of("marie", "jp.gagnon", "kwame_o", "lea2011").get(random.nextInt(4));
            String address = user + at.get(random.nextInt(at.size())) + List.of("exemple", "mail-box", "site")
                    .get(random.nextInt(3)) + dot.get(random.nextInt(dot.size()))
                    + List.of("ca", "com", "org", "qc")
                            .get(random.nextInt(4));
            String typed = "courriel " + address + " jumelage";
            KeptSearchWords.Kept kept = LIBRARY.of(typed);
            assertEquals("courriel … jumelage", kept.typed(), typed);
            assertEquals("courriel … jumelage", kept.query(), typed);
        }
        for (String typed : List.of("help at school point of view", "mentoring at home",
                "rencontre au point de service",
                "meet at the point where youth are")) {
            assertEquals(SearchQueries.asTyped(typed), LIBRARY.of(typed).typed(), typed);
        }
    }

    @Test
    void topicPhrasesTheLibraryUsesStayHoweverTheyAreCapitalised() {
        for (String typed : List.of("Big Brothers Big Sisters", "BIG BROTHERS big sisters",
                "Grands Frères Grandes Sœurs", "grands frères grandes sœurs", "Mentor Training",
                "Formation Des Mentors", "School-Based Mentoring", "Group Mentoring Youth Voice",
                "Mentorat En Milieu Scolaire", "Évaluation De Programme", "Jeunes Nouveaux Arrivants",
                "Big Brothers Big Sisters Marie")) {
            assertEquals(SearchQueries.asTyped(typed), LIBRARY.of(typed).typed(), typed);
            assertEquals(SearchQueries.normalize(typed), LIBRARY.of(typed).query(), typed);
        }
    }

    @Test
    void whatDoesNotReadAsANameStays() {
        for (String typed : List.of("Tremblay", "marie tremblay mentoring", "YMCA Canada mentoring", "iPad Mini",
                "Mentoring Marie", "Marie, mentoring", "Marie de", "Big Brothers Marie")) {
            assertEquals(SearchQueries.asTyped(typed), LIBRARY.of(typed).typed(), typed);
        }
        assertEquals("Mentoring …", LIBRARY.of("Mentoring Marie Tremblay").typed());
    }

    @Test
    void aSearchKeptBeforeIsMaskedAgainAsItWouldBeNowAndOthersAreLeftAlone() {
        String typed = "Formation des mentors Jean-Pierre Gagnon 514 555 0199";
        KeptSearchWords.Kept again = LIBRARY.again(SearchQueries.normalize(typed), typed);
        assertEquals(LIBRARY.of(typed), again);
        assertEquals("Formation des mentors … …", again.typed());
        for (String kept : List.of("Big Brothers Big Sisters", "mentor training", "Grands Frères Grandes Sœurs ?")) {
            assertEquals(new KeptSearchWords.Kept(SearchQueries.normalize(kept), kept), LIBRARY.again(SearchQueries
                    .normalize(kept), kept));
        }
        String old = "mentoring marie tremblay";
        assertEquals(new KeptSearchWords.Kept(old, old), LIBRARY.again(old, old),
                "a search kept before the words as typed were: lower case, nothing reads as a name");
    }
}
