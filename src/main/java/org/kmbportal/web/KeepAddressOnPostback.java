package org.kmbportal.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A form that sends its page back to itself keeps the page's address: {@code /editor/edit?id=…} stays so after a save,
 * instead of becoming {@code /editor/edit}, which names no resource (reloaded, bookmarked or shared, it was "Page not
 * found"). The query of the request being answered is added to the form's action; a postback carries it again.
 */
public class KeepAddressOnPostback extends ViewHandlerWrapper {

    public KeepAddressOnPostback(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot root = context.getViewRoot();
        if (root == null || !viewId.equals(root.getViewId()) || url.indexOf('?') >= 0
                || !(context.getExternalContext().getRequest() instanceof HttpServletRequest request)) {
            return url;
        }
        String query = request.getQueryString();
        return query == null || query.isEmpty() ? url : url + "?" + query;
    }
}
