package org.kmbportal.partnerships;

/**
 * Who may see and do what in a partnership, in one place and without side effects. The mentor, the members of the
 * partner organization and of the mentor's organization, and administrators see it; anyone else is told it does not
 * exist. The mentor and the partner's members work in it (plan, check-ins, notes, settings) while it is active; only
 * the partner's members accept it and write its goals (they are the partner's, in its own words); either side closes
 * it; only the mentor hands it over to another mentor. Administrators read and change nothing.
 */
public final class PartnershipAccess {

    /** How a participant stands to one partnership. */
    public enum Side {
        MENTOR, PARTNER, MENTOR_ORGANIZATION, ADMIN, NONE;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private PartnershipAccess() {
    }

    public static Side sideOf(Partnership p, Participant who) {
        if (!who.signedIn()) {
            return Side.NONE;
        }
        if (who.accountId() == p.getMentorAccountId()) {
            return Side.MENTOR;
        }
        if (who.organizationId() != null && who.organizationId() == p.getPartnerOrganizationId()) {
            return Side.PARTNER;
        }
        if (who.organizationId() != null && who.organizationId().equals(p.getMentorOrganizationId())) {
            return Side.MENTOR_ORGANIZATION;
        }
        return who.admin() ? Side.ADMIN : Side.NONE;
    }

    public static boolean canRead(Partnership p, Participant who) {
        return sideOf(p, who) != Side.NONE;
    }

    /** The plan, check-ins, notes and settings. */
    public static boolean canWork(Partnership p, Participant who) {
        Side side = sideOf(p, who);
        return side == Side.MENTOR || side == Side.PARTNER;
    }

    public static boolean canAccept(Partnership p, Participant who) {
        return sideOf(p, who) == Side.PARTNER;
    }

    public static boolean canWriteGoals(Partnership p, Participant who) {
        return sideOf(p, who) == Side.PARTNER;
    }

    public static boolean canClose(Partnership p, Participant who) {
        return canWork(p, who);
    }

    public static boolean canHandOver(Partnership p, Participant who) {
        return sideOf(p, who) == Side.MENTOR;
    }
}
