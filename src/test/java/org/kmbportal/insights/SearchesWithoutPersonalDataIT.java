package org.kmbportal.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * "No personal data where none is needed": a person's name, an email address or a telephone number a reader types
 * into a search is not kept, so the editors' insights (the page in both languages, the API and every CSV export) never
 * show it; the rest of the search is kept, and a topic phrase the library uses stays however it is capitalised.
 */
@ExtendWith(RunningPortal.class)
@EnabledIf("org.kmbportal.testing.TestDatabase#available")
class SearchesWithoutPersonalDataIT {

    private static final Random RANDOM = new Random(System.nanoTime());
    private static final List<String> FIRST = List.of("Marie", "Jean-Pierre", "Chloé", "Mohamed", "Siobhan", "Zoë",
            "Émilie", "Kwame", "Anne-Sophie", "Aroha", "Björn", "Gaëtan");
    private static final List<String> FAMILY = List.of("Tremblay", "O'Brien", "Gagnon-Lévesque", "McAllister",
            "Thériault", "Ouellet", "Okafor", "Larivière", "Bouchard", "Desrosiers", "Nakamura", "Lindqvist");

    /** A word no resource holds: consonants drawn at random (the searches of this run, not an earlier one's). */
    private static String nonsense() {
        String letters = "qxzjvkwgh";
        StringBuilder word = new StringBuilder();
        for (int i = 0, n = 8 + RANDOM.nextInt(4); i < n; i++) {
            word.append(letters.charAt(RANDOM.nextInt(letters.length())));
        }
        return word.toString();
    }

    private static String pick(List<String> values) {
        return values.get(RANDOM.nextInt(values.size()));
    }

    private static void search(String words, String language) {
        Http.Answer page = Http.get(RunningPortal.base(), "/search?q=" + URLEncoder.encode(words,
                StandardCharsets.UTF_8), "Accept-Language", language);
        assertEquals(200, page.status(), words);
        assertEquals(200, Http.get(RunningPortal.base(), "/api/search?lang=" + language + "&q=" + URLEncoder.encode(
                words, StandardCharsets.UTF_8)).status(), words);
    }

    @Test
    void namesEmailAddressesAndTelephoneNumbersTypedIntoSearchesAreNeverShownToEditors() {
        URI base = RunningPortal.base();
        Visitor admin = People.admin(base);
        String editorEmail = "names-it-" + System.nanoTime() + "@kmb.test";
        Visitor editor = People.invited(base, admin, editorEmail, "Nadia Names", "editor");
        List<String> names = new ArrayList<>();
        List<String> contacts = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        // This run's searches each hold a word of its own: the portal is shared, and other tests' searches (a single
        // capitalised family name, "Tremblay peer …", stays by the rule) are not this test's to judge.
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boolean french = i % 2 == 1;
            String first = pick(FIRST);
            String family = pick(FAMILY);
            String odd = nonsense();
            markers.add(odd);
            String email = first.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "." + odd + "@example.org";
            String phone = "514 555-0" + (100 + RANDOM.nextInt(900));
            String typed = french
                    ? "Mentorat De Groupe avec " + first + " " + family + " " + odd + " " + email
                    : first + " " + family + " mentoring " + odd + " call " + phone;
            search(typed, french ? "fr" : "en");
            names.add(first);
            names.add(family);
            contacts.add(french ? email : phone);
            kept.add(french ? "mentorat de groupe avec … " + odd : "… mentoring " + odd + " call …");
        }
        // What the user session us55 typed (finding 2), each with a word of this run's so that it is told apart.
        String odd = nonsense();
        markers.add(odd);
        search("« dossier de Léa Gagnon, 12 ans, famille d'accueil Longueuil " + odd + " »", "fr");
        search("mon mentoré Kevin Tremblay jean.tremblay@exemple.ca ne vient plus " + odd, "fr");
        search("courriel: marie (at) exemple point ca jumelage " + odd, "fr");
        names.addAll(List.of("Léa Gagnon", "Kevin Tremblay", "marie", "exemple"));
        contacts.add("jean.tremblay@exemple.ca");
        List.of("« dossier de …, 12 ans, famille d'accueil Longueuil " + odd + " »", "mon mentoré … … ne vient plus "
                + odd, "courriel: … jumelage " + odd).forEach(typed -> kept.add(SearchQueries.normalize(typed)));
        String topic = "Big Brothers Big Sisters " + nonsense();
        search(topic, "en");
        kept.add(topic.toLowerCase(Locale.ROOT));

        StringBuilder shown = new StringBuilder();
        for (String language : List.of("en", "fr")) {
            Visitor reader = language.equals("en") ? editor : new Visitor(base, "fr");
            if (language.equals("fr")) {
                assertTrue(reader.signIn(editorEmail, People.PASSWORD));
            }
            Http.Answer page = reader.get("/editor/insights?lang=" + language);
            assertEquals(200, page.status());
            shown.append(String.join("\n", Jsoup.parse(page.body()).select("tr, li").eachText())).append('\n');
            for (String table : InsightTables.NAMES) {
                Http.Answer csv = reader.get("/api/insights/export?table=" + table + "&lang=" + language);
                assertEquals(200, csv.status(), table + ": " + csv.body());
                shown.append(csv.body()).append('\n');
            }
        }
        for (String path : List.of("/api/insights/searches", "/api/insights/gaps")) {
            Http.Answer answer = editor.get(path);
            assertEquals(200, answer.status(), answer.body());
            shown.append(answer.body().replace("},{", "},\n{")).append('\n');
        }
        String all = shown.toString();
        String lower = all.toLowerCase(Locale.ROOT);
        // Names and contact details are looked for on the lines of this run's searches (a table row, a CSV line, an
        // entry of an API answer).
        String ours = all.lines().filter(line -> markers.stream().anyMatch(line.toLowerCase(Locale.ROOT)::contains))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(ours.lines().count() >= markers.size(), "this run's searches are shown: " + ours);
        for (String name : names) {
            for (String piece : name.split("[\\s'-]+")) {
                String word = piece.toLowerCase(Locale.ROOT);
                String ourLower = ours.toLowerCase(Locale.ROOT);
                java.util.regex.Matcher found = java.util.regex.Pattern.compile("(?<!\\p{L})" + java.util.regex.Pattern
                        .quote(word) + "(?!\\p{L})").matcher(ourLower);
                int at = word.length() < 3 || !found.find() ? -1 : found.start();
                assertTrue(at < 0, "not kept: " + name + " in " + ours.substring(Math.max(0, at - 200), Math.min(ours
                        .length(), at + 200)));
            }
        }
        for (String contact : contacts) {
            assertFalse(lower.contains(contact.toLowerCase(Locale.ROOT)), contact);
            assertFalse(ours.replaceAll("\\D", "").contains(contact.replaceAll("\\D", "")) && contact.matches(
                    "[\\d\\s-]+"), contact);
        }
        for (String words : kept) {
            assertTrue(lower.contains(words), "the rest of the search is kept: " + words);
        }
    }

    /**
     * One search typed three ways, plainly, with a Cyrillic "е" in "carе" and in fullwidth letters, is searched alike
     * (LookAlikeLetters) and now counted alike: one row of all its searches in the editors' insights, not a row of its
     * own for each spelling (user session us57).
     */
    @Test
    void aSearchTypedWithLookAlikeLettersIsCountedWithThePlainOne() throws InterruptedException {
        URI base = RunningPortal.base();
        Visitor editor = People.invited(base, People.admin(base), "look-alike-it-" + System.nanoTime() + "@kmb.test",
                "Lena Lookalike", "editor");
        String odd = nonsense();
        StringBuilder fullwidth = new StringBuilder();
        for (char c : "mentoring".toCharArray()) {
            fullwidth.append((char) (c - '!' + '\uff01'));
        }
        // Each twice: six searches of one row stay among the report's top rows on a portal other tests share.
        for (String typed : List.of("mentoring youth in care " + odd, "mentoring youth in car\u0435 " + odd,
                fullwidth + " youth in care " + odd)) {
            for (int time = 0; time < 2; time++) {
                assertEquals(200, Http.get(base, "/api/search?lang=en&q=" + URLEncoder.encode(typed,
                        StandardCharsets.UTF_8)).status(), typed);
            }
        }
        List<jakarta.json.JsonObject> rows = List.of();
        for (int wait = 0; wait < 40; wait++) {
            rows = editor.get("/api/insights/searches").json().getJsonArray("top").getValuesAs(
                    jakarta.json.JsonObject.class).stream().filter(r -> r.getString("query").contains(odd)).toList();
            if (rows.size() == 1 && rows.get(0).getJsonNumber("searches").longValue() == 6 || rows.size() > 1) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals(1, rows.size(), "one row: " + rows);
        assertEquals("mentoring youth in care " + odd, rows.get(0).getString("query"));
        assertEquals(6, rows.get(0).getJsonNumber("searches").longValue(), rows.toString());
    }
}
