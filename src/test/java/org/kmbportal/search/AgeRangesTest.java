package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.Vocabulary;

/**
 * A range of ages typed in either language ("12 to 17", « 12 à 17 ans ») is read as the taxonomy's terms whose labels
 * give overlapping ages, on the shipped library: a French reader typing « 12 à 17 ans » got resources that merely hold
 * the digits or « ans » (user session), where "12 to 17" on the English page could reach the terms' labels.
 */
class AgeRangesTest {

    private static SearchFixture library;
    /** The shipped terms whose labels give ages, as the test reads the labels: "vocabulary=key" to {from, to}. */
    private static final Map<String, int[]> AGED = new java.util.LinkedHashMap<>();

    @BeforeAll
    static void load() {
        library = SearchFixture.sharedShippedLibrary();
        Pattern ages = Pattern.compile("\\((\\d+)\\D+?(\\d+)(?: ans)?\\)");
        for (Vocabulary vocabulary : library.taxonomy.facets()) {
            vocabulary.terms().forEach(term -> {
                Matcher m = ages.matcher(term.label().in("en"));
                if (m.find()) {
                    AGED.put(vocabulary.key() + "=" + term.key(),
                            new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
                }
            });
        }
        assertTrue(AGED.size() >= 3, "the shipped taxonomy gives ages in some labels: " + AGED.keySet());
    }

    private static List<String> overlapping(int from, int to) {
        List<String> terms = new ArrayList<>();
        AGED.forEach((term, ages) -> {
            if (ages[0] <= to && from <= ages[1]) {
                terms.add(term);
            }
        });
        return terms;
    }

    private static final String[] ENGLISH = {"%d to %d", "ages %d-%d", "%d-%d year olds", "aged %d to %d",
            "between %d and %d years old", "%d–%d youth", "%d through %d", "kids %d to %d"};
    private static final String[] FRENCH = {"%d à %d ans", "de %d à %d ans", "entre %d et %d ans",
            "jeunes âgés de %d à %d ans", "%d-%d ans", "%d a %d ans", "ados de %d à %d ans", "%d à %d"};
    private static final String[] BEFORE = {"", "mentoring for ", "Comment recruter des mentors pour les ",
            "programme de jumelage, ", "What works with rural ", "Cybermentorat auprès des jeunes de ",
            "how do we keep matches going with youth "};
    private static final String[] AFTER = {"", " ?", ".", " in rural areas", " en région éloignée", ", à l'école",
            " who have been through trauma", " qui vivent en famille d'accueil"};

    @Test
    void aRangeOfAgesInEitherLanguageNamesTheTermsWhoseAgesOverlapIt() {
        AgeRanges reading = AgeRanges.of(library.taxonomy);
        Random random = new Random(42);
        int read = 0;
        for (int i = 0; i < 600; i++) {
            int from = 3 + random.nextInt(24);
            int to = from + 1 + random.nextInt(8);
            String[] forms = random.nextBoolean() ? ENGLISH : FRENCH;
            String text = BEFORE[random.nextInt(BEFORE.length)]
                    + String.format(forms[random.nextInt(forms.length)], from, to)
                    + AFTER[random.nextInt(AFTER.length)];
            if (random.nextInt(5) == 0) {
                text = text.toUpperCase(java.util.Locale.ROOT);
            }
            List<String> expected = overlapping(from, to);
            assertEquals(expected, reading.termsIn(text), text);
            read += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(read > 300, "most generated ranges fall on some term's ages");
    }

    @Test
    void numbersThatCountSomethingElseAreNoAges() {
        AgeRanges reading = AgeRanges.of(library.taxonomy);
        for (String text : List.of("train 20 to 30 mentors", "former 12 à 15 bénévoles par année",
                "meet 2 to 3 hours a week", "rencontres de 1 à 2 heures", "Lachance Watson 2019",
                "mentoring 2010-2015 studies", "10 to 50 staff", "13 to 15 hours of training")) {
            assertEquals(List.of(), reading.termsIn(text), text);
        }
    }

    @Test
    void aReaderTypingARangeOfAgesFindsTheResourcesMadeForThoseAgesFirst() {
        List<String> wrong = new ArrayList<>();
        for (int[] range : new int[][]{{12, 17}, {6, 9}, {19, 24}}) {
            List<String> terms = overlapping(range[0], range[1]);
            assertFalse(terms.isEmpty());
            for (String[] typed : List.of(new String[]{"%d à %d ans", "fr"}, new String[]{"%d to %d", "en"},
                    new String[]{"ages %d-%d", "en"})) {
                String query = String.format(typed[0], range[0], range[1]);
                SearchResult result = library.search.search(new SearchRequest(query, Map.of(), null, null,
                        SearchRequest.Order.RELEVANCE, 1, 10, typed[1]));
                List<String> ids = result.hits().stream().map(SearchResult.Hit::id).toList();
                if (ids.size() < 10) {
                    wrong.add(query + " (" + typed[1] + ") lists " + ids.size() + " resources: " + ids);
                }
                for (String id : ids) {
                    ResourceContent resource = library.resources.stream().filter(r -> r.id().equals(id))
                            .findFirst().orElse(null);
                    boolean forThoseAges = resource != null && terms.stream()
                            .anyMatch(term -> resource.terms(term.substring(0, term.indexOf('=')))
                                    .contains(term.substring(term.indexOf('=') + 1)));
                    if (!forThoseAges) {
                        wrong.add(query + " (" + typed[1] + ") lists " + id + ", not tagged " + terms + ": " + ids);
                        break;
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * A search that names ages counts no resource made only for other ages (tagged with terms whose ages all fall
     * outside the range): "mentoring for 12 to 17" counted the whole library, the studies of children of 6 to 11
     * included, so the count did not narrow (user session). Resources made for anyone (no term that gives ages) stay;
     * the strong matches are among the results, so never more than the count; and the count is narrower than the
     * same words' without the ages whenever the library has matches of those words made only for other ages.
     */
    @Test
    void aSearchNamingAgesCountsNoResourceMadeOnlyForOtherAges() {
        Random random = new Random(4317);
        List<String> wrong = new ArrayList<>();
        int narrowed = 0;
        for (int i = 0; i < 40; i++) {
            int from = 5 + random.nextInt(20);
            int to = from + 1 + random.nextInt(6);
            String[] forms = random.nextBoolean() ? ENGLISH : FRENCH;
            String before = BEFORE[1 + random.nextInt(BEFORE.length - 1)];
            String after = AFTER[random.nextInt(AFTER.length)];
            String query = before + String.format(forms[random.nextInt(forms.length)], from, to) + after;
            List<String> terms = overlapping(from, to);
            if (terms.isEmpty() || !AgeRanges.of(library.taxonomy).termsIn(query).equals(terms)) {
                continue;
            }
            String page = random.nextBoolean() ? "en" : "fr";
            List<String> listed = new ArrayList<>();
            SearchResult first = null;
            for (int number = 1; first == null || listed.size() < first.total() && number <= 10; number++) {
                SearchResult result = library.search.search(new SearchRequest(query, Map.of(), null, null,
                        SearchRequest.Order.RELEVANCE, number, SearchRequest.MAX_SIZE, page));
                first = first == null ? result : first;
                if (result.hits().isEmpty()) {
                    break;
                }
                result.hits().forEach(h -> listed.add(h.id()));
            }
            for (String id : listed) {
                ResourceContent resource = library.resources.stream().filter(r -> r.id().equals(id)).findFirst()
                        .orElse(null);
                if (resource != null && otherAgesOnly(resource, terms)) {
                    wrong.add(query + " (" + page + ") counts " + id + ", made only for other ages than " + terms);
                }
            }
            if (first.strong() > first.total()) {
                wrong.add(query + ": " + first.strong() + " strong matches of " + first.total());
            }
            String words = AgeRanges.of(library.taxonomy).without(query);
            SearchResult alone = library.search.search(new SearchRequest(words, Map.of(), null, null,
                    SearchRequest.Order.RELEVANCE, 1, 10, page));
            long otherAges = library.resources.stream().filter(r -> otherAgesOnly(r, terms)).count();
            if (otherAges > 0 && alone.total() >= library.resources.size() / 2) {
                narrowed++;
                if (first.total() >= alone.total()) {
                    wrong.add(query + " (" + page + ") counts " + first.total() + ", as many as its words alone ('"
                            + words + "': " + alone.total() + ")");
                }
            }
        }
        assertTrue(narrowed >= 10, "searches whose words alone find most of the library: " + narrowed);
        assertEquals(List.of(), wrong);
    }

    /** Whether the resource is tagged with terms that give ages, none of them among these. */
    private static boolean otherAgesOnly(ResourceContent resource, List<String> terms) {
        boolean aged = false;
        for (String term : AGED.keySet()) {
            String vocabulary = term.substring(0, term.indexOf('='));
            if (resource.terms(vocabulary).contains(term.substring(term.indexOf('=') + 1))) {
                if (terms.contains(term)) {
                    return false;
                }
                aged = true;
            }
        }
        return aged;
    }

    private static final String[] ONE_AGE = {"aged %d", "age %d", "%d years old", "%d-year-olds", "%d year olds",
            "âgés de %d ans", "jeunes de %d ans", "ados âgés de %d ans", "adolescents de %d ans", "ÂGÉS DE %d ANS"};

    /** One age said as an age ("teens aged 14", « jeunes de 14 ans ») names the terms whose ages hold it. */
    @Test
    void oneAgeSaidAsAnAgeNamesTheTermsWhoseAgesHoldIt() {
        AgeRanges reading = AgeRanges.of(library.taxonomy);
        Random random = new Random(1447);
        int read = 0;
        for (int i = 0; i < 300; i++) {
            int age = 4 + random.nextInt(24);
            String text = BEFORE[random.nextInt(BEFORE.length)] + String.format(ONE_AGE[random.nextInt(
                    ONE_AGE.length)], age) + AFTER[random.nextInt(AFTER.length)];
            List<String> expected = overlapping(age, age);
            assertEquals(expected, reading.termsIn(text), text);
            read += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(read > 150, "most generated ages fall on some term's ages");
        for (String text : List.of("mentoring for 2 years", "mentorat depuis 10 ans", "plus de 10 ans d'expérience",
                "10 years of mentoring research", "un programme de 12 ans", "mentors over 14", "pendant 15 ans")) {
            assertEquals(List.of(), reading.termsIn(text), text);
        }
    }

    /**
     * Among a search's first ten, the resources made for the ages it names (each of their terms that give ages is
     * named) come before those made for other ages as well: "mentoring for 12 to 17" and "mentoring teens aged 14"
     * listed first meta-analyses tagged with every age (user session). Generated in both languages, ranges and single
     * ages, with the library's commonest words, which every resource holds.
     */
    @Test
    void resourcesMadeForTheNamedAgesComeBeforeThoseMadeForEveryAge() {
        String[][] frames = {{"mentoring for %s", "en"}, {"youth mentoring programs for %s", "en"},
                {"mentoring teens %s", "en"}, {"mentorat pour les %s", "fr"}, {"programmes de mentorat, %s", "fr"},
                {"Le mentorat des %s", "fr"}};
        String[] english = {"%d to %d", "ages %d-%d", "aged %d to %d"};
        String[] french = {"jeunes de %d à %d ans", "jeunes âgés de %d à %d ans", "ados de %d à %d ans"};
        String[] englishOne = {"aged %d", "%d-year-olds"};
        String[] frenchOne = {"jeunes de %d ans", "jeunes âgés de %d ans"};
        Random random = new Random(4711);
        List<String> wrong = new ArrayList<>();
        int looked = 0;
        for (int i = 0; i < 24; i++) {
            String[] frame = frames[random.nextInt(frames.length)];
            boolean fr = frame[1].equals("fr");
            int from = 6 + random.nextInt(18);
            boolean one = random.nextBoolean();
            int to = one ? from : from + 1 + random.nextInt(6);
            String ages = one
                    ? String.format((fr ? frenchOne : englishOne)[random.nextInt(2)], from)
                    : String.format((fr ? french : english)[random.nextInt(3)], from, to);
            String query = String.format(frame[0], ages);
            List<String> terms = overlapping(from, to);
            if (terms.isEmpty()) {
                continue;
            }
            SearchResult result = library.search.search(new SearchRequest(query, Map.of(), null, null,
                    SearchRequest.Order.RELEVANCE, 1, 10, frame[1]));
            List<String> ids = result.hits().stream().map(SearchResult.Hit::id).toList();
            String general = null;
            for (String id : ids) {
                ResourceContent resource = library.resources.stream().filter(r -> r.id().equals(id)).findFirst()
                        .orElseThrow();
                List<String> its = agedTerms(resource);
                if (its.isEmpty()) {
                    continue;
                }
                if (!terms.containsAll(its)) {
                    general = general == null ? id : general;
                } else if (general != null) {
                    wrong.add(query + ": " + id + " (made for " + its + ") after " + general + ": " + ids);
                    break;
                }
            }
            looked++;
        }
        assertTrue(looked >= 15, "searches looked at: " + looked);
        assertEquals(List.of(), wrong);
    }

    /**
     * A search that names ages, alone or beside a word for young people, in either language, counts as strong matches
     * the resources made for those ages it lists first: « 12 à 15 ans », "ages 10-14" and "teenagers 13 to 17" listed
     * them with no strong match, or only the meta-analyses of every age (user session); a resource tagged with each
     * age group the range overlaps scored twice the ages of one made for part of it, and those made for the ages,
     * moved first, were not judged strong, so none led the ranking.
     */
    @Test
    void theResourcesMadeForTheNamedAgesAreStrongMatches() {
        String[][] forms = {{"%d à %d ans", "fr"}, {"jeunes de %d à %d ans", "fr"}, {"ados de %d à %d ans", "fr"},
                {"mentorat pour les %d à %d ans", "fr"}, {"ages %d-%d", "en"}, {"teenagers %d to %d", "en"},
                {"youth aged %d to %d", "en"}, {"mentoring %d-%d year olds", "en"}};
        Random random = new Random(4841);
        List<String> wrong = new ArrayList<>();
        int looked = 0;
        for (int i = 0; i < 30; i++) {
            String[] form = forms[random.nextInt(forms.length)];
            int from = 6 + random.nextInt(16);
            int to = from + 1 + random.nextInt(5);
            String query = String.format(form[0], from, to);
            List<String> terms = overlapping(from, to);
            if (terms.isEmpty()) {
                continue;
            }
            SearchResult result = library.search.search(new SearchRequest(query, Map.of(), null, null,
                    SearchRequest.Order.RELEVANCE, 1, 10, form[1]));
            List<SearchResult.Hit> made = result.hits().stream().filter(h -> library.resources.stream()
                    .anyMatch(r -> r.id().equals(h.id()) && !agedTerms(r).isEmpty()
                            && terms.containsAll(agedTerms(r))))
                    .toList();
            if (made.isEmpty()) {
                continue;
            }
            looked++;
            if (made.stream().noneMatch(SearchResult.Hit::strong)) {
                wrong.add(query + " (" + form[1] + "): " + result.strong() + " strong, none of those made for "
                        + terms + ": " + made.stream().map(SearchResult.Hit::id).toList());
            }
        }
        assertTrue(looked >= 15, "searches looked at: " + looked);
        assertEquals(List.of(), wrong);
    }

    /** The resource's terms that give ages. */
    private static List<String> agedTerms(ResourceContent resource) {
        List<String> its = new ArrayList<>();
        for (String term : AGED.keySet()) {
            if (resource.terms(term.substring(0, term.indexOf('='))).contains(term.substring(term.indexOf('=') + 1))) {
                its.add(term);
            }
        }
        return its;
    }
}
