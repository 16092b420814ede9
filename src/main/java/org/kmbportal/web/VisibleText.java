package org.kmbportal.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

import org.kmbportal.platform.PlainText;

/**
 * Every text box of every page: a value that shows nothing (only spaces, zero-width or other invisible characters,
 * combining marks alone: {@link PlainText#isBlank}) is submitted as no value at all, so a required field says
 * "This field is required." for it exactly as for an empty one, and an optional one stays empty. Anything visible is
 * kept exactly as typed; the services check again with the same rule.
 */
@FacesConverter(forClass = String.class)
public class VisibleText implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isEmpty() || PlainText.isBlank(value) ? null : value;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
