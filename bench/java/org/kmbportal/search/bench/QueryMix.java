package org.kmbportal.search.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.kmbportal.search.SearchRequest;

/**
 * The searches the load replays: what practitioners type (one to four words, some misspelled, some author names, one
 * in five in French), some narrowed by topic or type, some sorted by newest, some asking for page 2.
 */
final class QueryMix {

    private static final List<String> ENGLISH = List.of("match closure", "mentor training", "staff turnover",
            "group mentoring", "logic model", "school-based mentoring", "foster care", "implementation fidelity",
            "volunteer retention", "recruiting volunteers", "youth voice", "e-mentoring safety", "mental health",
            "parent involvement", "evaluation small budget", "match length", "cross-age peer mentoring",
            "funding sustainability", "relationship quality", "background checks", "mentor expectations",
            "juvenile justice", "academic outcomes", "cultural responsiveness matching", "early match endings",
            "supervising mentors", "check-in calls", "youth initiated mentoring", "rural programs", "newcomer youth",
            "indigenous youth", "outcome measures", "knowledge mobilization", "meta-analysis", "random assignment",
            "mentors", "evaluation", "training", "trust goals feedback", "online mentoring girls",
            "dropout prevention", "after-school activities", "program quality", "work plan", "disabilities",
            "mentorsip evalution", "recrutment volunteers", "sustainibility", "backround check", "Rhodes",
            "DuBois meta-analysis", "Spencer 2007", "Grossman Rhodes", "Karcher peer mentors");
    private static final List<String> FRENCH = List.of("fin du jumelage", "formation des mentors",
            "mobilisation des connaissances", "recrutement des bénévoles", "décrochage scolaire",
            "évaluation de programme", "mentorat de groupe", "santé mentale", "relation mentorale",
            "familles d'accueil", "persévérance scolaire", "jeunes autochtones", "Larose");
    private static final List<String> TYPES = List.of("research-summary", "practice-guide");

    /** One search: the words, the filters (dimension to values), the order and the page. */
    record SearchCase(String query, Map<String, List<String>> filters, boolean newest, int page, String language) {

        String path() {
            StringBuilder path = new StringBuilder("/api/search?q=").append(encode(query));
            filters.forEach((dimension, values) -> values
                    .forEach(v -> path.append('&').append(dimension).append('=').append(encode(v))));
            if (newest) {
                path.append("&sort=newest");
            }
            if (page > 1) {
                path.append("&page=").append(page);
            }
            return path.toString();
        }

        SearchRequest request() {
            return new SearchRequest(query, filters, null, null,
                    newest ? SearchRequest.Order.NEWEST : SearchRequest.Order.RELEVANCE, page, 10, language);
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }

    private QueryMix() {
    }

    /** {@code count} searches, the same ones for every system and every run. */
    static List<SearchCase> cases(int count, List<String> topics, long seed) {
        Random random = new Random(seed);
        List<SearchCase> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean french = random.nextDouble() < 0.2;
            String query = french
                    ? FRENCH.get(random.nextInt(FRENCH.size()))
                    : ENGLISH.get(random.nextInt(ENGLISH.size()));
            Map<String, List<String>> filters = new LinkedHashMap<>();
            double variant = random.nextDouble();
            boolean newest = false;
            int page = 1;
            if (variant < 0.15) {
                filters.put("topic", List.of(topics.get(random.nextInt(topics.size()))));
            } else if (variant < 0.25) {
                filters.put("type", List.of(TYPES.get(random.nextInt(TYPES.size()))));
            } else if (variant < 0.30) {
                filters.put("topic", List.of(topics.get(random.nextInt(topics.size()))));
                filters.put("type", List.of("research-summary"));
            } else if (variant < 0.40) {
                newest = true;
            } else if (variant < 0.50) {
                page = 2;
            }
            cases.add(new SearchCase(query, filters, newest, page, french ? "fr" : "en"));
        }
        return cases;
    }
}
