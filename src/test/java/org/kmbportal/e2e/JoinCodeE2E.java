package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.Json;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Found on the shipped build: a mentor's "Add the organization" refused a join code in lower case that sign-up and
 * "Propose a partnership" accepted. One rule now reads a typed code everywhere (any case, spaces around it).
 */
@ExtendWith(RunningPortal.class)
class JoinCodeE2E {

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
    }

    /** For each language, a generated organization name and how the code is typed (spaces, tabs around it). */
    static Stream<Arguments> organizations() {
        Gen<String> words = GeneratedText.libraryWords(80);
        Gen<String> tail = Gen.of(" « Été » 🙂", " l’équipe 👩🏽‍🏫", " « naïve » 🇨🇦 ’");
        Gen<String> name = random -> GeneratedText.cut(words.next(random).replaceAll("\\s+", " "), 80).strip()
                + tail.next(random);
        return Stream.of("en", "fr").flatMap(language -> Gen.tries("join-code-" + language, 1, name)
                .map(n -> Arguments.of(language, n)));
    }

    @ParameterizedTest
    @MethodSource("organizations")
    void aMentorAddsAnOrganizationByItsCodeInLowerCaseWithSpacesAround(String language, String name, URI portal) {
        long n = System.nanoTime();
        String organization = name + " " + n;
        Visitor member = People.member(portal, "code-member-" + language + n + "@kmb.test", "Code Member",
                organization);
        long id = member.get("/api/account").json().getJsonNumber("organization").longValue();
        String code = member.get("/api/organizations/" + id).json().getString("join_code");
        String typed = "  " + code.toLowerCase(java.util.Locale.ROOT) + " \t";

        String email = "code-mentor-" + language + n + "@kmb.test";
        Visitor mentor = People.invited(portal, People.admin(portal), email, "Code Mentor", "mentor");
        ChromeDriver browser = Browser.start(language);
        browsers.add(browser);
        Browser.signInBySession(browser, portal, email, People.PASSWORD);
        browser.get(portal.resolve("/curate/?lang=" + language).toString());
        browser.findElement(By.id("support:code")).sendKeys(typed);
        browser.findElement(By.id("support:support-button")).click();
        Browser.awaitMessage(browser, Bundle.shown(language, "curation.supportAdded", organization));

        Http.Answer started = mentor.api("POST", "/api/partnerships", Json.createObjectBuilder()
                .add("join_code", typed).add("title", "Code " + language).build().toString());
        assertEquals(201, started.status(), "the same code starts a partnership: " + started.body());
    }
}
