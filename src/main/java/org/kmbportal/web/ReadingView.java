package org.kmbportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Whether the page being built is a reading page for an anonymous reader, kept without server state. */
@Named("readingView")
@RequestScoped
public class ReadingView {

    public boolean isStateless() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null
                && StatelessReadingPages.isStateless(context, context.getViewRoot().getViewId());
    }
}
