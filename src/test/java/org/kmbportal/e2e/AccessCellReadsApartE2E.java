package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Task fix60: on /admin/users the Access cell of one's own row read "ActiveYou cannot suspend…" / « ActifVous ne
 * pouvez… », the account's state and why it cannot be suspended run together, on the screen and for a screen reader.
 * They are now two lines, each its own, at desktop and phone width, and the cell is read with a break between them.
 */
@ExtendWith(RunningPortal.class)
class AccessCellReadsApartE2E extends LookFindings {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theAccountsStateAndWhyItCannotBeSuspendedReadApart(String language, URI portal) {
        String state = Bundle.normalSpaces(Bundle.shown(language, "admin.users.active"));
        String why = Bundle.normalSpaces(Bundle.shown(language, "admin.suspend.self"));
        ChromeDriver admin = signedIn(portal, language, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        for (Dimension width : List.of(new Dimension(1280, 1000), new Dimension(375, 812))) {
            admin.manage().window().setSize(width);
            admin.get(portal.resolve("/admin/users?lang=" + language + "&q=" + People.ADMIN_EMAIL).toString());
            WebElement cell = AccountRolesE2E.row(admin, People.ADMIN_EMAIL).findElement(By.cssSelector(
                    "td.access"));
            String at = width.getWidth() + " px: ";
            // As seen: each on its own line, the reason under the state, not beside it with no space.
            List<String> lines = Stream.of(cell.getText().split("\n")).map(Bundle::normalSpaces).filter(
                    line -> !line.isEmpty()).toList();
            assertEquals(List.of(state, why), lines, at + cell.getText());
            Rectangle shownState = cell.findElement(By.cssSelector(".access__state")).getRect();
            Rectangle shownWhy = cell.findElement(By.cssSelector(".access__why")).getRect();
            assertTrue(shownWhy.getY() >= shownState.getY() + shownState.getHeight(), at + shownState.getY() + "+"
                    + shownState.getHeight() + " then " + shownWhy.getY());
            // As a screen reader reads the cell: the two apart, with a break between them.
            String read = Bundle.normalSpaces(cell.getAccessibleName());
            // (On a phone the cell's label, "Access:", comes first.)
            assertTrue(read.matches("(?s)(.*\\s)?\\Q" + state + "\\E[\\s.,;:]+\\Q" + why + "\\E.*"), at
                    + "read as «" + read + "»");
        }
        assertEquals(List.of(), Browser.wcagViolations(admin));
    }
}
