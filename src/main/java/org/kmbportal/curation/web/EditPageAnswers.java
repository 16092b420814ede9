package org.kmbportal.curation.web;

import java.io.IOException;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import org.kmbportal.curation.UnlistedLinks;
import org.kmbportal.web.Links;

/**
 * The collection editor's answers other than its form: an address without a collection leads to the curator's own
 * collections; a collection unknown to the reader, or one they may not change, is the error page it would be anywhere
 * else; and the collection's own addresses, its unlisted link whole as the curator passes it on.
 */
final class EditPageAnswers {

    private EditPageAnswers() {
    }

    /**
     * The editor's address without a collection (typed, or a link cut short): the curator's own collections, where
     * they choose one or start a new one, rather than "Page not found".
     */
    static void toMyCollections() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String lang = external.getRequestParameterMap().get("lang");
        external.redirect(external.getRequestContextPath() + "/curate/"
                + ("en".equals(lang) || "fr".equals(lang) ? "?lang=" + lang : ""));
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** 404 for a collection the reader may not know, 403 for one they may read but not change. */
    static void refuse(int status) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, "");
        faces.responseComplete();
    }

    /** The collection's page, with its unlisted key when it has one. */
    static String publicAddress(Links links, String id, String unlistedToken) {
        return links.home() + "collections/" + id + UnlistedLinks.query(unlistedToken);
    }

    /** The unlisted link as the curator passes it on (with the portal's scheme, host and port), or null. */
    static String unlistedLink(Links links, String id, String unlistedToken) {
        if (unlistedToken == null) {
            return null;
        }
        var request = (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance()
                .getExternalContext().getRequest();
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + publicAddress(links, id, unlistedToken);
    }
}
