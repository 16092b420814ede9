package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * Task fix60: text typed with the no-break spaces a French keyboard puts before « ; : ? ! » and inside « » (U+00A0,
 * and the narrow U+202F) is kept as typed and shown as typed, neither refused, nor lost, nor turned into other spaces:
 * the organization's paragraph, a check-in's three boxes and a collection item's note (generated text, both
 * languages' words, emoji).
 */
@ExtendWith(RunningPortal.class)
class NoBreakSpacesAsTypedE2E {

    private static final List<String> SPACES = List.of("\u00a0", "\u202f");

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theOrganizationsParagraphKeepsAndShowsItsNoBreakSpaces(String language, URI portal) {
        Random random = new Random(Gen.seed() * 53 + ("fix60-nbsp-profile-" + language).hashCode());
        long n = System.nanoTime();
        Visitor member = People.member(portal, "nbsp-profile-" + language + n + "@kmb.test", "Espa « Ces » " + n,
                "Espaces Org " + language + n);
        String typed = typed(random, 900);
        Http.Answer saved = member.submit("/organization?submitted=1&organization_size=small&challenges="
                + URLEncoder.encode(typed, StandardCharsets.UTF_8) + "&lang=" + language, "save-profile", Map.of());
        assertEquals(302, saved.status(), saved.body());
        long organization = member.get("/api/account").json().getJsonNumber("organization").longValue();
        assertEquals(typed, member.get("/api/organizations/" + organization + "/profile").json().getString(
                "challenges"), "kept as typed");
        Document page = page(member, "/organization?lang=" + language);
        assertEquals(typed, page.getElementById("challenges").wholeText(), "in its box as typed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aCheckInsBoxesKeepAndShowTheirNoBreakSpaces(String language, URI portal) {
        Random random = new Random(Gen.seed() * 59 + ("fix60-nbsp-check-in-" + language).hashCode());
        long n = System.nanoTime();
        Visitor partner = People.member(portal, "nbsp-partner-" + language + n + "@kmb.test", "Partenaire " + n,
                "Espaces Partenaire " + language + n);
        Visitor mentor = People.invited(portal, People.admin(portal), "nbsp-mentor-" + language + n + "@kmb.test",
                "Mentor Espaces", "mentor");
        long id = MatrixPartnerships.acceptedBetween(partner, mentor, "Espaces « fines » " + language + n);
        Map<String, String> boxes = Map.of("what-happened", typed(random, 1500), "context-changes", typed(random,
                600), "next-steps", typed(random, 600));
        Map<String, String> fields = new java.util.HashMap<>(boxes);
        fields.put("held-on", LocalDate.now().toString());
        Http.Answer recorded = mentor.submit("/partnerships/check-in?id=" + id + "&number=1&lang=" + language,
                "record", fields, "record-button");
        assertEquals(302, recorded.status(), recorded.body());
        JsonObject partnership = mentor.get("/api/partnerships/" + id).json();
        JsonObject checkIn = partnership.getJsonArray("check_ins").stream().map(JsonValue::asJsonObject).filter(
                c -> c.getInt("number") == 1).findFirst().orElseThrow();
        assertEquals("held", checkIn.getString("state"), recorded.header("Location") + " " + checkIn);
        assertEquals(boxes.get("what-happened"), checkIn.getString("what_happened"), "kept as typed");
        assertEquals(boxes.get("context-changes"), checkIn.getString("context_changes"), "kept as typed");
        assertEquals(boxes.get("next-steps"), checkIn.getString("next_steps"), "kept as typed");
        // The record, on the check-in's own page, for both partners.
        for (Visitor reader : List.of(mentor, partner)) {
            List<String> shown = page(reader, "/partnerships/check-in?id=" + id + "&number=1&lang=" + language)
                    .select("p.goals").stream().map(p -> p.wholeText()).toList();
            assertEquals(List.of(boxes.get("what-happened"), boxes.get("context-changes"), boxes.get("next-steps")),
                    shown, "shown as typed");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aCollectionItemsNoteKeepsAndShowsItsNoBreakSpaces(String language, URI portal) {
        Random random = new Random(Gen.seed() * 61 + ("fix60-nbsp-note-" + language).hashCode());
        long n = System.nanoTime();
        Visitor mentor = People.invited(portal, People.admin(portal), "nbsp-curator-" + language + n + "@kmb.test",
                "Curator Espaces", "mentor");
        Http.Answer created = mentor.api("POST", "/api/collections", Json.createObjectBuilder().add("title",
                "Espaces « fines » " + n).add("language", language).add("visibility", "public").build().toString());
        assertEquals(201, created.status(), created.body());
        String collection = created.json().getString("id");
        String resource = mentor.get("/api/search?q=mentoring&size=1").json().getJsonArray("hits").getJsonObject(0)
                .getString("id");
        String note = typed(random, 700);
        Http.Answer added = mentor.api("POST", "/api/collections/" + collection + "/items", Json
                .createObjectBuilder().add("resource", resource).add("note", note).build().toString());
        assertEquals(201, added.status(), added.body());
        assertEquals(note, mentor.get("/api/collections/" + collection).json().getJsonArray("items")
                .getJsonObject(0).getString("note"), "kept as typed");
        // The same through a resource page's "Add to a collection" form (a plain form, by POST).
        String other = mentor.get("/api/search?q=mentoring&size=2").json().getJsonArray("hits").getJsonObject(1)
                .getString("id");
        String formNote = typed(random, 500);
        org.jsoup.nodes.Element form = page(mentor, "/resources/" + other + "?lang=" + language).selectFirst(
                "form.add-to-collection__form");
        String body = "csrf=" + URLEncoder.encode(form.selectFirst("input[name=csrf]").val(), StandardCharsets.UTF_8)
                + "&resource=" + URLEncoder.encode(other, StandardCharsets.UTF_8) + "&language=" + language
                + "&back=&title=&collection=" + URLEncoder.encode(collection, StandardCharsets.UTF_8) + "&note="
                + URLEncoder.encode(formNote, StandardCharsets.UTF_8);
        Http.Answer sent = Http.post(portal, "/curate/add", "application/x-www-form-urlencoded", body, "Cookie",
                "JSESSIONID=" + mentor.sessionCookie());
        assertEquals(302, sent.status(), sent.body());
        assertEquals(formNote, mentor.get("/api/collections/" + collection).json().getJsonArray("items")
                .getJsonObject(1).getString("note"), "kept as typed in the form");
        for (Visitor reader : List.of(mentor, new Visitor(portal, language))) {
            String shownFromForm = page(reader, "/collections/" + collection + "?lang=" + language).select(
                    ".curator-note").get(1).wholeText();
            assertTrue(shownFromForm.contains(formNote), "shown as typed in the form: «" + shownFromForm + "»");
        }
        for (Visitor reader : List.of(mentor, new Visitor(portal, language))) {
            String shown = page(reader, "/collections/" + collection + "?lang=" + language).select(
                    ".curator-note").first().wholeText();
            assertTrue(shown.contains(note), "shown as typed: «" + shown + "»");
        }
    }

    /**
     * One line of the library's words with the no-break spaces a French keyboard types: inside « », before ; : ? !,
     * and now and then an emoji (letters, digits and these signs only: nothing Markdown reads as markup).
     */
    private static String typed(Random random, int length) {
        Gen<String> words = GeneratedText.libraryWords(80);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            String space = SPACES.get(random.nextInt(SPACES.size()));
            String part = words.next(random).replaceAll("[^\\p{L}\\p{N}' ’-]+", " ").replaceAll("\\s+", " ")
                    .strip();
            if (part.isEmpty() || text.isEmpty() && !Character.isLetter(part.charAt(0))) {
                // (a note beginning "2019. " would be a numbered list)
                continue;
            }
            switch (random.nextInt(6)) {
                case 0 -> text.append("«").append(space).append(part).append(space).append("» ");
                case 1 -> text.append(part).append(space).append("; ");
                case 2 -> text.append(part).append(space).append(": ");
                case 3 -> text.append(part).append(space).append("? ");
                case 4 -> text.append(part).append(space).append("! 🙂 ");
                default -> text.append(part).append(". ");
            }
        }
        return text.toString().strip();
    }

    private static Document page(Visitor reader, String path) {
        Http.Answer answer = reader.get(path);
        assertEquals(200, answer.status(), path);
        return Jsoup.parse(answer.body());
    }
}
