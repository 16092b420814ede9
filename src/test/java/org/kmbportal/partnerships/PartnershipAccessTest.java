package org.kmbportal.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The access rules for every kind of person, for a partnership between mentor 1 (organization 10) and organization 20. */
class PartnershipAccessTest {

    private static final Map<String, Participant> PEOPLE = new LinkedHashMap<>();

    static {
        PEOPLE.put("anonymous", Participant.ANONYMOUS);
        PEOPLE.put("mentor", new Participant(1L, 10L, true, false));
        PEOPLE.put("partner member", new Participant(2L, 20L, false, false));
        PEOPLE.put("mentor's colleague", new Participant(3L, 10L, false, false));
        PEOPLE.put("third organization", new Participant(4L, 30L, false, false));
        PEOPLE.put("another mentor", new Participant(5L, null, true, false));
        PEOPLE.put("administrator", new Participant(6L, null, false, true));
        PEOPLE.put("administrator of the partner", new Participant(7L, 20L, false, true));
    }

    private static Partnership partnership() {
        return new Partnership("Together", 1L, 10L, 20L, 3, OffsetDateTime.now(), "Mentor");
    }

    @Test
    void whoSeesAndWhoWorksInAPartnership() {
        Partnership p = partnership();
        Map<String, List<Boolean>> expected = new LinkedHashMap<>();
        // read, work, accept, write goals, close, hand over
        expected.put("anonymous", List.of(false, false, false, false, false, false));
        expected.put("mentor", List.of(true, true, false, false, true, true));
        expected.put("partner member", List.of(true, true, true, true, true, false));
        expected.put("mentor's colleague", List.of(true, false, false, false, false, false));
        expected.put("third organization", List.of(false, false, false, false, false, false));
        expected.put("another mentor", List.of(false, false, false, false, false, false));
        expected.put("administrator", List.of(true, false, false, false, false, false));
        expected.put("administrator of the partner", List.of(true, true, true, true, true, false));
        expected.forEach((who, rights) -> {
            Participant x = PEOPLE.get(who);
            assertEquals(rights, List.of(PartnershipAccess.canRead(p, x), PartnershipAccess.canWork(p, x),
                    PartnershipAccess.canAccept(p, x), PartnershipAccess.canWriteGoals(p, x),
                    PartnershipAccess.canClose(p, x), PartnershipAccess.canHandOver(p, x)), who);
        });
    }

    @Test
    void aMentorWithoutAnOrganizationIsSeenOnlyByThemselvesAndThePartner() {
        Partnership p = new Partnership("Solo", 1L, null, 20L, 3, OffsetDateTime.now(), "Mentor");
        assertEquals(PartnershipAccess.Side.MENTOR, PartnershipAccess.sideOf(p, PEOPLE.get("mentor")));
        assertEquals(PartnershipAccess.Side.NONE, PartnershipAccess.sideOf(p, new Participant(8L, null, false,
                false)));
    }
}
