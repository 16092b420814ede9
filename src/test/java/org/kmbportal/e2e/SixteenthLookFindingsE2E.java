package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.kmbportal.accounts.AccountErased;
import org.kmbportal.web.Links;
import org.kmbportal.web.QuotedText;

/** What the lead's look at the collections, the audit log and check-ins (session 48) found on their pages. */
@ExtendWith(RunningPortal.class)
class SixteenthLookFindingsE2E extends LookFindings {

    /**
     * "Add to collection" refused a new collection with the title of one of the curator's own, but the editor page's
     * rename, the "New collection" form and the API made a second one of that title. Every path now refuses it with the
     * same words: beside the title box on the pages (the title typed stays in the box, nothing is saved), and as a 409
     * {@code same_title} in the API. The same words in another case and spacing are the same title.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aSecondCollectionOfOneTitleIsRefusedOnEveryPathWithTheSameWords(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("same-title-" + language).hashCode());
        Visitor mentor = People.invited(portal, People.admin(portal), "same-title-" + language + n + "@kmb.test",
                "Same Title Mentor", "mentor");
        String title = GeneratedText.oddTitles(200).next(random) + " " + n;
        String again = "  " + title.toUpperCase(Locale.ROOT).replace(" ", "   ") + " ";
        String first = created(mentor, title);
        String otherTitle = line(random, 120) + " other " + n;
        String second = created(mentor, otherTitle);

        Http.Answer made = mentor.api("POST", "/api/collections", Json.createObjectBuilder().add("title", again)
                .add("visibility", "private").build().toString());
        assertEquals(409, made.status(), made.body());
        String english = Bundle.text("en", "curation.sameTitle", QuotedText.inMessage(title, Locale.ENGLISH));
        assertEquals("same_title", made.json().getString("error"));
        assertEquals(english, made.json().getString("message"), "the pages' words");
        long version = mentor.get("/api/collections/" + second).json().getJsonNumber("version").longValue();
        Http.Answer renamed = mentor.api("PUT", "/api/collections/" + second, Json.createObjectBuilder().add(
                "version", version).add("title", again).build().toString());
        assertEquals(409, renamed.status(), renamed.body());
        assertEquals("same_title", renamed.json().getString("error"));
        assertEquals(english, renamed.json().getString("message"));
        assertEquals(otherTitle, mentor.get("/api/collections/" + second).json().getString("title"), "not renamed");
        long own = mentor.get("/api/collections/" + first).json().getJsonNumber("version").longValue();
        assertEquals(200, mentor.api("PUT", "/api/collections/" + first, Json.createObjectBuilder().add("version",
                own).add("title", title).build().toString()).status(), "a collection keeps its own title");

        String said = Bundle.shown(language, "curation.sameTitle", QuotedText.inMessage(title, Locale.forLanguageTag(
                language)));
        Document edit = followed(mentor, mentor.submit("/curate/edit?id=" + second + "&lang=" + language, "edit",
                Map.of("title", again), "save"));
        assertSaidBeside(edit, "edit:title", said);
        assertEquals(again, edit.getElementById("edit:title").val(), "the title typed stays in the box");
        assertEquals(otherTitle, mentor.get("/api/collections/" + second).json().getString("title"), "nothing saved");

        Http.Answer refused = mentor.submit("/curate/?lang=" + language, "create", Map.of("title", again));
        assertEquals(200, refused.status(), "the page says it, no new collection opens");
        Document index = Jsoup.parse(refused.body());
        assertSaidBeside(index, "create:title", said);
        assertEquals(2, mentor.get("/api/collections").json().getJsonArray("collections").getValuesAs(
                JsonObject.class).stream().filter(c -> c.getBoolean("mine")).count(), "no third collection");
    }

    /**
     * Markup the page removes from a collection's description (a script, a span, an iframe) was dropped without a
     * word. After a save, the editor page now says beside the description which markup readers will not get, links
     * and formatting kept; the text is saved and stays in the box as written. A description with only links and
     * formatting gets no such note.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void markupTheDescriptionLosesIsNamedBesideItAfterASave(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("removed-markup-" + language).hashCode());
        Visitor mentor = People.invited(portal, People.admin(portal), "removed-markup-" + language + n
                + "@kmb.test", "Markup Mentor", "mentor");
        String id = created(mentor, line(random, 100) + " " + n);
        String words = GeneratedText.libraryWords(300).next(random).replaceAll("\\s+", " ").strip();
        String description = "**" + words + "** « l’équipe » 👩🏽‍🏫 [un lien](https://example.org/a?b=1&c=2)\n\n"
                + "<span>" + line(random, 80).replace('<', ' ').replace('>', ' ') + "</span> "
                + "<script>alert('" + n + "')</script>\n\n<iframe src=\"https://example.org/frame\"></iframe>\n\n"
                + "- " + line(random, 60).replace('<', ' ').replace('>', ' ');

        Document page = followed(mentor, mentor.submit("/curate/edit?id=" + id + "&lang=" + language, "edit", Map
                .of("description", description), "save"));
        assertTrue(page.getElementById("messages").text().contains(Bundle.shown(language, "curation.saved")),
                page.getElementById("messages").text());
        Element note = page.getElementById("edit:description-note");
        assertNotNull(note, "a note beside the description");
        assertEquals(normal(Bundle.shown(language, "curation.markupRemoved", "<iframe>, <script>, <span>")),
                normal(note.text()));
        assertTrue(page.getElementById("edit:description").attr("aria-describedby").contains(
                "edit:description-note"), "the box is described by the note");
        assertEquals(description, page.getElementById("edit:description").wholeText(), "the text stays as written");
        assertEquals(description, mentor.get("/api/collections/" + id).json().getString("description"), "saved");

        String plain = "*" + words + "* [" + n + "](https://example.org/" + n + ")\n\n1. " + line(random, 60)
                .replace('<', ' ').replace('>', ' ');
        Document clean = followed(mentor, mentor.submit("/curate/edit?id=" + id + "&lang=" + language, "edit", Map
                .of("description", plain), "save"));
        Element none = clean.getElementById("edit:description-note");
        assertTrue(none == null || none.text().isBlank(), "nothing removed, nothing said");
        assertEquals(plain, mentor.get("/api/collections/" + id).json().getString("description"));
    }

    /**
     * The audit log's "About" column showed what the portal stores ("partnership:12", a resource's id, an account's
     * address under its name). It now says what each is, in words of the page's language: a resource by its title (in
     * its own language, marked so) and its type, linked to its page; a partnership by its title and its two
     * organizations, linked to it; an account by its name, linked to it in the accounts list; an account deleted since
     * says so. Titles and names are shown as typed, escaped; no stored id is left on the page.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theAuditLogSaysWhatEachEntryIsAboutInWordsWithItsPage(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("audit-objects-" + language).hashCode());
        Visitor admin = People.admin(portal);
        String editorName = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(50), "audit-" + language)
                + " « d’Anjou » " + n;
        String editorEmail = "audit-editor-" + language + n + "@kmb.test";
        Visitor editor = People.invited(portal, admin, editorEmail, editorName, "editor");
        String resource = "audit-object-" + language + "-" + n;
        // Spaces as a title keeps them (runs made one, none at the ends): the quotes and backslashes taken out for
        // the YAML below leave spaces that the page rightly shows as one.
        String title = ("Audit « objet » <b>" + n + "</b> & " + line(random, 80).replace("\\", " ").replace("\"",
                " ")).replaceAll("\\s+", " ").strip();
        String text = editor.get("/api/editor/resources/zeldin-2013-youth-adult-partnership").json().getString("text")
                .replace("id: zeldin-2013-youth-adult-partnership", "id: " + resource).replaceFirst("(?m)^status: .*$",
                        "status: draft")
                .replaceFirst("(?m)^title: .*$", java.util.regex.Matcher.quoteReplacement(
                        "title: \"" + title + "\""));
        Http.Answer saved = editor.api("PUT", "/api/editor/resources/" + resource, Json.createObjectBuilder().add(
                "version", -1).add("text", text).build().toString());
        assertEquals(200, saved.status(), saved.body());
        for (String to : java.util.List.of("in-review", "published")) {
            assertEquals(200, editor.api("POST", "/api/editor/resources/" + resource + "/transitions",
                    "{\"to\": \"" + to + "\"}").status(), to);
        }
        String partnerName = UserSessionFindingsE2E.oneLine(GeneratedText.libraryWords(40), "audit-org-" + language)
                + " & Co " + n;
        String partnerEmail = "audit-partner-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Audit Partner", partnerName);
        Visitor mentor = People.invited(portal, admin, "audit-mentor-" + language + n + "@kmb.test", MENTOR_NAME,
                "mentor");
        String partnershipTitle = line(random, 90) + " « " + n + " »";
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        long partnership = MatrixPartnerships.proposed(mentor, partner.get("/api/organizations/" + organization)
                .json().getString("join_code"), partnershipTitle);
        assertEquals(302, partner.submit("/account/", "delete-account", Map.of("deletePassword", People.PASSWORD),
                "delete").status(), "the partner's account deleted");

        Document page = Jsoup.parse(admin.get("/admin/audit?lang=" + language).body());
        Element published = row(page, "state.changed", resource + "\"");
        Element link = published.selectFirst("a.audit-subject");
        assertEquals(title, link.text(), "the resource by its title, as typed");
        assertEquals("en", link.attr("lang"), "in its own language");
        assertTrue(link.attr("href").endsWith("/resources/" + resource), link.attr("href"));
        assertTrue(link.select("b").isEmpty(), "escaped");
        assertEquals(Bundle.shown(language, "audit.subject.kind.research-summary"), about(published));

        Element proposed = row(page, "partnership.started", "view?id=" + partnership + "\"");
        assertEquals(normal(partnershipTitle), normal(proposed.selectFirst("a.audit-subject").text()));
        assertTrue(proposed.selectFirst("a.audit-subject").attr("href").endsWith("/partnerships/view?id="
                + partnership));
        assertTrue(about(proposed).startsWith(Bundle.shown(language, "audit.subject.kind.partnership") + " · "),
                about(proposed));
        assertTrue(normal(about(proposed)).endsWith(normal(partnerName)), "with the partner: " + about(proposed));

        Element invited = row(page, "roles.changed", "q=" + Links.encode(editorEmail) + "\"");
        assertEquals(normal(editorName), normal(invited.selectFirst("a.audit-subject").text()), "by name");
        assertEquals(Bundle.shown(language, "audit.subject.kind.account") + " · " + editorEmail, about(invited));

        String gone = Bundle.shown(language, "audit.subject.accountGone");
        assertTrue(page.select("tr").stream().anyMatch(tr -> tr.select("td").size() == 5 && about(tr).equals(gone)),
                "the deleted account says so");
        for (Element cell : page.select("td[data-label=\"" + Bundle.shown(language, "admin.audit.subject") + "\"]")) {
            assertTrue(!cell.text().matches(".*\\b(partnership|organization|account):\\d+.*") && !cell.text()
                    .contains(resource) && !cell.text().contains(AccountErased.FORMER_MEMBER), "a stored id: "
                            + cell.text());
        }
    }

    /** The audit page's row of that action whose About cell's HTML holds {@code inSubject}. */
    private static Element row(Document page, String action, String inSubject) {
        return page.select("tr").stream().filter(tr -> !tr.select("span[title=\"" + action + "\"]").isEmpty())
                .filter(tr -> tr.select("td").get(3).html().contains(inSubject)).findFirst().orElseThrow(
                        () -> new AssertionError("no " + action + " row about " + inSubject));
    }

    /** The line under an entry's subject that says what it is. */
    private static String about(Element row) {
        Element about = row.select("td").get(3).selectFirst(".audit-subject__kind");
        return about == null ? "" : normal(about.text());
    }

    /** A private collection of the mentor's with that title; its id. */
    private static String created(Visitor mentor, String title) {
        Http.Answer made = mentor.api("POST", "/api/collections", Json.createObjectBuilder().add("title", title)
                .add("visibility", "private").build().toString());
        assertEquals(201, made.status(), made.body());
        return made.json().getString("id");
    }

    /** The page a form's button led to (its redirect followed once), parsed. */
    private static Document followed(Visitor visitor, Http.Answer answer) {
        String location = answer.header("Location");
        assertTrue(answer.status() / 100 == 3 && location != null, answer.status() + ": " + answer.body());
        Http.Answer page = visitor.get(location);
        assertEquals(200, page.status(), page.body());
        return Jsoup.parse(page.body());
    }

    /** The box is marked invalid and described by the message beside it, which says {@code said}. */
    private static void assertSaidBeside(Document page, String box, String said) {
        Element field = page.getElementById(box);
        assertEquals("true", field.attr("aria-invalid"), box);
        assertEquals(box + "-error", field.attr("aria-describedby"), box);
        assertEquals(normal(said), normal(page.getElementById(box + "-error").text()), box);
    }

    private static String normal(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
