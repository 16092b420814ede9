package org.kmbportal.partnerships;

import java.util.List;

/**
 * Something happened in a partnership that its people hear about: fired inside the transaction that made it, and
 * sent by email only once that transaction succeeded ({@link PartnershipMail}).
 *
 * @param recipients
 *            the email addresses of the people told
 * @param detail
 *            what the notification says besides its kind (a date, a name, a number of days)
 */
public record PartnershipEvent(Notification.Kind kind, long partnershipId, String title, List<String> recipients,
        String detail) {

    public PartnershipEvent {
        recipients = List.copyOf(recipients);
    }
}
