package org.kmbportal.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A form that sends its page back to itself keeps the page's address: {@code /editor/edit?id=…} stays so after a save,
 * instead of becoming {@code /editor/edit}, which names no resource (reloaded, bookmarked or shared, it was "Page not
 * found"). The query of the request being answered is added to the form's action; a postback carries it again. The
 * action is the page's public address, never its view's file: a form on {@code /curate/} posts to {@code /curate/}
 * (not {@code /curate/index.xhtml}), one on {@code /account/used} to {@code /account/used}, so the address bar after a
 * post still shows the address people use (and a post after the session ended returns there after signing in).
 */
public class KeepAddressOnPostback extends ViewHandlerWrapper {

    private static final String FILE = ".xhtml";
    private static final String FOLDER_PAGE = "/index";

    public KeepAddressOnPostback(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = publicAddress(super.getActionURL(context, viewId));
        UIViewRoot root = context.getViewRoot();
        if (root == null || !viewId.equals(root.getViewId()) || url.indexOf('?') >= 0
                || !(context.getExternalContext().getRequest() instanceof HttpServletRequest request)) {
            return url;
        }
        String query = request.getQueryString();
        return query == null || query.isEmpty() ? url : url + "?" + query;
    }

    /**
     * The address people use for a view's address: without {@code .xhtml}, and a folder's {@code index} as the folder
     * ({@code /curate/index.xhtml} is {@code /curate/}); what follows the path is kept. Error pages' views are left
     * alone (they cannot be posted to by their own address).
     */
    static String publicAddress(String url) {
        int end = url.length();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '?' || c == '#' || c == ';') {
                end = i;
                break;
            }
        }
        String path = url.substring(0, end);
        if (!path.endsWith(FILE) || path.contains("/WEB-INF/")) {
            return url;
        }
        String page = path.substring(0, path.length() - FILE.length());
        if (page.endsWith(FOLDER_PAGE)) {
            page = page.substring(0, page.length() - "index".length());
        }
        return page + url.substring(end);
    }
}
