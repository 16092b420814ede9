package org.kmbportal.partnerships.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.partnerships.Notifications;

/** The layout's "Partnerships" entry: the number of the reader's unread partnership notifications. */
@Named("partnershipNav")
@RequestScoped
public class PartnershipNav {

    @Inject
    Notifications notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }
}
