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
     * "For my organization" with this text in its challenges box (a paragraph a search refused), so the reader need
     * not paste it again; nothing is matched or saved until they press its button.
     */
    public String organizationWith(String challenges, String language) {
        // Whole, however long: the page says beside its box when it is longer than a profile keeps (it was cut to the
        // first 3,000 characters here, without a word). It is no longer than the search's own address.
        String text = challenges == null ? "" : challenges.replaceAll("\\p{Cntrl}", " ").strip();
        return organization() + "?challenges=" + encode(text) + "&lang=" + encode(language);
    }

    public String search() {
        return request.getContextPath() + "/search";
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
