package org.kmbportal.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The visibility rules for every kind of reader and every visibility. */
class CollectionAccessTest {

    private static final long MENTOR = 1, OTHER_MENTOR = 2, MEMBER = 3, OTHER_MEMBER = 4, EDITOR = 5, ADMIN = 6;
    private static final long SUPPORTED_ORG = 10, OTHER_ORG = 11;

    private static final Viewer ANONYMOUS = Viewer.ANONYMOUS;
    private static final Viewer CURATOR = new Viewer(MENTOR, null, true, false, false);
    private static final Viewer ANOTHER_MENTOR = new Viewer(OTHER_MENTOR, null, true, false, false);
    private static final Viewer MEMBER_OF_SUPPORTED = new Viewer(MEMBER, SUPPORTED_ORG, false, false, false);
    private static final Viewer MEMBER_OF_OTHER = new Viewer(OTHER_MEMBER, OTHER_ORG, false, false, false);
    private static final Viewer AN_EDITOR = new Viewer(EDITOR, null, false, true, false);
    private static final Viewer AN_ADMIN = new Viewer(ADMIN, null, false, false, true);

    static Collection collection(Visibility visibility) {
        Collection c = new Collection();
        c.apply(new CollectionContent("c", "A collection", "en", LocalDate.of(2025, 1, 1), Map.of(), "Mentor", "",
                visibility, List.of()));
        c.setCuratorAccountId(MENTOR);
        c.setSharedWith(visibility == Visibility.SHARED ? Set.of(SUPPORTED_ORG) : Set.of());
        return c;
    }

    @Test
    void onlyTheCuratorAddsFromPagesToTheirCollectionAndEditorsAlsoToEditorialOnes() {
        for (Visibility visibility : Visibility.values()) {
            Collection mentors = collection(visibility);
            assertTrue(CollectionAccess.isOwn(mentors, CURATOR), visibility.toString());
            for (Viewer v : List.of(ANONYMOUS, ANOTHER_MENTOR, MEMBER_OF_SUPPORTED, MEMBER_OF_OTHER, AN_EDITOR,
                    AN_ADMIN)) {
                assertFalse(CollectionAccess.isOwn(mentors, v), visibility + " " + v);
            }
            Collection editorial = collection(visibility);
            editorial.setCuratorAccountId(null);
            assertTrue(CollectionAccess.isOwn(editorial, AN_EDITOR), visibility.toString());
            for (Viewer v : List.of(ANONYMOUS, CURATOR, MEMBER_OF_SUPPORTED, AN_ADMIN)) {
                assertFalse(CollectionAccess.isOwn(editorial, v), visibility + " " + v);
            }
        }
    }

    @Test
    void publicCollectionsAreReadByEveryoneAndEditedByTheirCuratorAndEditorsOnly() {
        Collection c = collection(Visibility.PUBLIC);
        for (Viewer v : List.of(ANONYMOUS, CURATOR, ANOTHER_MENTOR, MEMBER_OF_SUPPORTED, MEMBER_OF_OTHER, AN_EDITOR,
                AN_ADMIN)) {
            assertTrue(CollectionAccess.canRead(c, v, null), v.toString());
        }
        assertEditors(c);
    }

    @Test
    void privateCollectionsAreReadByTheirCuratorEditorsAndAdministratorsOnly() {
        Collection c = collection(Visibility.PRIVATE);
        assertTrue(CollectionAccess.canRead(c, CURATOR, null));
        assertTrue(CollectionAccess.canRead(c, AN_EDITOR, null));
        assertTrue(CollectionAccess.canRead(c, AN_ADMIN, null));
        for (Viewer v : List.of(ANONYMOUS, ANOTHER_MENTOR, MEMBER_OF_SUPPORTED, MEMBER_OF_OTHER)) {
            assertFalse(CollectionAccess.canRead(c, v, null), v.toString());
        }
        assertEditors(c);
    }

    @Test
    void sharedCollectionsAreReadByMembersOfTheChosenOrganizationsOnly() {
        Collection c = collection(Visibility.SHARED);
        assertTrue(CollectionAccess.canRead(c, MEMBER_OF_SUPPORTED, null));
        assertFalse(CollectionAccess.canRead(c, MEMBER_OF_OTHER, null));
        assertFalse(CollectionAccess.canRead(c, ANONYMOUS, null));
        assertFalse(CollectionAccess.canRead(c, ANOTHER_MENTOR, null));
        assertTrue(CollectionAccess.canRead(c, CURATOR, null));
        assertFalse(CollectionAccess.canEdit(c, MEMBER_OF_SUPPORTED), "reading is not editing");
        assertEditors(c);
    }

    @Test
    void unlistedCollectionsNeedTheirLinksKeyAndARenewedLinkRevokesTheOld() {
        Collection c = collection(Visibility.UNLISTED);
        String key = c.getUnlistedToken();
        assertEquals(43, key.length(), "32 random bytes");
        assertTrue(CollectionAccess.canRead(c, ANONYMOUS, key));
        assertTrue(CollectionAccess.canRead(c, MEMBER_OF_OTHER, key));
        assertFalse(CollectionAccess.canRead(c, ANONYMOUS, null), "the id alone does not open it");
        assertFalse(CollectionAccess.canRead(c, ANONYMOUS, key.substring(1)));
        assertFalse(CollectionAccess.isListedFor(c, MEMBER_OF_SUPPORTED), "never listed for others");
        assertTrue(CollectionAccess.isListedFor(c, CURATOR));
        c.setUnlistedToken(UnlistedLinks.newToken());
        assertFalse(CollectionAccess.canRead(c, ANONYMOUS, key), "the old link stops working");
    }

    @Test
    void aKeyOpensOnlyAnUnlistedCollectionAndLeavingUnlistedDropsTheLink() {
        Collection c = collection(Visibility.UNLISTED);
        String key = c.getUnlistedToken();
        c.apply(new CollectionContent("c", "A collection", "en", LocalDate.of(2025, 1, 1), Map.of(), "Mentor", "",
                Visibility.PRIVATE, List.of()));
        assertEquals(null, c.getUnlistedToken());
        assertFalse(CollectionAccess.canRead(c, ANONYMOUS, key));
    }

    @Test
    void editorialCollectionsWithoutCuratorAreEditedByEditorsOnly() {
        Collection c = collection(Visibility.PUBLIC);
        c.setCuratorAccountId(null);
        assertTrue(CollectionAccess.canEdit(c, AN_EDITOR));
        assertFalse(CollectionAccess.canEdit(c, CURATOR));
        assertFalse(CollectionAccess.canEdit(c, AN_ADMIN));
    }

    private static void assertEditors(Collection c) {
        assertTrue(CollectionAccess.canEdit(c, CURATOR));
        assertTrue(CollectionAccess.canEdit(c, AN_EDITOR));
        for (Viewer v : List.of(ANONYMOUS, ANOTHER_MENTOR, MEMBER_OF_SUPPORTED, MEMBER_OF_OTHER, AN_ADMIN)) {
            assertFalse(CollectionAccess.canEdit(c, v), v.toString());
        }
    }
}
