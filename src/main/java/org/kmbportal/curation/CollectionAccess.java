package org.kmbportal.curation;

/**
 * Who may read and who may change a collection. Public: anyone. Private: its curator. Shared: its curator and the
 * members of the organizations it is shared with. Unlisted: anyone holding its link's key. Editors read and edit
 * every collection, administrators read every one; a mentor edits only the collections they curate.
 */
public final class CollectionAccess {

    private CollectionAccess() {
    }

    public static boolean canRead(Collection collection, Viewer viewer, String key) {
        if (collection.getVisibility() == Visibility.PUBLIC || viewer.editor() || viewer.admin()
                || isCurator(collection, viewer)) {
            return true;
        }
        return switch (collection.getVisibility()) {
            case SHARED -> viewer.organizationId() != null
                    && collection.getSharedWith().contains(viewer.organizationId());
            case UNLISTED -> UnlistedLinks.matches(collection.getUnlistedToken(), key);
            default -> false;
        };
    }

    /** Readable without a link's key, so it may appear in lists (unlisted collections appear to their curator only). */
    public static boolean isListedFor(Collection collection, Viewer viewer) {
        return canRead(collection, viewer, null);
    }

    public static boolean canEdit(Collection collection, Viewer viewer) {
        return viewer.editor() || viewer.mentor() && isCurator(collection, viewer);
    }

    /** One of the caller's own collections, as "my collections" lists them (editors: also the editorial ones). */
    public static boolean isOwn(Collection collection, Viewer viewer) {
        return viewer.curator() && (isCurator(collection, viewer)
                || viewer.editor() && collection.getCuratorAccountId() == null);
    }

    public static boolean isCurator(Collection collection, Viewer viewer) {
        return viewer.accountId() != null && viewer.accountId().equals(collection.getCuratorAccountId());
    }
}
