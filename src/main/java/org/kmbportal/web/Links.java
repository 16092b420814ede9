package org.kmbportal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Addresses of the library's pages, so that pages and beans build them one way. */
@Named("links")
@RequestScoped
public class Links {

    /**
     * The longest search the portal takes: a longer query (typed, from an address or the API) is refused with a
     * message saying so.
     */
    public static final int SEARCH_MAX_LENGTH = 500;

    @Inject
    HttpServletRequest request;

    public String home() {
        return request.getContextPath() + "/";
    }

    public String resource(String id) {
        return request.getContextPath() + "/resources/" + encode(id);
    }

    public String organization() {
        return request.getContextPath() + "/organization";
    }

    /**
     * How much of a text goes into "For my organization"'s challenges box by its address: what the box holds (the
     * challenges' limit, matching's {@code OrganizationProfile.MAX_CHALLENGES}), so a page does not repeat a text of
     * any length in a link.
     */
    static final int CHALLENGES_BOX = 3000;

    /**
     * "For my organization" with this text in its challenges box (a paragraph a search refused), so the reader need
     * not paste it again; nothing is matched or saved until they press its button.
     */
    public String organizationWith(String challenges, String language) {
        String text = challenges == null ? "" : challenges.replaceAll("\\p{Cntrl}", " ").strip();
        if (text.length() > CHALLENGES_BOX) {
            text = text.substring(0, CHALLENGES_BOX);
        }
        return organization() + "?challenges=" + encode(text) + "&lang=" + encode(language);
    }

    public String search() {
        return request.getContextPath() + "/search";
    }

    /**
     * How much a page's search box holds: a whole paragraph, as much as "For my organization" takes. A search over
     * {@link #SEARCH_MAX_LENGTH} is refused with a message, and a paragraph refused so reaches that page whole, as
     * pasted; at 500 characters the box had cut it, silently, before the refusal could carry it (user session us48).
     */
    public static final int SEARCH_BOX_LENGTH = CHALLENGES_BOX;

    /** For pages' search boxes: {@link #SEARCH_BOX_LENGTH}. */
    public int searchMaxLength() {
        return SEARCH_BOX_LENGTH;
    }

    /** A search hit's page: collections have their own pages, everything else is a resource. */
    public String resourceOrCollection(String type, String id) {
        return "collection".equals(type) ? request.getContextPath() + "/collections/" + encode(id) : resource(id);
    }

    public String browse() {
        return request.getContextPath() + "/browse";
    }

    /** The listing of resources described with a term (topics get the short form {@code ?topic=}). */
    public String term(String vocabulary, String term) {
        if ("topics".equals(vocabulary)) {
            return browse() + "?topic=" + encode(term);
        }
        return browse() + "?facet=" + encode(vocabulary) + "&term=" + encode(term);
    }

    public String type(String typeKey) {
        return browse() + "?type=" + encode(typeKey);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
