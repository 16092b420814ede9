package org.kmbportal.partnerships.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.platform.AccessDenied;
import org.kmbportal.web.FacesMessages;
import org.kmbportal.library.Term;
import org.kmbportal.partnerships.Partnership;
import org.kmbportal.partnerships.PartnershipException;
import org.kmbportal.partnerships.PartnershipService;
import org.kmbportal.web.LocaleBean;
import org.kmbportal.web.PostRedirectGet;

/**
 * What the dashboard's forms do besides notes: the partner accepting (its goals and capacities), the settings (title,
 * months between check-ins, capacities), closing with a reflection (after a confirmation) and handing over to another
 * mentor.
 */
@Named("partnershipActions")
@ViewScoped
public class PartnershipActionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DashboardBacking page;

    @Inject
    transient PartnershipService partnerships;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient Refusals refusals;

    @Inject
    transient LocaleBean locale;

    private String goals = "";
    private List<String> capacities = new ArrayList<>();
    private String title;
    private String months;
    private List<String> settingsCapacities;
    private static final String CANCELLED = "kmb.partnership.closeCancelled";

    private String reflection = "";
    private boolean confirmingClose;
    private String mentorEmail = "";

    /** What the dashboard's forms held, carried across the redirect after a button. */
    private record Kept(String goals, List<String> capacities, String title, String months,
            List<String> settingsCapacities, String reflection, boolean confirmingClose, boolean closeCancelled,
            String mentorEmail) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The box each refusal of the settings and the handover is about, by its code. */
    private static final java.util.Map<String, String> BESIDE = java.util.Map.of("invalid_title", "settings:title",
            "invalid_interval", "settings:months", "unknown_mentor", "handover:email", "invalid_goals",
            "accept:goals", "invalid_reflection", "close:reflection");

    /** The flash key of the forms kept across the redirect after a button, with the partnership's id. */
    private static final String KEPT = "kmb.partnership-actions.";

    /** After a button's redirect: the forms as the button left them (see {@link #reload}). */
    @jakarta.annotation.PostConstruct
    void restore() {
        if (jakarta.faces.context.FacesContext.getCurrentInstance() == null) {
            return;
        }
        PostRedirectGet.kept(KEPT + page.getPartnershipId(), Kept.class).ifPresent(kept -> {
            goals = kept.goals();
            capacities = new ArrayList<>(kept.capacities());
            title = kept.title();
            months = kept.months();
            settingsCapacities = kept.settingsCapacities() == null
                    ? null
                    : new ArrayList<>(kept
                            .settingsCapacities());
            reflection = kept.reflection();
            confirmingClose = kept.confirmingClose();
            mentorEmail = kept.mentorEmail();
            if (kept.closeCancelled()) {
                jakarta.faces.context.FacesContext.getCurrentInstance().getAttributes().put(CANCELLED, Boolean.TRUE);
            }
        });
    }

    /**
     * Answers every button with a redirect to the partnership's own address (Post/Redirect/Get), keeping its message
     * and what the forms hold, so that Back never shows "Confirm form resubmission" and a reload does nothing twice.
     */
    private void reload() {
        PostRedirectGet.to(page.address(), KEPT + page.getPartnershipId(), new Kept(goals, List.copyOf(
                capacities == null ? List.of() : capacities), title, months,
                settingsCapacities == null
                        ? null
                        : List.copyOf(settingsCapacities),
                reflection, confirmingClose, isCloseCancelled(),
                mentorEmail));
    }

    public void accept() {
        act(() -> partnerships.accept(page.getPartnershipId(), goals, capacities), "partnerships.accepted");
    }

    public void saveSettings() {
        Integer interval;
        try {
            interval = Integer.valueOf(getMonths().strip());
        } catch (NumberFormatException e) {
            messages.fieldError("settings:months", "partnerships.error.invalid_interval");
            reload();
            return;
        }
        act(() -> partnerships.updateSettings(page.getPartnershipId(), getTitle(), interval,
                getSettingsCapacities()), "partnerships.settings.saved");
    }

    /**
     * Asks "are you sure?", once closing can be done: a reflection too long or missing, or a partnership closed
     * meanwhile, is said at once (beside the box), not after "Yes".
     */
    public void askClose() {
        try {
            partnerships.checkClosing(page.getPartnershipId(), reflection);
            confirmingClose = true;
        } catch (PartnershipException e) {
            refused(e);
        } catch (AccessDenied e) {
            messages.error("partnerships.error.forbidden");
        }
        reload();
    }

    public void cancelClose() {
        confirmingClose = false;
        jakarta.faces.context.FacesContext.getCurrentInstance().getAttributes().put(CANCELLED, Boolean.TRUE);
        reload();
    }

    /** Whether this very request cancelled closing (the page then gives the focus back to the button). */
    public boolean isCloseCancelled() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        return faces != null && Boolean.TRUE.equals(faces.getAttributes().get(CANCELLED));
    }

    public void close() {
        confirmingClose = false;
        act(() -> partnerships.close(page.getPartnershipId(), reflection), ended -> ended.isActive() || ended
                .getStatus() == org.kmbportal.partnerships.PartnershipStatus.CLOSED
                        ? "partnerships.closed"
                        : "partnerships.done." + ended.getStatus().key());
    }

    public void handOver() {
        act(() -> partnerships.handOver(page.getPartnershipId(), mentorEmail), "partnerships.handedOver");
    }

    private void act(java.util.function.Supplier<Partnership> action, String done) {
        act(action, changed -> done);
    }

    /**
     * Does it, then says what it did (the message's key may depend on the outcome) or why it was refused, on the
     * partnership's own address; a refused action keeps what was typed.
     */
    private void act(java.util.function.Supplier<Partnership> action,
            java.util.function.Function<Partnership, String> done) {
        try {
            Partnership changed = action.get();
            page.refresh();
            title = null;
            months = null;
            settingsCapacities = null;
            mentorEmail = "";
            messages.info(done.apply(changed));
        } catch (PartnershipException e) {
            refused(e);
        } catch (AccessDenied e) {
            messages.error("partnerships.error.forbidden");
        }
        reload();
    }

    /** A refusal about one box is said beside it (the browser's tooltip said it before, in its language). */
    private void refused(PartnershipException e) {
        String box = BESIDE.get(e.code());
        if (box == null) {
            refusals.show(e);
        } else {
            refusals.showBeside(box, e, typedIn(box));
        }
    }

    /** The text typed in the box of that client id, whose length a refusal says; null for a box of no text. */
    private String typedIn(String box) {
        return switch (box) {
            case "settings:title" -> getTitle();
            case "accept:goals" -> goals;
            case "close:reflection" -> reflection;
            default -> null;
        };
    }

    public List<Term> getCapacityChoices() {
        return partnerships.capacityChoices();
    }

    public String termLabel(Term term) {
        return term.label().in(locale.getLanguage());
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public List<String> getCapacities() {
        return capacities;
    }

    public void setCapacities(List<String> capacities) {
        this.capacities = capacities;
    }

    public String getTitle() {
        return title == null ? page.getDashboard().partnership().getTitle() : title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMonths() {
        return months == null ? String.valueOf(page.getDashboard().partnership().getCheckInMonths()) : months;
    }

    public void setMonths(String months) {
        this.months = months;
    }

    public List<String> getSettingsCapacities() {
        if (settingsCapacities == null) {
            settingsCapacities = new ArrayList<>(page.getDashboard().partnership().getCapacities());
        }
        return settingsCapacities;
    }

    public void setSettingsCapacities(List<String> settingsCapacities) {
        this.settingsCapacities = settingsCapacities;
    }

    public String getReflection() {
        return reflection;
    }

    public void setReflection(String reflection) {
        this.reflection = reflection;
    }

    public boolean isConfirmingClose() {
        return confirmingClose;
    }

    public String getMentorEmail() {
        return mentorEmail;
    }

    public void setMentorEmail(String mentorEmail) {
        this.mentorEmail = mentorEmail;
    }
}
