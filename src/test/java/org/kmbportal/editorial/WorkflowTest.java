package org.kmbportal.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.kmbportal.library.PublicationStatus;

class WorkflowTest {

    @Test
    void publishingOnlyFromReviewAndEveryStateCanGoBackToDraft() {
        assertTrue(Workflow.allows(PublicationStatus.DRAFT, PublicationStatus.IN_REVIEW));
        assertTrue(Workflow.allows(PublicationStatus.IN_REVIEW, PublicationStatus.PUBLISHED));
        assertTrue(Workflow.allows(PublicationStatus.PUBLISHED, PublicationStatus.ARCHIVED));
        assertFalse(Workflow.allows(PublicationStatus.DRAFT, PublicationStatus.PUBLISHED));
        assertFalse(Workflow.allows(PublicationStatus.ARCHIVED, PublicationStatus.PUBLISHED));
        for (PublicationStatus s : EnumSet.complementOf(EnumSet.of(PublicationStatus.DRAFT))) {
            assertTrue(Workflow.allows(s, PublicationStatus.DRAFT), s.name());
        }
        assertEquals(EnumSet.of(PublicationStatus.DRAFT, PublicationStatus.ARCHIVED),
                Workflow.next(PublicationStatus.PUBLISHED));
    }
}
