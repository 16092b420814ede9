package org.kmbportal.web;

import java.io.IOException;
import java.util.Map;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Every form of a stateful page carries the page's script nonce in its HTML, so it can be sent without JavaScript.
 * PrimeFaces adds the nonce to a form with its script when the form is sent, and {@link PostbackNonceCheck} treats a
 * postback without it as expired: a reader whose browser runs no script (or whose scripts failed to load) could not
 * even sign in ("Page expired"). The nonce is no secret from the page: its scripts carry it too. When the script adds
 * it as well, both carry the same value.
 */
public class NonceInEveryForm implements SystemEventListener {

    /** The id of the field in each form. */
    static final String ID = "kmb-nonce";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        UIViewRoot root = (UIViewRoot) event.getSource();
        if (!root.isTransient()) {
            addTo(root);
        }
    }

    private static void addTo(UIComponent component) {
        if (component instanceof UIForm form) {
            if (form.getChildren().stream().noneMatch(c -> ID.equals(c.getId()))) {
                Field field = new Field();
                field.setId(ID);
                field.setTransient(true);
                form.getChildren().add(0, field);
            }
            return;
        }
        for (UIComponent child : component.getChildren()) {
            addTo(child);
        }
        component.getFacets().values().forEach(NonceInEveryForm::addTo);
    }

    /** The hidden field, rendered with the nonce PrimeFaces keeps in the view's map (nothing when it has none). */
    public static class Field extends UIComponentBase {

        @Override
        public String getFamily() {
            return "org.kmbportal.NonceField";
        }

        @Override
        public void encodeBegin(FacesContext context) throws IOException {
            Map<String, Object> viewMap = context.getViewRoot().getViewMap(false);
            Object nonce = viewMap == null ? null : viewMap.get(PostbackNonceCheck.NONCE);
            if (nonce == null) {
                return;
            }
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", this);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", PostbackNonceCheck.NONCE, null);
            writer.writeAttribute("value", nonce.toString(), null);
            writer.endElement("input");
        }
    }
}
