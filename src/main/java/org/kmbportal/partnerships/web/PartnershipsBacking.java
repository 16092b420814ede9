package org.kmbportal.partnerships.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.platform.AccessDenied;
import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Role;
import org.kmbportal.web.FacesMessages;
import org.kmbportal.partnerships.Dashboard;
import org.kmbportal.partnerships.Notification;
import org.kmbportal.partnerships.Notifications;
import org.kmbportal.partnerships.Partnership;
import org.kmbportal.partnerships.PartnershipAccess;
import org.kmbportal.partnerships.PartnershipException;
import org.kmbportal.partnerships.PartnershipMail;
import org.kmbportal.partnerships.PartnershipOverview;
import org.kmbportal.partnerships.PartnershipService;
import org.kmbportal.partnerships.PartnershipStatus;
import org.kmbportal.web.LocaleBean;
import org.kmbportal.web.Messages;

/**
 * My partnerships ({@code partnerships/index.xhtml}): proposals waiting for the reader's organization, active and
 * closed partnerships with their next check-in and last contact, the reader's notifications, and for mentors a form to
 * propose a partnership with an organization's join code.
 */
@Named("partnershipsPage")
@ViewScoped
public class PartnershipsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartnershipOverview overview;

    @Inject
    transient PartnershipService partnerships;

    @Inject
    transient Notifications notifications;

    @Inject
    transient Guard guard;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient Refusals refusals;

    @Inject
    transient Messages bundle;

    @Inject
    transient LocaleBean locale;

    /** The start form's id, before its fields' client ids. */
    private static final String FORM = "start";

    private String joinCode = "";
    private String title = "";
    private String months = "3";
    private transient List<Dashboard> mine;

    /** A notification as the page shows it. */
    public record NotificationView(long partnership, String text, String date, boolean read) {
    }

    public void start() throws IOException {
        Integer interval;
        try {
            interval = Integer.parseInt(months == null ? "" : months.strip());
        } catch (NumberFormatException e) {
            interval = null;
        }
        try {
            // Every field refused is said beside it, as sign-up does (it said the first one alone: user session).
            Map<String, PartnershipException> refused = partnerships.proposalRefusals(joinCode, title,
                    interval == null ? 0 : interval);
            if (!refused.isEmpty()) {
                messages.error("partnerships.start.fixFields");
                refused.forEach((field, e) -> refusals.showBeside(FORM + ":" + field, e, "title".equals(field)
                        ? title
                        : null));
                return;
            }
            List<Long> partners = mine().stream().filter(d -> d.side() == PartnershipAccess.Side.MENTOR)
                    .map(Dashboard::partnership).filter(q -> !q.isEnded()).map(Partnership::getPartnerOrganizationId)
                    .toList();
            Partnership p = partnerships.start(joinCode, title, interval);
            String partner = partnerships.organizationName(p.getPartnerOrganizationId());
            messages.info("partnerships.started", partner);
            // A second partnership with the same organization may be meant (another program), or a slip: said.
            if (partners.contains(p.getPartnerOrganizationId())) {
                messages.warning("partnerships.startedAgain", partner);
            }
            messages.keepForRedirect();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/partnerships/view?id=" + p.getId());
        } catch (PartnershipException e) {
            refusals.show(e);
        } catch (AccessDenied e) {
            messages.error("partnerships.error.forbidden");
        }
    }

    /** Whether the start form's field (by its id) was refused: it is then marked invalid and described by it. */
    public boolean invalid(String field) {
        return !FacesContext.getCurrentInstance().getMessageList(FORM + ":" + field).isEmpty();
    }

    public void markAllRead() {
        notifications.markAllRead();
        messages.info("partnerships.notifications.allRead");
    }

    private List<Dashboard> mine() {
        if (mine == null) {
            mine = overview.mine();
        }
        return mine;
    }

    public List<Dashboard> getWaitingForUs() {
        return mine().stream().filter(d -> d.partnership().getStatus() == PartnershipStatus.PROPOSED
                && d.side() == PartnershipAccess.Side.PARTNER).toList();
    }

    public List<Dashboard> getProposed() {
        return mine().stream().filter(d -> d.partnership().getStatus() == PartnershipStatus.PROPOSED
                && d.side() != PartnershipAccess.Side.PARTNER).toList();
    }

    public List<Dashboard> getActive() {
        return mine().stream().filter(d -> d.partnership().isActive()).toList();
    }

    public List<Dashboard> getClosed() {
        return mine().stream().filter(d -> d.partnership().isEnded()).toList();
    }

    public List<NotificationView> getNotifications() {
        Map<Long, String> titles = new HashMap<>();
        mine().forEach(d -> titles.put(d.partnership().getId(), d.partnership().getTitle()));
        return notifications.mine(20).stream().map(n -> view(n, titles.getOrDefault(n.getPartnershipId(), "")))
                .toList();
    }

    private NotificationView view(Notification n, String partnershipTitle) {
        return new NotificationView(n.getPartnershipId(), bundle.get("partnerships.notification." + n.getKind().key(),
                PartnershipMail.arguments(partnershipTitle, n.getDetail(), locale.getCurrent())),
                n.getCreatedAt().toLocalDate().toString(),
                n.isRead());
    }

    public long getUnread() {
        return notifications.unreadCount();
    }

    public boolean isMentor() {
        return guard.has(Role.MENTOR);
    }

    public String getJoinCode() {
        return joinCode;
    }

    public void setJoinCode(String joinCode) {
        this.joinCode = joinCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMonths() {
        return months;
    }

    public void setMonths(String months) {
        this.months = months;
    }
}
