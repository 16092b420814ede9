package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.Term;
import org.kmbportal.library.Vocabulary;
import org.kmbportal.platform.PlainText;

/**
 * A field named in the search box ({@code title:mentor}, « titre:mentorat », {@code author:Rhodes},
 * {@code topic:"…"}) limits the search to it, on the English and the French page alike: {@code title:mentor} found
 * nothing on a French page (user session; "title:mentor" was read as one word no text holds), and on the English page
 * listed what the ranking by meaning found, titles without the word among them. Generated from the shipped library's
 * titles, authors and terms, in both languages, with the names a reader types in either.
 */
class FieldSyntaxTest {

    private static SearchFixture library;

    @BeforeAll
    static void load() {
        library = SearchFixture.sharedShippedLibrary();
    }

    /** Every result of the search, all pages, on the reader's page. */
    private static List<SearchResult.Hit> all(String query, String language) {
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int page = 1; page <= 10; page++) {
            SearchResult result = library.search.search(new SearchRequest(query, Map.of(), null, null,
                    SearchRequest.Order.RELEVANCE, page, SearchRequest.MAX_SIZE, language));
            hits.addAll(result.hits());
            if (result.hits().isEmpty() || hits.size() >= result.total()) {
                break;
            }
        }
        return hits;
    }

    private static ResourceContent resource(String id) {
        return library.resources.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    /** The resource and its translations, by id: the one a search lists is in the reader's language if it can. */
    static Set<String> versions(ResourceContent resource) {
        SearchFixture library = SearchFixture.sharedShippedLibrary();
        String group = resource.translationOf() == null || resource.translationOf().isBlank()
                ? resource.id()
                : resource.translationOf();
        Set<String> ids = new LinkedHashSet<>();
        library.resources.stream().filter(r -> r.id().equals(group) || group.equals(r.translationOf()))
                .forEach(r -> ids.add(r.id()));
        ids.add(resource.id());
        return ids;
    }

    /** The text's words, accents folded, lower-cased. */
    static List<String> words(String text) {
        return List.of(PlainText.folded(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    }

    /**
     * Whether a word of the text is a form of the typed word: they share their beginning but for an ending of up to
     * four letters ("mentoring" and "mentors", "setting" and "set"), as stemming in either language reads them.
     */
    private static boolean holdsAForm(String text, String word) {
        String folded = PlainText.folded(word).toLowerCase(Locale.ROOT);
        return words(text).stream().anyMatch(w -> {
            int common = 0;
            while (common < Math.min(w.length(), folded.length()) && w.charAt(common) == folded.charAt(common)) {
                common++;
            }
            return common >= Math.min(3, folded.length()) && common >= Math.min(w.length(), folded.length()) - 4;
        });
    }

    /** The terms a listed item is tagged with: a resource's, or a collection's. */
    private static Map<String, List<String>> termsOf(String id) {
        ResourceContent resource = resource(id);
        if (resource != null) {
            return resource.terms();
        }
        return library.collections.stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> c.terms()).orElse(Map.of());
    }

    /**
     * Checks a fielded search: every resource {@code holding} it is listed (itself or a version), and every result is
     * {@code allowed}.
     */
    private static void check(String query, String language, Predicate<ResourceContent> holding,
            Predicate<SearchResult.Hit> allowed, List<String> wrong) {
        List<SearchResult.Hit> hits = all(query, language);
        Set<String> listed = new LinkedHashSet<>();
        hits.forEach(h -> listed.add(h.id()));
        for (ResourceContent resource : library.resources) {
            if (holding.test(resource) && versions(resource).stream().noneMatch(listed::contains)) {
                wrong.add(query + " (" + language + " page) does not list " + resource.id() + " \"" + resource
                        .title() + "\": " + listed);
                return;
            }
        }
        for (SearchResult.Hit hit : hits) {
            if (!allowed.test(hit)) {
                wrong.add(query + " (" + language + " page) lists " + hit.id() + " \"" + hit.title() + "\"");
                return;
            }
        }
    }

    @Test
    void aWordNamedAsATitlesFindsTheTitlesHoldingItOnBothPages() {
        List<String> titleWords = new ArrayList<>(new LinkedHashSet<>(library.resources.stream()
                .flatMap(r -> List.of(r.title().split("[^\\p{L}]+")).stream())
                .filter(w -> w.length() >= 5 && !StopWords.bothLanguages().contains(w.toLowerCase(Locale.ROOT)))
                .toList()));
        Random random = new Random(4801);
        List<String> wrong = new ArrayList<>();
        String[] names = {"title:", "titre:", "Title:", "TITRE : ", "title: "};
        for (int i = 0; i < 40; i++) {
            String word = titleWords.get(random.nextInt(titleWords.size()));
            String typed = random.nextInt(4) == 0 ? word.toUpperCase(Locale.ROOT) : word.toLowerCase(Locale.ROOT);
            String query = names[random.nextInt(names.length)] + typed;
            String folded = PlainText.folded(word).toLowerCase(Locale.ROOT);
            for (String language : List.of("en", "fr")) {
                check(query, language, r -> words(r.title()).contains(folded), h -> holdsAForm(h.title(), word),
                        wrong);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void anAuthorsNameNamedAsTheAuthorFindsTheirResourcesOnly() {
        List<String> names = new ArrayList<>(new LinkedHashSet<>(library.resources.stream()
                .flatMap(r -> r.authors().stream())
                .map(a -> a.split(",")[0].strip())
                .filter(a -> a.matches("[\\p{L}'’ -]{3,}"))
                .toList()));
        assertTrue(names.size() >= 20, "the shipped summaries name their authors: " + names);
        Random random = new Random(4802);
        List<String> wrong = new ArrayList<>();
        String[] fields = {"author:", "auteur:", "Author:", "auteurs:"};
        for (int i = 0; i < 25; i++) {
            String name = names.get(random.nextInt(names.size()));
            String last = name.substring(name.lastIndexOf(' ') + 1);
            String query = fields[random.nextInt(fields.length)] + (random.nextBoolean()
                    ? last
                    : PlainText.folded(last).toLowerCase(Locale.ROOT));
            String folded = PlainText.folded(last).toLowerCase(Locale.ROOT);
            Predicate<ResourceContent> by = r -> r.authors().stream().anyMatch(a -> words(a).contains(folded));
            for (String language : List.of("en", "fr")) {
                check(query, language, by, h -> resource(h.id()) != null && by.test(resource(h.id())), wrong);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aLabelNamedAsATopicFindsTheResourcesTaggedWithIt() {
        List<String[]> labels = new ArrayList<>();
        for (Vocabulary vocabulary : library.taxonomy.facets()) {
            for (Term term : vocabulary.terms()) {
                for (String language : List.of("en", "fr")) {
                    labels.add(new String[]{vocabulary.key(), term.key(), term.label().in(language), language});
                }
            }
        }
        Random random = new Random(4803);
        List<String> wrong = new ArrayList<>();
        int found = 0;
        for (int i = 0; i < 30; i++) {
            String[] label = labels.get(random.nextInt(labels.size()));
            String phrase = label[2].replaceAll("\\s*\\(.*\\)", "");
            String query = ("fr".equals(label[3]) ? "sujet:" : "topic:") + "\"" + phrase + "\"";
            String words = String.join(" ", words(phrase));
            Predicate<ResourceContent> tagged = r -> r.terms(label[0]).contains(label[1]);
            Predicate<SearchResult.Hit> labelled = h -> {
                Map<String, List<String>> its = termsOf(h.id());
                return library.taxonomy.facets().stream().anyMatch(v -> v.terms().stream()
                        .anyMatch(t -> its.getOrDefault(v.key(), List.of()).contains(t.key()) && List.of("en", "fr")
                                .stream().anyMatch(l -> String.join(" ", words(t.label().in(l))).contains(words))));
            };
            for (String language : List.of("en", "fr")) {
                check(query, language, tagged, labelled, wrong);
            }
            found += library.resources.stream().anyMatch(tagged) ? 1 : 0;
        }
        assertTrue(found >= 20, "labels of terms the library uses: " + found);
        assertEquals(List.of(), wrong);
    }

    /**
     * A field named beside other words requires its word there and ranks by the others; with a minus, it leaves out
     * what holds the word there.
     */
    @Test
    void aFieldNamedBesideOtherWordsOrLeftOutNarrowsTheSearch() {
        List<String> wrong = new ArrayList<>();
        Random random = new Random(4804);
        List<ResourceContent> resources = library.resources;
        for (int i = 0; i < 20; i++) {
            ResourceContent one = resources.get(random.nextInt(resources.size()));
            List<String> its = words(one.title()).stream().filter(w -> w.length() >= 6).toList();
            if (its.isEmpty()) {
                continue;
            }
            String word = its.get(random.nextInt(its.size()));
            String language = random.nextBoolean() ? "en" : "fr";
            String other = "fr".equals(one.language()) ? "jeunes" : "youth";
            check(other + " title:" + word, language, r -> false, h -> holdsAForm(h.title(), word), wrong);
            List<SearchResult.Hit> left = all("mentoring -title:" + word, language);
            assertTrue(!left.isEmpty(), "mentoring -title:" + word);
            check("mentoring -title:" + word, language, r -> false, h -> !words(h.title()).contains(word), wrong);
        }
        assertEquals(List.of(), wrong);
    }
}
