package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Task fix60: does "Save these answers for my organization" work without scripts? In a browser that runs none, a
 * member answers the questionnaire, shows the results and saves: the page says it is saved, and opens with those
 * answers afterwards, at desktop and phone width, in both languages.
 */
@ExtendWith(RunningPortal.class)
class OrganizationSaveWithoutScriptsE2E extends LookFindings {

    @ParameterizedTest
    @CsvSource({"en,1280", "fr,390"})
    void theOrganizationsProfileIsSavedWithoutScripts(String language, int width, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 67 + ("fix60-no-script-save-" + language + width).hashCode());
        String email = "no-script-save-" + language + width + "-" + n + "@kmb.test";
        People.member(portal, email, "Sans « Script » " + n, "No Script Save Org " + n);
        ChromeDriver member = signedIn(portal, language, email);
        member.manage().window().setSize(new Dimension(width, 900));
        member.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            member.get(portal.resolve("/organization?lang=" + language).toString());
            member.findElement(By.cssSelector("label[for='" + member.findElement(By.cssSelector(
                    "#questionnaire input[name=organization_size][value=small]")).getAttribute("id") + "']"))
                    .click();
            String paragraph = line(random, 300);
            member.findElement(By.id("challenges")).sendKeys(paragraph);
            // With scripts, typing gives the questionnaire's typed_on box the page's version (js/typed-on.js).
            assertEquals("", member.findElement(By.name("typed_on")).getDomProperty("value"), "no script ran");
            Browser.pressForNewPage(member, member.findElement(By.cssSelector(
                    "#questionnaire button[type=submit]")));
            Browser.pressForNewPage(member, member.findElement(By.id("save-profile:save")));
            Browser.awaitMessage(member, Bundle.shown(language, "organization.saved"));

            member.get(portal.resolve("/organization?lang=" + language).toString());
            assertEquals(paragraph, member.findElement(By.id("challenges")).getDomProperty("value"),
                    "the page opens with the paragraph saved");
            assertTrue(member.findElement(By.cssSelector(
                    "#questionnaire input[name=organization_size][value=small]")).isSelected(),
                    "and the answer saved");
        } finally {
            member.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }
}
