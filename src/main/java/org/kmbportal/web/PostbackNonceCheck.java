package org.kmbportal.web;

import java.util.Map;
import java.util.Objects;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * A postback to a stateful page must carry the script nonce PrimeFaces gave that page. PrimeFaces itself compares them
 * only when it renders the answer, after the form's action has run; here the comparison happens as soon as the view is
 * restored, and a missing or foreign nonce is treated like an expired view: the "page expired" page, and no action.
 * So is a form of a stateful page that claims to carry no state.
 */
public class PostbackNonceCheck extends ViewHandlerWrapper {

    /** The name under which PrimeFaces keeps the nonce in the view map and sends it with each form. */
    static final String NONCE = "primefaces.nonce";

    public PostbackNonceCheck(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        String state = context.getExternalContext().getRequestParameterMap().get("jakarta.faces.ViewState");
        if ("stateless".equals(state) && !StatelessReadingPages.isStateless(context, viewId)) {
            // A stateful page's form claiming to have no state: tampered (the server would fail to rebuild it).
            throw new ViewExpiredException("A stateless postback to a stateful page", viewId);
        }
        UIViewRoot root = super.restoreView(context, viewId);
        if (root == null || root.isTransient()) {
            return root;
        }
        Map<String, Object> viewMap = root.getViewMap(false);
        Object expected = viewMap == null ? null : viewMap.get(NONCE);
        String given = context.getExternalContext().getRequestParameterMap().get(NONCE);
        if (expected != null && !Objects.equals(expected, given)) {
            throw new ViewExpiredException("The form's script nonce is missing or not this page's", viewId);
        }
        return root;
    }
}
