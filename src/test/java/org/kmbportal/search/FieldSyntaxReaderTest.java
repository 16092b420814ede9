package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.platform.PlainText;

/**
 * A field named in the search box, as readers expect it (user session): {@code title:mentor} on the English page
 * listed only French titles as strong matches, a word both languages use being judged French; {@code summary:} looked
 * in the notes of interest alone ({@code summary:acculturation} found nothing though a summary's introduction holds
 * it); {@code title:"match closure"} said "No results" with no way on, and {@code title:} typed alone listed one random
 * strong match. Generated from the shipped library's titles and texts, in both languages, on both pages.
 */
class FieldSyntaxReaderTest {

    private static SearchFixture library;
    /** Each shipped resource's whole text (its Markdown after the header), by id. */
    private static Map<String, String> texts;

    @BeforeAll
    static void load() throws IOException {
        library = SearchFixture.sharedShippedLibrary();
        texts = new HashMap<>();
        for (String kind : List.of("summaries", "guides")) {
            try (Stream<Path> files = Files.list(Path.of("content", kind))) {
                files.filter(f -> f.toString().endsWith(".md")).forEach(f -> {
                    try {
                        String md = Files.readString(f);
                        String id = md.replaceAll("(?s)^---.*?\\nid:\\s*([^\\n]+)\\n.*", "$1").strip();
                        texts.put(id, md.replaceFirst("(?s)^---.*?\\n---\\n", ""));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        assertTrue(texts.size() >= 20, "the shipped texts: " + texts.keySet());
    }

    private static SearchResult search(String query, String language, int page) {
        return library.search.search(new SearchRequest(query, Map.of(), null, null, SearchRequest.Order.RELEVANCE,
                page, SearchRequest.MAX_SIZE, language));
    }

    private static List<SearchResult.Hit> all(String query, String language) {
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int page = 1; page <= 10; page++) {
            SearchResult result = search(query, language, page);
            hits.addAll(result.hits());
            if (result.hits().isEmpty() || hits.size() >= result.total()) {
                break;
            }
        }
        return hits;
    }

    private static List<String> words(String text) {
        return FieldSyntaxTest.words(text);
    }

    private static Set<String> versions(ResourceContent resource) {
        return FieldSyntaxTest.versions(resource);
    }

    /** Whether a word of the text is a form of the word: the same but for an ending of up to four letters. */
    private static boolean holdsAForm(String text, String word) {
        return words(text).stream().anyMatch(w -> {
            int common = 0;
            while (common < Math.min(w.length(), word.length()) && w.charAt(common) == word.charAt(common)) {
                common++;
            }
            return common >= 3 && common >= Math.min(w.length(), word.length()) - 4;
        });
    }

    /** A word of the titles of both languages, named as a title on a page: the page's own titles holding it are strong. */
    @Test
    void aWordOfBothLanguagesTitlesIsJudgedOnTheReadersPage() {
        Map<String, Set<String>> languagesOf = new HashMap<>();
        for (ResourceContent resource : library.resources) {
            for (String word : words(resource.title())) {
                if (word.length() >= 4 && !StopWords.bothLanguages().contains(word)) {
                    languagesOf.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(resource.language());
                }
            }
        }
        List<String> shared = languagesOf.entrySet().stream().filter(e -> e.getValue().size() == 2)
                .map(Map.Entry::getKey).sorted().toList();
        assertTrue(shared.size() >= 3, "words both languages' titles use: " + shared);
        Random random = new Random(4901);
        String[] names = {"title:", "titre:", "Title: ", "TITRE:"};
        List<String> wrong = new ArrayList<>();
        for (String word : shared) {
            String query = names[random.nextInt(names.length)] + word;
            for (String language : List.of("en", "fr")) {
                List<SearchResult.Hit> strong = all(query, language).stream().filter(SearchResult.Hit::strong)
                        .toList();
                if (strong.stream().noneMatch(h -> language.equals(h.language()) && holdsAForm(h.title(), word))) {
                    wrong.add(query + " (" + language + " page) strong: " + strong.stream().map(h -> h.language()
                            + " " + h.title()).toList());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** A word of any section of a summary or guide, named as the summary, finds every resource whose text holds it. */
    @Test
    void aWordOfAnySectionNamedAsTheSummaryFindsEveryTextHoldingIt() {
        List<String> ids = texts.keySet().stream().sorted().toList();
        Random random = new Random(4902);
        String[] names = {"summary:", "résumé:", "Summary: ", "resume:"};
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String id = ids.get(random.nextInt(ids.size()));
            String text = texts.get(id);
            // past the first section: the notes of interest were all summary: searched
            String after = text.substring(Math.max(0, text.indexOf("\n## ", 5)));
            List<String> candidates = words(after).stream().filter(w -> w.length() >= 7 && !StopWords
                    .bothLanguages().contains(w)).toList();
            if (candidates.isEmpty()) {
                continue;
            }
            String word = candidates.get(random.nextInt(candidates.size()));
            String query = names[random.nextInt(names.length)] + word;
            for (String language : List.of("en", "fr")) {
                Set<String> listed = new LinkedHashSet<>();
                all(query, language).forEach(h -> listed.add(h.id()));
                for (ResourceContent resource : library.resources) {
                    String its = texts.get(resource.id());
                    if (its != null && words(its).contains(word) && versions(resource).stream().noneMatch(
                            listed::contains)) {
                        wrong.add(query + " (" + language + " page) does not list " + resource.id());
                        break;
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Words no title holds, named as a title, find nothing: the page offers them searched everywhere, and that search
     * finds them. A field's name typed alone lists the library as for browsing.
     */
    @Test
    void aFieldHoldingTheWordsNowhereOffersThemSearchedEverywhere() {
        String titles = String.join(" | ", library.resources.stream().map(r -> String.join(" ", words(r.title())))
                .toList());
        List<String> ids = texts.keySet().stream().sorted().toList();
        Random random = new Random(4903);
        List<String> wrong = new ArrayList<>();
        int asked = 0;
        for (int i = 0; i < 2000 && asked < 15; i++) {
            List<String> lines = List.of(texts.get(ids.get(random.nextInt(ids.size()))).split("\n")).stream()
                    .filter(l -> !l.startsWith("#") && l.length() > 40).toList();
            List<String> its = words(lines.get(random.nextInt(lines.size())));
            if (its.size() < 2) {
                continue;
            }
            int at = random.nextInt(its.size() - 1);
            String phrase = its.get(at) + " " + its.get(at + 1);
            if (its.get(at).length() < 5 || its.get(at + 1).length() < 5 || holdsAForm(titles, its.get(at))
                    || holdsAForm(titles, its.get(at + 1))) {
                continue;
            }
            asked++;
            String query = (random.nextBoolean() ? "title:" : "titre:") + "\"" + phrase + "\"";
            for (String language : List.of("en", "fr")) {
                SearchResult result = search(query, language, 1);
                if (result.total() != 0 || !("\"" + phrase + "\"").equals(result.suggestion())
                        || search(result.suggestion(), language, 1).total() == 0) {
                    wrong.add(query + " (" + language + " page): " + result.total() + " found, offered "
                            + result.suggestion());
                }
            }
        }
        assertTrue(asked >= 10, "phrases no title holds: " + asked);
        for (String name : List.of("title", "titre", "author", "auteur", "topic", "sujet", "summary", "résumé")) {
            for (String language : List.of("en", "fr")) {
                List<String> bare = all(name + ":", language).stream().map(SearchResult.Hit::id).toList();
                // A field's name alone holds no word to match: the library as for browsing (NoWordToMatchTest).
                List<String> word = all("", language).stream().map(SearchResult.Hit::id).toList();
                if (!bare.equals(word)) {
                    wrong.add(name + ": (" + language + " page) lists " + bare + ", the word " + word);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
