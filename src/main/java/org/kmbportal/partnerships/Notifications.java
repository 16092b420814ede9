package org.kmbportal.partnerships;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.kmbportal.accounts.Account;
import org.kmbportal.accounts.AccountRepository;
import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.platform.PortalClock;

/**
 * Tells the people of a partnership what happened in it: a notification in the portal for each of them, written in
 * the transaction that made the change (so it never claims what did not happen), and an event that sends email once
 * that transaction succeeded, when the portal has a mail server.
 */
@ApplicationScoped
public class Notifications {

    @Inject
    PartnershipRepository repository;

    @Inject
    AccountRepository accounts;

    @Inject
    Guard guard;

    @Inject
    PortalClock clock;

    @Inject
    Event<PartnershipEvent> events;

    /** Tells the given accounts (the one acting is left out), in the portal and by email. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(Set<Long> accountIds, Long actingAccountId, Partnership p, Notification.Kind kind,
            String detail) {
        OffsetDateTime now = now();
        List<String> emails = new ArrayList<>();
        for (Long id : accountIds) {
            if (id.equals(actingAccountId)) {
                continue;
            }
            repository.persist(new Notification(id, p.getId(), kind, detail, now));
            accounts.byId(id).map(Account::getEmail).ifPresent(emails::add);
        }
        if (!emails.isEmpty()) {
            events.fire(new PartnershipEvent(kind, p.getId(), p.getTitle(), emails, detail));
        }
    }

    /** The mentor and every member of the partner organization. */
    public Set<Long> everyone(Partnership p) {
        Set<Long> ids = new LinkedHashSet<>(partnerMembers(p));
        ids.add(p.getMentorAccountId());
        return ids;
    }

    public Set<Long> partnerMembers(Partnership p) {
        Set<Long> ids = new LinkedHashSet<>();
        accounts.organization(p.getPartnerOrganizationId())
                .ifPresent(o -> accounts.members(o).forEach(a -> ids.add(a.getId())));
        return ids;
    }

    /** The caller's notifications, newest first. */
    public List<Notification> mine(int max) {
        return guard.caller().map(c -> repository.notifications(c.accountId(), max)).orElse(List.of());
    }

    public long unreadCount() {
        return guard.caller().map(c -> repository.unreadCount(c.accountId())).orElse(0L);
    }

    @Transactional
    public int markAllRead() {
        Caller caller = guard.requireSignedIn();
        List<Notification> unread = repository.unread(caller.accountId());
        OffsetDateTime now = now();
        unread.forEach(n -> n.markRead(now));
        return unread.size();
    }

    /**
     * The caller's notifications about one partnership, read: they opened it or acted in it. A member who accepted a
     * proposal still saw "proposes a partnership to your organization … new" (user session).
     */
    @Transactional
    public void readAbout(long partnershipId) {
        guard.caller().ifPresent(caller -> {
            OffsetDateTime now = now();
            repository.unreadAbout(caller.accountId(), partnershipId).forEach(n -> n.markRead(now));
        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
    }
}
