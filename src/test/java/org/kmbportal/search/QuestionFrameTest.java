package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.kmbportal.library.Citation;
import org.kmbportal.library.Evidence;
import org.kmbportal.library.EvidenceDesign;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.ResourceHeader;
import org.kmbportal.library.SummarySection;
import org.kmbportal.testing.Gen;

/**
 * A whole question is searched by words for its topic, not for the words it is put in: for "honestly, any tips: how
 * do we keep X and Y?" a text that says "tips", "keep" and "honestly" twice and X once ranked above a text about X and
 * Y, because the asking words ("tips", "keep", « conseils », « garder ») counted as much as the topic's. Generated
 * questions in both languages, each with its own two topic words (made of letters no language writes together), over
 * the shipped library and, per question, a text holding both topic words and one holding the question's asking words
 * twice and one topic word; ranked by words as each page reads them.
 */
class QuestionFrameTest {

    /** Words a question is put in, as practitioners write them (not the portal's list). */
    private static final Map<String, List<String>> ASKING = Map.of(
            "en", List.of("honestly", "tips", "ways", "best", "keep", "help", "really", "advice", "ideas", "good"),
            "fr", List.of("honnêtement", "conseils", "façons", "meilleures", "garder", "aider", "vraiment", "idées",
                    "moyens", "bonnes"));
    private static final Map<String, String[]> FILLER = Map.of(
            "en", ("mentor youth program match relationship support training evaluation school community family "
                    + "staff volunteer outcome practice research context plan capacity organization group peer")
                    .split(" "),
            "fr", ("mentor jeunes programme jumelage relation soutien formation évaluation école communauté famille "
                    + "personnel bénévole résultats pratique recherche contexte plan capacité organisme groupe pairs")
                    .split(" "));
    private static final int PER_LANGUAGE = 10;

    private record Asked(String language, String question, String topic, String frame) {
    }

    private static final List<Asked> ASKED = new ArrayList<>();
    private static SearchFixture library;

    /** A word of letters no language here writes together, so no text but the generated ones holds it. */
    private static final Gen<String> NOWHERE = random -> {
        String odd = "qxzkjwv";
        StringBuilder word = new StringBuilder();
        for (int i = 6 + random.nextInt(5); i > 0; i--) {
            word.append(odd.charAt(random.nextInt(odd.length())));
        }
        return word.toString();
    };

    @BeforeAll
    static void build() {
        SearchFixture shipped = SearchFixture.sharedShippedLibrary();
        List<ResourceContent> resources = new ArrayList<>(shipped.resources);
        for (String language : List.of("en", "fr")) {
            Random random = new Random(Gen.seed() * 31 + language.hashCode());
            for (int i = 0; i < PER_LANGUAGE; i++) {
                String a = NOWHERE.next(random);
                String b = NOWHERE.next(random);
                List<String> asking = new ArrayList<>(ASKING.get(language));
                java.util.Collections.shuffle(asking, random);
                List<String> frame = asking.subList(0, 3);
                String question = "en".equals(language)
                        ? String.format("%s, any %s: how do we %s %s and %s?", capital(frame.get(0)), frame.get(1),
                                frame.get(2), a, b)
                        : String.format("%s, des %s : comment %s les %s et les %s ?", capital(frame.get(0)),
                                frame.get(1), frame.get(2), a, b);
                String id = "asked-" + language + "-" + i;
                resources.add(summary(id + "-topic", language, "en".equals(language)
                        ? "Field notes " + i
                        : "Notes de terrain " + i, filler(random, language, a, b)));
                List<String> held = new ArrayList<>(List.of(a));
                held.addAll(frame);
                held.addAll(frame);
                resources.add(summary(id + "-frame", language, "en".equals(language)
                        ? "Field notes " + i + " b"
                        : "Notes de terrain " + i + " b", filler(random, language, held.toArray(String[]::new))));
                ASKED.add(new Asked(language, question, id + "-topic", id + "-frame"));
            }
        }
        library = SearchFixture.of(shipped.taxonomy, resources, shipped.collections);
    }

    @AfterAll
    static void close() throws IOException {
        if (library != null) {
            library.close();
        }
    }

    @Test
    void theTextAboutTheQuestionsTopicRanksAboveOneThatRepeatsItsAskingWords() {
        List<String> wrong = new ArrayList<>();
        for (Asked asked : ASKED) {
            for (String page : List.of("en", "fr")) {
                List<String> ids = byWords(asked.question(), page);
                int topic = ids.indexOf(asked.topic());
                int frame = ids.indexOf(asked.frame());
                if (topic < 0 || frame >= 0 && frame < topic) {
                    wrong.add(page + " page: " + asked.question() + " -> " + ids.subList(0, Math.min(3, ids.size())));
                }
            }
        }
        assertEquals(List.of(), wrong, "questions whose asking words outranked their topic");
    }

    /**
     * The first ten by the question's words, as the page reads them: what the French page lists, and what the English
     * page fuses with the ranking by meaning (which compares the question's meaning with each text, and is untouched).
     */
    private static List<String> byWords(String question, String page) {
        return library.index.withSearcher(searcher -> {
            try {
                Query words = QueryInterpreter.interpret(QueryInterpreter.normalize(question, page),
                        library.index.analysis().forReader(page), searcher.getIndexReader(), true).matches();
                List<String> ids = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(words, 10).scoreDocs) {
                    ids.add(searcher.storedFields().document(hit.doc).get(Fields.ID));
                }
                return ids;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Sentences of the language's common library words, with each given word once among them. */
    private static String filler(Random random, String language, String... words) {
        String[] common = FILLER.get(language);
        List<String> text = new ArrayList<>();
        for (int w = 0; w < 60; w++) {
            text.add(common[random.nextInt(common.length)]);
        }
        for (String word : words) {
            text.add(random.nextInt(text.size()), word);
        }
        return String.join(" ", text) + ".";
    }

    private static ResourceContent summary(String id, String language, String title, String body) {
        Map<SummarySection, String> sections = new EnumMap<>(SummarySection.class);
        sections.put(SummarySection.INTRODUCTION, body);
        ResourceHeader header = ResourceHeader.builder(id).title(title).language(language)
                .published(LocalDate.of(2025, 1, 1)).status(PublicationStatus.PUBLISHED)
                .terms(Map.of("topics", List.of("match-support"))).build();
        return new ResearchSummaryContent(header, new Citation(List.of("Author, A."), 2020, title, "Journal of Tests",
                "1", "2", "3-4", "", ""), "Generator", null, new Evidence(EvidenceDesign.values()[0], "many"),
                sections);
    }
}
