package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * Task fix60b: on /partnerships/view the mentor organization's Settings said "Capacities your organization wants to
 * build" / « Capacités que votre organisme veut développer » over the partner's (disabled) boxes: the wrong subject.
 * The heading now names whose capacities they are by viewer: the partner reads "your organization", the mentor reads
 * "the partner" (in the page as sent, both languages).
 */
@ExtendWith(RunningPortal.class)
class SettingsCapacitiesWordingE2E {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theSettingsCapacitiesHeadingNamesTheirOwnerForEachSide(String language, URI portal) {
        long n = System.nanoTime();
        Visitor partner = People.member(portal, "fix60b-partner-" + language + n + "@kmb.test", "Wording Partner",
                "Wording Org " + language + n);
        Visitor mentor = People.invited(portal, People.admin(portal), "fix60b-mentor-" + language + n + "@kmb.test",
                "Wording Mentor", "mentor");
        long id = MatrixPartnerships.acceptedBetween(partner, mentor, "Wording " + language + " " + n);
        String page = "/partnerships/view?id=" + id + "&lang=" + language;
        assertEquals(Bundle.text(language, "partnerships.capacities.partners"), settingsLegend(mentor, page),
                "the mentor reads whose capacities the disabled boxes are");
        assertEquals(Bundle.text(language, "partnerships.capacities.choose"), settingsLegend(partner, page),
                "the partner still reads its own organization's");
    }

    /** The legend of the capacities in the Settings form, as sent. */
    private static String settingsLegend(Visitor visitor, String page) {
        String body = visitor.get(page).body();
        int form = body.indexOf("id=\"settings\"");
        int start = body.indexOf("<legend>", form) + "<legend>".length();
        return body.substring(start, body.indexOf("</legend>", start)).replace("&rsquo;", "\u2019").replace("&#8217;",
                "\u2019").strip();
    }
}
