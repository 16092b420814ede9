/**
 * Partnerships: one organization mentoring another, the practice the portal's founding study describes. A mentor
 * proposes a partnership with the partner's join code and a member of the partner accepts; they keep an adaptive work
 * plan (every change a revision with its reason), meet at scheduled check-ins, rate the capacities the partner wants
 * to build, and stay connected with notes. Only the two organizations' people, the mentor and administrators see one
 * ({@link org.kmbportal.partnerships.PartnershipAccess}).
 */
package org.kmbportal.partnerships;
