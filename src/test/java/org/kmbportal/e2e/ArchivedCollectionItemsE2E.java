package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What session 54's user session (us54) found once an editor archived a resource a mentor's public collection held
 * ({@code closing-a-match-well}; here a published copy of it, so the shipped library stays as it is for other tests):
 * the curator could no longer save the collection at all ("there is no published resource '…'" at the top, the row
 * not marked), followers were told nothing changed while the item had gone from the page, and "My collections"
 * counted an item readers no longer see.
 */
@ExtendWith(RunningPortal.class)
class ArchivedCollectionItemsE2E extends LookFindings {

    private static final String SHIPPED = "closing-a-match-well";
    private static final String OTHER = "zeldin-2013-youth-adult-partnership";

    /**
     * The curator opens the collection after the archive: the row says, with the resource's title and in the page's
     * language, that it is no longer in the library, without a link that would lead to a 404; a note changed on
     * another row saves, the archived item keeping its place. The follower's "what changed" lists it, by title, as no
     * longer in the library; anonymous readers no longer see it; "My collections" counts what readers see.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anArchivedItemIsShownToItsCuratorAndFollowersAndDoesNotBlockASave(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("archived-item-" + language).hashCode());
        Scene scene = Scene.of(portal, language, "copy", random);
        Visitor admin = scene.admin();
        Visitor editor = scene.editor();
        String copy = scene.copy();
        String title = scene.title();
        String mentorEmail = scene.mentorEmail();
        Visitor mentor = scene.mentor();
        String collectionTitle = line(random, 120);
        String otherNote = paragraph(random);
        Http.Answer created = mentor.api("POST", "/api/collections", Json.createObjectBuilder()
                .add("title", collectionTitle).add("description", paragraph(random)).add("language", language)
                .add("visibility", "public").add("items", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("resource", copy).add("note", paragraph(random)))
                        .add(Json.createObjectBuilder().add("resource", OTHER).add("note", otherNote))
                        .add(Json.createObjectBuilder().add("url", "https://example.org/arch/" + n)
                                .add("title", line(random, 80)).add("note", line(random, 200))))
                .build().toString());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        Visitor follower = People.member(portal, "arch-follower-" + language + n + "@kmb.test", "Fay Follower",
                "Archive Org " + n);
        assertEquals(200, follower.api("PUT", "/api/collections/" + id + "/follow", "{}").status());
        follower.get("/collections/" + id + "?lang=" + language);

        move(editor, copy, "archived");

        ChromeDriver curator = signedIn(portal, language, mentorEmail);
        curator.get(portal.resolve("/curate/edit?id=" + id + "&lang=" + language).toString());
        assertArchivedRowShown(curator, language, title, copy);
        String changed = paragraph(random);
        Browser.type(curator, "edit:items:1:note", changed);
        curator.findElement(By.id("edit:save")).click();
        Browser.awaitMessage(curator, Bundle.shown(language, "curation.saved"));
        assertFalse(curator.findElement(By.id("messages")).getText().contains(Bundle.shown(language,
                "curation.notSaved")));
        assertEquals(changed, value(curator, "edit:items:1:note"), "the note changed is saved");
        assertArchivedRowShown(curator, language, title, copy);
        assertEquals(3, curator.findElements(By.cssSelector(".items-table tbody tr")).size(),
                "the archived item keeps its place");

        Document page = Jsoup.parse(follower.get("/collections/" + id + "?lang=" + language).body());
        String changes = Bundle.normalSpaces(page.select(".changes").text());
        assertFalse(changes.contains(Bundle.normalSpaces(Bundle.text(language, "collection.changes.none"))), changes);
        assertTrue(changes.contains(Bundle.normalSpaces(title + " " + Bundle.text(language,
                "collection.changes.outOfLibrary"))), changes);
        assertFalse(page.select(".reading-list").text().contains(title), "readers no longer see it");
        String anonymous = Http.get(portal, "/collections/" + id + "?lang=" + language).body();
        assertFalse(anonymous.contains(copy), "no link to the archived resource");

        curator.get(portal.resolve("/curate/?lang=" + language).toString());
        String row = curator.findElements(By.cssSelector("table tbody tr")).stream().filter(r -> r.getText()
                .contains(collectionTitle)).findFirst().orElseThrow().findElement(By.cssSelector(
                        "td[data-label]:nth-of-type(2)"))
                .getText();
        assertEquals(Bundle.shown(language, "curate.items.outOfLibrary", 2, 1), row);
    }

    /**
     * A resource the curator adds (found while published) and the editors archive before the save is refused beside
     * its row, in the page's language, the row marked and its note box invalid, the note typed kept, the raw id never
     * said; once removed, the rest saves.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aResourceArchivedAfterItWasAddedIsRefusedBesideItsRow(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("archived-added-" + language).hashCode());
        Scene scene = Scene.of(portal, language, "added", random);
        Visitor admin = scene.admin();
        Visitor editor = scene.editor();
        String copy = scene.copy();
        String title = scene.title();
        String mentorEmail = scene.mentorEmail();
        Visitor mentor = scene.mentor();
        Http.Answer created = mentor.api("POST", "/api/collections", Json.createObjectBuilder()
                .add("title", line(random, 120)).add("description", paragraph(random)).add("language", language)
                .add("visibility", "public").add("items", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("resource", OTHER).add("note", line(random, 200))))
                .build().toString());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");

        ChromeDriver curator = signedIn(portal, language, mentorEmail);
        curator.get(portal.resolve("/curate/edit?id=" + id + "&lang=" + language).toString());
        By add = By.cssSelector(".found input[aria-label$='" + title.replace("'", "\\'") + "']");
        new WebDriverWait(curator, Duration.ofSeconds(60), Duration.ofSeconds(2)).ignoring(WebDriverException.class)
                .until(d -> {
                    if (!d.findElements(add).isEmpty()) {
                        return true;
                    }
                    Browser.type(d, "edit:find", title);
                    d.findElement(By.id("edit:find-button")).click();
                    return false;
                });
        curator.findElement(add).click();
        Browser.awaitMessage(curator, Bundle.shown(language, "curation.itemAdded"));
        String note = paragraph(random);
        Browser.type(curator, "edit:items:1:note", note);

        move(editor, copy, "archived");
        curator.findElement(By.id("edit:save")).click();
        Browser.awaitMessage(curator, Bundle.shown(language, "curation.notSaved"));
        assertEquals(Bundle.shown(language, "curation.check.notPublishedRow"), curator.findElement(By.id(
                "edit:items:1:note-error")).getText());
        assertEquals("true", curator.findElement(By.id("edit:items:1:note")).getDomAttribute("aria-invalid"));
        assertEquals(note, value(curator, "edit:items:1:note"), "the note typed is kept");
        assertArchivedRowShown(curator, language, title, copy);
        assertFalse(curator.findElement(By.id("messages")).getText().contains(copy), "the raw id is not said");

        curator.findElement(By.id("edit:items:1:remove")).click();
        new WebDriverWait(curator, Duration.ofSeconds(10), Browser.POLL).ignoring(WebDriverException.class).until(
                d -> d.findElements(By.cssSelector(".items-table tbody tr")).size() == 1);
        curator.findElement(By.id("edit:save")).click();
        Browser.awaitMessage(curator, Bundle.shown(language, "curation.saved"));
        assertEquals(1, curator.findElements(By.cssSelector(".items-table tbody tr")).size());
    }

    /**
     * A resource an organization recorded as used, then archived: "What our organization used" names it with "no
     * longer in the library" and no link to a page that answers 404; the editor's insights link it to the editor's
     * page, where it can be published again.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aUsedResourceArchivedIsNamedWithoutADeadLink(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("archived-used-" + language).hashCode());
        Visitor admin = People.admin(portal);
        String editorEmail = "arch-ed3-" + language + n + "@kmb.test";
        Visitor editor = People.invited(portal, admin, editorEmail, "Ada Archive", "editor");
        String copy = "closing-used-" + language + "-" + n;
        String title = publishedCopy(portal, editor, copy, random);
        String memberEmail = "arch-member-" + language + n + "@kmb.test";
        Visitor member = People.member(portal, memberEmail, "Uma Used", "Used Org " + n);
        String line = line(random, 200);
        Http.Answer used = member.api("POST", "/api/resources/" + copy + "/uptake", Json.createObjectBuilder().add(
                "used_on", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()).add("line", line).build()
                .toString());
        assertEquals(201, used.status(), used.body());
        move(editor, copy, "archived");

        ChromeDriver browser = signedIn(portal, language, memberEmail);
        browser.get(portal.resolve("/account/used?lang=" + language).toString());
        org.openqa.selenium.WebElement row = browser.findElements(By.cssSelector("#used-table tbody tr")).stream()
                .filter(r -> r.getText().contains(line.substring(0, 40))).findFirst().orElseThrow();
        String named = Bundle.normalSpaces(row.findElement(By.cssSelector("th")).getText());
        assertEquals(Bundle.normalSpaces(title + " " + Bundle.text(language, "used.outOfLibrary")), named);
        assertTrue(row.findElements(By.cssSelector("a[href*='/resources/']")).isEmpty(), "no dead link");

        ChromeDriver editorPage = signedIn(portal, language, editorEmail);
        editorPage.get(portal.resolve("/editor/insights?lang=" + language).toString());
        org.openqa.selenium.WebElement link = editorPage.findElements(By.cssSelector("#uptake-table th a")).stream()
                .filter(a -> a.getText().contains(title)).findFirst().orElseThrow();
        assertTrue(link.getDomAttribute("href").endsWith("/editor/edit?id=" + copy), link.getDomAttribute("href"));
        link.click();
        new WebDriverWait(editorPage, Duration.ofSeconds(10), Browser.POLL).until(d -> !d.findElements(By
                .cssSelector(".status .badge")).isEmpty());
        assertEquals(Bundle.shown(language, "status.archived"), editorPage.findElement(By.cssSelector(
                ".status .badge")).getText());
    }

    /**
     * A reader of an export or an API client is told about the archived item instead of finding it silently left
     * out: each export (reading list in Markdown and HTML, RIS, BibTeX, CSL-JSON) names it by its title with "no
     * longer in the library (archived by the editors)" in the collection's language (its curator's files; a reader's
     * list what the reader's page lists), without an address that would
     * answer 404; {@code GET /api/collections/{id}} lists it in its place with {@code "status": "archived"}, and
     * {@code /openapi} says what that status means.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anArchivedItemIsNamedInExportsAndTheApi(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("archived-export-" + language).hashCode());
        Scene scene = Scene.of(portal, language, "export", random);
        String copy = scene.copy();
        String title = scene.title();
        String note = line(random, 200);
        Http.Answer created = scene.mentor().api("POST", "/api/collections", Json.createObjectBuilder()
                .add("title", line(random, 120)).add("language", language).add("visibility", "public")
                .add("items", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("resource", OTHER).add("note", line(random, 200)))
                        .add(Json.createObjectBuilder().add("resource", copy).add("note", note))
                        .add(Json.createObjectBuilder().add("url", "https://example.org/arch-export/" + n)
                                .add("title", line(random, 80))))
                .build().toString());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        move(scene.editor(), copy, "archived");
        String archived = Bundle.normalSpaces(Bundle.text(language, "collection.export.archived"));

        for (String format : List.of("markdown", "html", "ris", "bibtex", "csl-json")) {
            Http.Answer export = scene.mentor().get("/api/collections/" + id + "/export?format=" + format);
            assertEquals(200, export.status(), format + ": " + export.body());
            String text = Bundle.normalSpaces(format.equals("html")
                    ? Jsoup.parse(export.body()).text()
                    : format.equals("csl-json")
                            ? export.jsonArray().toString()
                            : export.body().replace("\\", ""));
            assertTrue(text.contains(Bundle.normalSpaces(title)), format + " names it: " + text);
            assertTrue(text.contains(archived), format + " says it left the library: " + text);
            assertFalse(export.body().contains("/resources/" + copy), format + ": no address answering 404");
            assertTrue(format.equals("markdown") || format.equals("html")
                    ? export.body().contains("/resources/" + OTHER)
                    : export.body().toLowerCase(java.util.Locale.ROOT).contains("youth-adult partnership"),
                    format + ": the rest as before");
        }
        // The content file (to import elsewhere) keeps it by id, as stored, and says the same on its line.
        String file = scene.mentor().get("/api/collections/" + id + "/export?format=content").body();
        String line = file.lines().filter(l -> l.contains("resource: " + copy)).findFirst().orElse("");
        assertTrue(Bundle.normalSpaces(line).endsWith("# " + archived), file);
        Document html = Jsoup.parse(scene.mentor().get("/api/collections/" + id + "/export?format=html").body());
        assertEquals(3, html.select("ol > li").size(), "in its place among the others");
        assertTrue(html.select("ol > li").get(1).select("a").isEmpty(), "not a link");
        // A reader (anonymous, or signed in without curating it) gets the files of the page they see: the archived
        // resource is not listed, as on their page (the exports listed it: user session us57).
        Visitor reader = People.member(portal, "arch-reader-" + language + n + "@kmb.test", "Rae Reader",
                "Archive Readers " + n);
        for (java.util.function.Function<String, Http.Answer> asReader : List.<java.util.function.Function<String, Http.Answer>> of(
                path -> Http.get(portal, path), reader::get)) {
            Document page = Jsoup.parse(asReader.apply("/collections/" + id + "?lang=" + language).body());
            assertFalse(page.text().contains(title), "the reader's page does not list it");
            for (String format : List.of("markdown", "html", "ris", "bibtex", "csl-json", "content")) {
                Http.Answer export = asReader.apply("/api/collections/" + id + "/export?format=" + format);
                assertEquals(200, export.status(), format + ": " + export.body());
                String text = Bundle.normalSpaces(format.equals("csl-json")
                        ? export.jsonArray().toString()
                        : export.body().replace("\\", ""));
                assertFalse(text.contains(Bundle.normalSpaces(title)), format + " as the page: " + text);
                assertFalse(text.contains(archived), format + ": " + text);
                assertFalse(export.body().contains(copy), format + ": " + text);
                assertTrue(format.equals("markdown") || format.equals("html") || format.equals("content")
                        ? export.body().contains(OTHER)
                        : export.body().toLowerCase(java.util.Locale.ROOT).contains("youth-adult partnership"),
                        format + ": the rest as on the page");
            }
            Document readersHtml = Jsoup.parse(asReader.apply("/api/collections/" + id + "/export?format=html")
                    .body());
            assertEquals(2, page.select("ol.reading-list > li").size(), "the reader's page lists two");
            assertEquals(2, readersHtml.select("ol > li").size(), "as many as on the page");
        }
        JsonObject detail = Http.get(portal, "/api/collections/" + id).json();
        JsonArray items = detail.getJsonArray("items");
        assertEquals(3, items.size(), "the archived item keeps its place: " + items);
        JsonObject gone = items.getJsonObject(1);
        assertEquals(copy, gone.getString("resource"), gone.toString());
        assertEquals("archived", gone.getString("status", null), gone.toString());
        assertEquals(title, gone.getString("title"), gone.toString());
        assertFalse(gone.containsKey("url"), "no address: " + gone);
        assertEquals("published", items.getJsonObject(0).getString("status", null), items.toString());
        assertFalse(items.getJsonObject(2).containsKey("status"), "an outside link has its link_state");
        // A client that sends back the items it read (one note changed) keeps the archived one: it was left out of
        // the answer before, so such a save took it out of the collection without a word.
        jakarta.json.JsonArrayBuilder back = Json.createArrayBuilder();
        for (JsonObject read : items.getValuesAs(JsonObject.class)) {
            back.add(read.containsKey("resource")
                    ? Json.createObjectBuilder().add("resource", read.getString("resource")).add("note", read
                            .getString("note", "")
                            + (read == items.getJsonObject(0) ? " " + line(random, 40) : ""))
                    : Json.createObjectBuilder().add("url", read.getString("url")).add("title", read.getString(
                            "title", "")).add("note", read.getString("note", "")));
        }
        Http.Answer saved = scene.mentor().api("PUT", "/api/collections/" + id, Json.createObjectBuilder().add(
                "version", detail.getJsonNumber("version").longValue()).add("items", back).build().toString());
        assertEquals(200, saved.status(), saved.body());
        JsonArray after = Http.get(portal, "/api/collections/" + id).json().getJsonArray("items");
        assertEquals(3, after.size(), after.toString());
        assertEquals("archived", after.getJsonObject(1).getString("status", null), after.toString());
        // A client that sends back the whole answer it read, the fields about the caller included (mine, can_edit,
        // following), saves it and keeps every item: those fields were refused as unknown (user session us56).
        JsonObject asRead = scene.mentor().api("GET", "/api/collections/" + id, null).json();
        assertTrue(asRead.containsKey("can_edit") && asRead.containsKey("mine"), asRead.toString());
        Http.Answer sentBack = scene.mentor().api("PUT", "/api/collections/" + id, asRead.toString());
        assertEquals(200, sentBack.status(), sentBack.body());
        assertEquals(3, Http.get(portal, "/api/collections/" + id).json().getJsonArray("items").size());
        // An unknown collection or resource is refused in the language asked, as the API's other refusals.
        String missing = "no-such-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        Http.Answer noCollection = Http.get(portal, "/api/collections/" + missing, "Accept-Language", language);
        assertEquals(404, noCollection.status(), noCollection.body());
        assertEquals(Bundle.text(language, "api.error.noCollection", missing), noCollection.json().getString(
                "message"));
        Http.Answer noResource = Http.get(portal, "/api/resources/" + copy, "Accept-Language", language);
        assertEquals(404, noResource.status(), noResource.body());
        assertEquals(Bundle.text(language, "api.error.noResource", copy), noResource.json().getString("message"));
        // The curator's own page of the collection names it (only the edit page did); readers' pages do not.
        Document own = Jsoup.parse(scene.mentor().get("/collections/" + id + "?lang=" + language).body());
        String told = Bundle.normalSpaces(own.select(".out-of-library").text());
        assertTrue(told.contains(Bundle.normalSpaces(title)), told);
        assertTrue(told.contains(archived), told);
        assertTrue(told.contains(Bundle.normalSpaces(Bundle.text(language, "collection.outOfLibrary.lead"))), told);
        assertTrue(own.select(".out-of-library a[href*='/resources/']").isEmpty(), "no link answering 404");
        Document readers = Jsoup.parse(Http.get(portal, "/collections/" + id + "?lang=" + language).body());
        assertTrue(readers.select(".out-of-library").isEmpty(), "readers are not told of it");
        assertFalse(readers.text().contains(title), "readers do not see it");
        String openapi = Http.get(portal, "/openapi?format=JSON", "Accept", "application/json").body();
        JsonObject item = Json.createReader(new java.io.StringReader(openapi)).readObject().getJsonObject(
                "components").getJsonObject("schemas").getJsonObject("CollectionItem");
        assertTrue(item.getJsonObject("properties").containsKey("status"), item.toString());
        assertTrue(item.getJsonObject("properties").getJsonObject("status").toString().contains("archived"),
                item.toString());
    }

    /** The archived row: marked, its title and what happened in the page's language, and no link to the resource. */
    private static void assertArchivedRowShown(ChromeDriver curator, String language, String title, String copy) {
        List<org.openqa.selenium.WebElement> gone = curator.findElements(By.cssSelector(
                ".items-table tr.items-table__row--gone"));
        assertEquals(1, gone.size(), "one row is marked");
        String text = Bundle.normalSpaces(gone.get(0).getText());
        assertTrue(text.contains(Bundle.normalSpaces(title)), text);
        assertTrue(text.contains(Bundle.normalSpaces(Bundle.text(language, "curate.edit.gone.archived"))), text);
        assertTrue(curator.findElements(By.cssSelector(".items-table a[href*='" + copy + "']")).isEmpty(),
                "no link to a page readers get a 404 on");
    }

    /** An editor with a published copy of the shipped guide (its id and title), and a mentor, each new. */
    private record Scene(Visitor admin, Visitor editor, String copy, String title, String mentorEmail,
            Visitor mentor) {

        static Scene of(URI portal, String language, String tag, Random random) {
            long n = System.nanoTime();
            Visitor admin = People.admin(portal);
            Visitor editor = People.invited(portal, admin, "arch-ed-" + tag + "-" + language + n + "@kmb.test",
                    "Ada Archive", "editor");
            String copy = "closing-" + tag + "-" + language + "-" + n;
            String title = publishedCopy(portal, editor, copy, random);
            String mentorEmail = "arch-mentor-" + tag + "-" + language + n + "@kmb.test";
            return new Scene(admin, editor, copy, title, mentorEmail, People.invited(portal, admin, mentorEmail,
                    "Mo Archive", "mentor"));
        }
    }

    /** A published copy of the shipped guide under its own id and a generated title; that title. */
    private static String publishedCopy(URI portal, Visitor editor, String copy, Random random) {
        String title = GeneratedText.cut(GeneratedText.libraryWords(100).next(random).replaceAll("[\"\\\\\\s]+",
                " "), 90).strip() + " " + copy.substring(copy.lastIndexOf('-') + 1);
        String text = editor.get("/api/editor/resources/" + SHIPPED).json().getString("text")
                .replace("id: " + SHIPPED, "id: " + copy).replaceFirst("(?m)^title: .*$", "title: \"" + title
                        + "\"");
        Http.Answer saved = editor.api("PUT", "/api/editor/resources/" + copy, Json.createObjectBuilder().add(
                "version", -1).add("text", text).build().toString());
        assertEquals(200, saved.status(), saved.body());
        String status = editor.get("/api/editor/resources/" + copy).json().getString("status", "");
        List<String> moves = switch (status) {
            case "published" -> List.of();
            case "in-review" -> List.of("published");
            default -> List.of("in-review", "published");
        };
        moves.forEach(to -> move(editor, copy, to));
        assertEquals(200, Http.get(portal, "/resources/" + copy).status(), "published");
        return title;
    }

    private static void move(Visitor editor, String id, String to) {
        Http.Answer moved = editor.api("POST", "/api/editor/resources/" + id + "/transitions", "{\"to\": \"" + to
                + "\"}");
        assertEquals(200, moved.status(), moved.body());
    }
}
