package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.content.ContentWriter;
import org.kmbportal.content.XssPayloads;
import org.kmbportal.library.ResourceHeader;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.Citation;
import org.kmbportal.library.Effort;
import org.kmbportal.library.Evidence;
import org.kmbportal.library.EvidenceDesign;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.SourceSummary;
import org.kmbportal.library.SummarySection;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Script injection through every free-text field of both kinds of resource (and the Markdown body), account names,
 * organization names, revision notes and review comments, and collections (title, curator, description, link titles,
 * notes), opened in a real browser on every page that shows them.
 * Each payload is armed so that, if it ever ran, it would set {@code window.__xss}; none may, and the pages must hold
 * no script of their own making (no handler attributes, no script without the page's nonce, no javascript: links).
 */
@ExtendWith(RunningPortal.class)
class XssE2E {

    private static final int PER_RESOURCE = 6;
    private static final String CHECK = "var bad=[];"
            + "if(window.__xss){bad.push('a payload ran');}"
            + "document.querySelectorAll('script').forEach(function(s){if(!s.nonce&&!s.getAttribute('nonce')&&!s.src)"
            + "{bad.push('script without nonce: '+s.outerHTML.slice(0,80));}});"
            + "document.querySelectorAll('main *').forEach(function(e){for(var i=0;i<e.attributes.length;i++){"
            + "var n=e.attributes[i].name.toLowerCase();var v=(e.attributes[i].value||'').replace(/\\s/g,'')"
            + ".toLowerCase();if(n.indexOf('on')===0){bad.push('handler '+n+' on '+e.tagName);}"
            + "if((n==='href'||n==='src'||n==='action'||n==='xlink:href')&&(v.indexOf('javascript:')===0"
            + "||v.indexOf('data:text')===0)){bad.push(n+'='+v.slice(0,40));}}});"
            + "['iframe','object','embed','frame','frameset','base','meta[http-equiv]'].forEach(function(t){"
            + "document.querySelectorAll('main '+t).forEach(function(e){bad.push('element '+t);});});"
            + "return bad;";

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The payload made to report itself: whatever it would have run now sets window.__xss. */
    static String armed(String payload) {
        return payload.replaceAll("alert\\([^)]*\\)", "window.__xss=1").replace("msgbox(1)", "window.__xss=1")
                .replace("eval(src)", "window.__xss=1");
    }

    @Test
    void noPayloadRunsInAnyPageThatShowsWhatPeopleTyped(URI portal) {
        List<String> payloads = XssPayloads.ALL.stream().map(XssE2E::armed).toList();
        assertTrue(payloads.size() >= 50, payloads.size() + " payloads");
        Visitor admin = People.admin(portal);
        String editorEmail = "xss-editor@kmb.test";
        Visitor editor = People.invited(portal, admin, editorEmail, cut(payloads.get(2), 120), "editor");
        Visitor member = People.member(portal, "xss-member@kmb.test", cut(payloads.get(0), 120),
                cut(payloads.get(1), 200));

        // Ids of this try: a second one (the pom's rerun, on the same portal) may not create the first one's again.
        String run = Long.toString(System.nanoTime(), 36);
        List<String> ids = new ArrayList<>();
        for (int start = 0, n = 0; start < payloads.size(); start += PER_RESOURCE, n++) {
            List<String> group = payloads.subList(start, Math.min(payloads.size(), start + PER_RESOURCE));
            String id = "xss-" + run + "-" + n;
            ResourceContent content = n % 2 == 0 ? summary(id, group) : guide(id, group);
            String json = Json.createObjectBuilder().add("version", -1).add("text", ContentWriter.write(content))
                    .add("note", cut(String.join(" ", group), 900)).build().toString();
            Http.Answer saved = editor.api("PUT", "/api/editor/resources/" + content.id(), json);
            assertEquals(200, saved.status(), saved.body());
            for (String target : List.of("in-review", "published")) {
                Http.Answer moved = editor.api("POST", "/api/editor/resources/" + content.id() + "/transitions",
                        "{\"to\": \"" + target + "\"}");
                assertEquals(200, moved.status(), moved.body());
            }
            for (String payload : group) {
                editor.api("POST", "/api/editor/resources/" + content.id() + "/comments",
                        Json.createObjectBuilder().add("text", payload).build().toString());
            }
            ids.add(content.id());
        }

        List<String> problems = new ArrayList<>();
        browser = Browser.start("en");
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "window.alert=function(){window.__xss=1;};window.confirm=window.alert;"));
        List<String> pages = new ArrayList<>(List.of("/", "/browse?type=research-summary",
                "/browse?type=practice-guide"));
        ids.forEach(id -> pages.add("/resources/" + id));
        visit(portal, pages, problems);

        signIn(portal, editorEmail);
        List<String> editorPages = new ArrayList<>(List.of("/editor/", "/account/"));
        for (String id : ids) {
            editorPages.add("/editor/edit?id=" + id);
            editorPages.add("/editor/history?id=" + id + "&from=1&to=3");
        }
        visit(portal, editorPages, problems);
        browser.quit();

        browser = Browser.start("fr");
        signIn(portal, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        visit(portal, List.of("/admin/users", "/admin/audit", "/admin/invitations"), problems);
        member.get("/api/account");
        assertEquals(List.of(), problems);
        System.out.println("XSS: " + payloads.size() + " payloads through every free-text field, " + (pages.size()
                + editorPages.size() + 3) + " pages checked in Chromium; none ran");
    }

    @Test
    void noPayloadRunsInTheCollectionPages(URI portal) {
        List<String> payloads = XssPayloads.ALL.stream().map(XssE2E::armed).toList();
        Visitor admin = People.admin(portal);
        // Ids and a mentor of this try: a second one (the pom's rerun, on the same portal) may not create the first
        // one's collections again, nor give its mentor a second collection of one title.
        String run = Long.toString(System.nanoTime(), 36);
        String mentorEmail = "xss-mentor-" + run + "@kmb.test";
        Visitor mentor = People.invited(portal, admin, mentorEmail, cut(payloads.get(3), 120), "mentor");
        List<String> ids = new ArrayList<>();
        for (int start = 0, n = 0; start < payloads.size(); start += PER_RESOURCE, n++) {
            List<String> group = payloads.subList(start, Math.min(payloads.size(), start + PER_RESOURCE));
            var items = Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("resource", "lachance-2019-inter-organizational-mentoring").add("note", group.get(0)));
            for (int i = 0; i < group.size(); i++) {
                items.add(Json.createObjectBuilder().add("url", "https://example.org/xss-" + n + "-" + i)
                        .add("title", cut(group.get(i), 500)).add("note", group.get(i)));
            }
            String body = Json.createObjectBuilder().add("id", "xss-collection-" + run + "-" + n)
                    .add("title", cut(String.join(" ", group), 500)).add("curator", cut(group.get(0), 300))
                    .add("description", cut(String.join("\n\n", group), 4000)).add("visibility", "public")
                    .add("items", items).build().toString();
            Http.Answer created = mentor.api("POST", "/api/collections", body);
            assertEquals(201, created.status(), created.body());
            ids.add("xss-collection-" + run + "-" + n);
            assertEquals(200, mentor.api("PUT", "/api/collections/" + ids.get(n) + "/follow", null).status());
        }
        List<String> problems = new ArrayList<>();
        browser = Browser.start("en");
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "window.alert=function(){window.__xss=1;};window.confirm=window.alert;"));
        List<String> pages = new ArrayList<>(List.of("/collections"));
        ids.forEach(id -> pages.add("/collections/" + id));
        visit(portal, pages, problems);
        signIn(portal, mentorEmail);
        List<String> mentorPages = new ArrayList<>(List.of("/curate/", "/curate/links"));
        ids.forEach(id -> mentorPages.add("/curate/edit?id=" + id));
        ids.forEach(id -> mentorPages.add("/collections/" + id));
        visit(portal, mentorPages, problems);
        assertEquals(List.of(), problems);
        System.out.println("XSS: " + payloads.size() + " payloads through collections' free-text fields, "
                + (pages.size() + mentorPages.size()) + " pages checked in Chromium; none ran");
    }

    private void visit(URI portal, List<String> pages, List<String> problems) {
        for (String page : pages) {
            browser.get(portal.resolve(page).toString());
            // Chromium 150 can hand the page back before its heading is in it under load: wait for it, then judge.
            assertTrue(Browser.hasHeading(browser), page + ": " + browser.getPageSource());
            @SuppressWarnings("unchecked")
            List<Object> found = (List<Object>) browser.executeScript(CHECK);
            found.forEach(f -> problems.add(page + ": " + f));
        }
    }

    private void signIn(URI portal, String email) {
        signIn(portal, email, People.PASSWORD);
    }

    private void signIn(URI portal, String email, String password) {
        Browser.signInBySession(browser, portal, email, password);
    }

    static ResourceContent summary(String id, List<String> p) {
        Map<SummarySection, String> sections = new EnumMap<>(SummarySection.class);
        sections.put(SummarySection.NOTES_OF_INTEREST, String.join("\n\n", p));
        sections.put(SummarySection.INTRODUCTION, "- " + String.join("\n- ", p));
        sections.put(SummarySection.IMPLICATIONS, "> " + String.join("\n>\n> ", p));
        Citation citation = new Citation(p.stream().map(x -> cut(x, 300)).toList(), 2020, cut(String.join(" ", p),
                1000), cut(String.join(" ", p), 500), cut(p.get(0), 50), cut(p.get(1 % p.size()), 50),
                cut(p.get(
                        2 % p.size()), 50),
                "", "");
        return new ResearchSummaryContent(draft(id, p), citation, cut(String.join(" ", p), 300),
                new SourceSummary(cut(String.join(" ", p), 1000), cut(p.get(0), 300), cut(String.join(" ", p), 500),
                        ""),
                new Evidence(EvidenceDesign.QUALITATIVE, cut(String.join(" ", p), 1000)), sections);
    }

    static ResourceContent guide(String id, List<String> p) {
        return new PracticeGuideContent(draft(id, p), cut(String.join(" ", p), 4000),
                "1. " + String.join("\n1. ", p) + "\n\n" + String.join("\n\n", p), Effort.LOW, List.of());
    }

    /** A draft in English about match closure, titled with the payloads. */
    private static ResourceHeader draft(String id, List<String> p) {
        return ResourceHeader.builder(id).title(cut(String.join(" ", p), 500)).language("en").published(LocalDate.now())
                .status(PublicationStatus.DRAFT).terms(Map.of("topics", List.of("match-closure"))).build();
    }

    static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
