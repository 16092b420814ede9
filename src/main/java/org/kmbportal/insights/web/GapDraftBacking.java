package org.kmbportal.insights.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.platform.AccessDenied;
import org.kmbportal.web.FacesMessages;
import org.kmbportal.editorial.EditorialException;
import org.kmbportal.editorial.EditorialService;
import org.kmbportal.insights.GapDrafts;
import org.kmbportal.insights.Period;
import org.kmbportal.insights.Periods;
import org.kmbportal.insights.SignalRefused;
import org.kmbportal.platform.PortalClock;
import org.kmbportal.web.LocaleBean;

/**
 * "Start a draft from this gap" on the insight page: the gap's row posts its query and the period shown; the draft
 * is made through the editorial service and opened in the edit form; a second press opens the draft the first made,
 * and says so. Editors only (the service checks).
 */
@Named("gapDraft")
@RequestScoped
public class GapDraftBacking {

    @Inject
    GapDrafts drafts;

    @Inject
    PortalClock clock;

    @Inject
    LocaleBean locale;

    @Inject
    FacesMessages messages;

    public void start() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> params = external.getRequestParameterMap();
        String query = params.getOrDefault("query", "").strip();
        try {
            Period period = Periods.parse(params.get("from"), params.get("to"), clock.today());
            EditorialService.Started draft = drafts.start(period, query, locale.getCurrent());
            messages.info(draft.existing() ? "gap.draft.existing" : "gap.draft.started", query);
            messages.keepForRedirect();
            external.redirect(external.getRequestContextPath() + "/editor/edit?id="
                    + URLEncoder.encode(draft.id(), StandardCharsets.UTF_8));
        } catch (SignalRefused e) {
            messages.error(e.messageKey());
        } catch (AccessDenied e) {
            messages.error("gap.draft.editorsOnly");
        } catch (EditorialException e) {
            messages.error(e.messageKey());
        }
    }
}
