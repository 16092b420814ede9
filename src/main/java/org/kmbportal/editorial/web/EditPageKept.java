package org.kmbportal.editorial.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.kmbportal.library.PublicationStatus;
import org.kmbportal.web.KeptForms;
import org.kmbportal.web.PostRedirectGet;

/**
 * The edit page ({@link EditBacking}) as one of its buttons answered it, kept across the redirect to the page's own
 * address (Post/Redirect/Get): the form as sent or saved, the conflict shown, the question asked, and the review
 * panel's date and comment. When the answer holds text not saved (a conflict, a refusal), the page is also kept for the
 * session under a number its address carries ({@code kept=}): a reload (or the language switch) shows the same
 * conflict with the text typed, not the saved version with the text gone without a word.
 */
record EditPageKept(ResourceForm form, PublicationStatus status, long version, String baseText, String note,
        TheirSave their, String asking, String cancelled, String publishAt, String comment) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The flash key of the page kept across the redirect after a button, with the resource's id. */
    private static final String KEPT = "kmb.edit-form.";

    /** The page as the button just pressed on the resource's edit page left it, if the page comes from one. */
    static Optional<EditPageKept> afterButton(String id) {
        return PostRedirectGet.kept(KEPT + id, EditPageKept.class);
    }

    /** The page kept for the session under the address's number ({@code kept=}), if any: a reload, the switch. */
    static Optional<EditPageKept> byAddress(KeptForms keptForms, String id, String number) {
        return keptForms.kept(KEPT + id, number, EditPageKept.class);
    }

    /**
     * Answers with a redirect to the resource's edit page, this page going with it; kept for the session too (its
     * number in the address) when it holds a conflict or a refusal.
     */
    void answer(String id, KeptForms keptForms) {
        String address = "/editor/edit?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
        FacesMessage.Severity worst = FacesContext.getCurrentInstance().getMaximumSeverity();
        if (their != null || worst != null && worst.compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
            address += "&" + KeptForms.PARAMETER + "=" + keptForms.keep(KEPT + id, this);
        }
        PostRedirectGet.to(address, KEPT + id, this);
    }
}
