package org.kmbportal.matching.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.library.web.TermsBean;
import org.kmbportal.matching.InvalidProfileException;
import org.kmbportal.matching.OrganizationProfile;
import org.kmbportal.matching.ProfileCodec;
import org.kmbportal.matching.ProfileConflict;
import org.kmbportal.matching.ProfileStore;
import org.kmbportal.web.Links;
import org.kmbportal.web.LocaleBean;
import org.kmbportal.web.Messages;
import org.kmbportal.web.TypedOn;

/**
 * "Save these answers for my organization" on the "For my organization" page ({@code organization.xhtml}), and its
 * "Save over" when a colleague saved in between. The save form sends the answers as typed, with the saved profile's
 * version they were given on: a save over a newer one is refused and both are shown ({@link TheirProfile}), and a
 * paragraph refused is kept whole in its box. Nothing refused is saved; the page ({@link OrganizationBacking}) then
 * shows the answers sent with their results.
 */
@Named("organizationSave")
@RequestScoped
public class OrganizationSaveBacking {

    /** The id of the conflict's form ("Save over"). */
    static final String CONFLICT_FORM = "profile-conflict";

    @Inject
    OrganizationBacking page;

    @Inject
    ProfileStore store;

    @Inject
    Guard guard;

    @Inject
    TermsBean terms;

    @Inject
    LocaleBean locale;

    @Inject
    Messages messages;

    @Inject
    Links links;

    private String savedState = "";
    private String savedChallenges = "";
    /** The saved profile's version the answers sent were given on (0: none saved then); the save is checked on it. */
    private long typedOn;
    /** The profile saved in the way of this page's save, shown with "Save over"; null without a conflict. */
    private TheirProfile theirs;

    /** Saves the answers shown for the person's organization, then shows them from there. */
    public void save() throws IOException {
        Caller caller = guard.requireSignedIn();
        FacesContext faces = FacesContext.getCurrentInstance();
        if (caller.organizationId() == null) {
            faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("organization.noOrganization"), null));
            page.load();
            return;
        }
        ChallengesBox box = ChallengesBox.of(savedChallenges, messages);
        if (box.refused()) {
            // Nothing saved, and said so: the paragraph stays whole in its box, what is wrong said beside it (it was
            // said saved, and the old one kept: prof57).
            faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("organization.notSaved"), null));
            page.showNotSaved(new OrganizationProfile(ProfileCodec.context(savedState), "", locale.getLanguage()), box,
                    typedOn);
            return;
        }
        OrganizationProfile answers = new OrganizationProfile(ProfileCodec.context(savedState), savedChallenges,
                locale.getLanguage());
        try {
            store.save(caller.organizationId(), answers, typedOn);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("organization.saved"), null));
            faces.getExternalContext().redirect(links.organization());
        } catch (ProfileConflict e) {
            // Nothing saved: the answers sent stay on the page, with the profile saved since and "Save over".
            theirs = TheirProfile.of(e, terms, messages.get("punctuation.colon"), locale.getLanguage());
            page.showNotSaved(answers, null, typedOn);
        } catch (InvalidProfileException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            page.load();
        }
    }

    /** The answers shown, for the save form to send back. */
    public String getSavedState() {
        return ProfileCodec.context(page.getProfile().context());
    }

    public void setSavedState(String state) {
        this.savedState = state == null ? "" : state;
    }

    public String getSavedChallenges() {
        return page.getProfile().challenges();
    }

    public void setSavedChallenges(String text) {
        this.savedChallenges = text == null ? "" : text.strip();
    }

    /** The saved profile's version the answers shown were given on, which the save form sends back. */
    public String getVersion() {
        return page.getVersion();
    }

    /** Sent by the save form: the version its answers were given on. */
    public void setVersion(String version) {
        typedOn = TypedOn.version(version).orElse(0L);
    }

    /** The version "Save over" sends: the one saved in the way, so that save goes over it (and no newer one). */
    public String getOverVersion() {
        return theirs == null ? page.getVersion() : Long.toString(theirs.version());
    }

    public void setOverVersion(String version) {
        setVersion(version);
    }

    /** The profile saved in the way of the save just tried, or null. */
    public TheirProfile getTheirs() {
        return theirs;
    }

    /**
     * Whether the conflict's form is shown: with a conflict, and while its "Save over" is read (JSF invokes a button
     * only if its form is rendered, and this request-scoped page knows the conflict no more).
     */
    public boolean isConflictShown() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return theirs != null || faces.getCurrentPhaseId() != jakarta.faces.event.PhaseId.RENDER_RESPONSE && faces
                .getExternalContext().getRequestParameterMap().containsKey(CONFLICT_FORM);
    }
}
