package org.kmbportal.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.Resource;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * A collection refused for what is in it (an item naming no published resource, a shared collection with no
 * organization) is explained in the reader's language on the import and edit pages ("il n’y a pas de ressource
 * publiée « … »"), while the API keeps its English.
 */
class CollectionRefusalWordingTest {

    /** Checks with a file format that accepts everything, so only the collection's own rules speak. */
    private static CollectionChecks checks() {
        CollectionChecks checks = new CollectionChecks();
        checks.format = new CollectionFormat() {
            @Override
            public String write(CollectionContent content) {
                return "";
            }

            @Override
            public Reading read(String path, String text) {
                return new Reading(Optional.empty(), "", List.of(), List.of(), language -> List.of(), List.of());
            }
        };
        checks.library = new LibraryService() {
            @Override
            public Optional<Resource> published(String slug) {
                return Optional.empty();
            }
        };
        return checks;
    }

    /** A valid id made of the library's words in either language (accents dropped), such as a curator might type. */
    private static String idFrom(String words) {
        String id = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        id = id.length() > 100 ? id.substring(0, 100).replaceAll("-+$", "") : id;
        return id.isEmpty() ? "resource" : id;
    }

    static Stream<Arguments> unknownResourcesAreNamedInTheReadersLanguageTries() {
        return Gen.tries("collection naming unknown resources", 150, random -> {
            List<CollectionEntry> items = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                if (random.nextInt(3) == 0) {
                    items.add(CollectionEntry.link("https://example.org/" + i, GeneratedText.libraryWords(80)
                            .next(random), GeneratedText.libraryWords(200).next(random)));
                } else {
                    String id = idFrom(GeneratedText.libraryWords(120).next(random)) + "-" + i;
                    unknown.add(id);
                    items.add(CollectionEntry.resource(id, GeneratedText.libraryWords(300).next(random)));
                }
            }
            if (unknown.isEmpty()) {
                String id = idFrom(GeneratedText.libraryWords(60).next(random));
                unknown.add(id);
                items.add(CollectionEntry.resource(id, ""));
            }
            boolean shared = random.nextBoolean();
            String language = random.nextBoolean() ? "en" : "fr";
            CollectionContent content = new CollectionContent("c-" + random.nextInt(1000), GeneratedText
                    .libraryWords(200).next(random), language, LocalDate.of(2025, 1, 1), Map.of(), "Curator",
                    GeneratedText.libraryWords(500).next(random), shared ? Visibility.SHARED : Visibility.PUBLIC,
                    items);
            return Arguments.of(content, unknown, shared, random.nextBoolean() ? "en" : "fr");
        });
    }

    @ParameterizedTest(name = "try {index} (page in {3})")
    @MethodSource("unknownResourcesAreNamedInTheReadersLanguageTries")
    void unknownResourcesAreNamedInTheReadersLanguage(CollectionContent content, List<String> unknown,
            boolean shared, String language) {
        CollectionException refused = assertThrows(CollectionException.class,
                () -> checks().check(content, Set.of(), Set.of()));
        List<String> expected = new ArrayList<>();
        unknown.forEach(id -> expected.add(Bundle.text(language, "curation.check.noResource", id)));
        if (shared) {
            expected.add(Bundle.text(language, "curation.check.chooseOrganizations"));
        }
        assertEquals(expected, refused.detailsIn(language));
        if (language.equals("fr")) {
            // the rest of the French interface says « organismes », never « organisations »
            refused.detailsIn("fr").forEach(d -> assertTrue(d.contains("ressource publiée") || d.contains(
                    "organismes"), d));
            refused.detailsIn("fr").stream().filter(d -> !d.contains("ressource publiée"))
                    .forEach(d -> assertFalse(d.contains("organisation"), d));
        }
        List<String> api = new ArrayList<>();
        unknown.forEach(id -> api.add("there is no published resource '" + id + "'"));
        if (shared) {
            api.add("choose the organizations to share the collection with");
        }
        assertEquals(api, refused.details(), "the API keeps its English");
    }

    /**
     * Library items the collection already held are kept when no longer published (the editors archived them): only
     * those added now are refused, named for the edit page to say beside their rows; with none added, it saves.
     */
    @ParameterizedTest(name = "try {index}")
    @MethodSource("unknownResourcesAreNamedInTheReadersLanguageTries")
    void resourcesHeldBeforeAreKeptWhenNoLongerPublished(CollectionContent content, List<String> unknown,
            boolean shared, String language) {
        Set<String> held = new java.util.HashSet<>();
        for (int i = 0; i < unknown.size(); i++) {
            if (i % 2 == 0) {
                held.add(unknown.get(i));
            }
        }
        List<String> added = unknown.stream().filter(id -> !held.contains(id)).toList();
        Set<Long> organizations = shared ? Set.of(1L) : Set.of();
        if (added.isEmpty()) {
            checks().check(content, organizations, Set.of(1L), held);
            return;
        }
        CollectionException refused = assertThrows(CollectionException.class,
                () -> checks().check(content, organizations, Set.of(1L), held));
        assertEquals(added, refused.refusedResources());
        assertEquals(added.stream().map(id -> Bundle.text(language, "curation.check.noResource", id)).toList(),
                refused.detailsIn(language));
        CollectionException all = assertThrows(CollectionException.class,
                () -> checks().check(content, organizations, Set.of(1L), CollectionChecks.resourcesIn(content)
                        .stream().filter(id -> !unknown.contains(id)).collect(java.util.stream.Collectors.toSet())));
        assertEquals(unknown, all.refusedResources(), "held nothing: every unpublished one is refused");
    }
}
