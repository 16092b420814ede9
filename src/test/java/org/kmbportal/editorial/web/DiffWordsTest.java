package org.kmbportal.editorial.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.editorial.RevisionDiff;

class DiffWordsTest {

    private static final String OLDER = """
            ---
            id: a-resource
            title: "Older « title »: with a colon"
            status: draft
            topics: [youth-voice]
            citation:
              title: "The study's title"
              year: 2013
            evidence:
              design: theory
            applies_when:
              organization_size: [small]
            ---
            ## Notes of interest
            status: in the body, as written
            """;

    private static List<String> shown(String language) {
        String newer = OLDER.replace("Older « title »", "Newer \\\"title\\\"").replace("status: draft",
                "status: in-review").replace("youth-voice]", "youth-voice, mentors]").replace("year: 2013",
                        "year: 2014")
                .replace("design: theory", "design: rct").replace("[small]", "[small, large]")
                .replace("as written", "as written again");
        ResourceBundle bundle = ResourceBundle.getBundle("org.kmbportal.web.messages", Locale.forLanguageTag(
                language));
        UnaryOperator<String> message = key -> bundle.containsKey(key) ? bundle.getString(key) : null;
        Map<String, String> vocabularies = Map.of("topics", "Topics-" + language, "organization_size", "Size-"
                + language);
        return RevisionDiff.between(OLDER, newer).stream().filter(l -> l.kind() == RevisionDiff.Kind.ADDED).map(
                l -> DiffWords.inWords(l, message, vocabularies::get, (v, t) -> t.toUpperCase(Locale.ROOT)))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aFieldReadsWithTheEditorsLabelAndAStateInWordsTheBodyAsWritten(String language) {
        ResourceBundle words = ResourceBundle.getBundle("org.kmbportal.web.messages", Locale.forLanguageTag(
                language));
        String colon = words.getString("punctuation.colon");
        assertEquals(List.of(words.getString("field.title") + colon + "Newer \"title\": with a colon", words
                .getString("field.status") + colon + words.getString("status.in-review"), "Topics-" + language
                        + colon + "YOUTH-VOICE, MENTORS",
                words.getString("field.year") + colon + "2014", words
                        .getString("resource.design") + colon + words.getString("design.rct"),
                words
                        .getString("history.field.appliesWhenOf").replace("{0}", "Size-" + language) + colon
                        + "SMALL, LARGE",
                "status: in the body, as written again"),
                shown(
                        language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aFieldOfAContextHasOneColonBeforeItsValue(String language) {
        String colon = ResourceBundle.getBundle("org.kmbportal.web.messages", Locale.forLanguageTag(language))
                .getString("punctuation.colon").strip();
        List<String> context = shown(language).stream().filter(line -> line.contains("Size-")).toList();
        assertEquals(1, context.size(), "the context's changed line: " + shown(language));
        String line = context.get(0);
        assertEquals(line.indexOf(colon), line.lastIndexOf(colon), "one colon, before the value: " + line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void oneFoldedLineIsSingularAndMoreArePlural(String language) {
        ResourceBundle words = ResourceBundle.getBundle("org.kmbportal.web.messages", Locale.forLanguageTag(
                language));
        String one = new MessageFormat(words.getString("history.folded"), Locale.forLanguageTag(language)).format(
                new Object[]{1L});
        String many = new MessageFormat(words.getString("history.folded"), Locale.forLanguageTag(language)).format(
                new Object[]{1_234L});
        assertEquals("en".equals(language) ? "1 unchanged line" : "1 ligne inchangée", one);
        assertEquals("en".equals(language) ? "1,234 unchanged lines" : "1\u202f234 lignes inchangées", many);
    }
}
