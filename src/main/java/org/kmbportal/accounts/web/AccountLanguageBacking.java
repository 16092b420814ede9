package org.kmbportal.accounts.web;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kmbportal.accounts.AccountService;
import org.kmbportal.web.Messages;
import org.kmbportal.web.PostRedirectGet;
import org.kmbportal.web.ReaderLanguage;

/**
 * The language setting on My account: the account's language (the pages open in it wherever its person signs in), and
 * this browser's cookie, chosen in a form sent by POST. The header's switch is a link: it changes the page's language
 * only, as for anyone not signed in (a GET that changed the account was a change a link on another site could make:
 * task fix59). The page comes back in the language chosen, saying so in it.
 */
@Named("accountLanguage")
@RequestScoped
public class AccountLanguageBacking {

    @Inject
    AccountService accounts;

    private String language;

    /** The account's language ticked, or the page's when it has none yet (the switch no longer changes it). */
    public String getLanguage() {
        if (language != null) {
            return language;
        }
        var person = request().getUserPrincipal();
        return (person == null ? java.util.Optional.<String> empty() : accounts.language(person.getName())).filter(
                ReaderLanguage::isSupported).orElseGet(() -> ReaderLanguage.of(request()));
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public void choose() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!ReaderLanguage.isSupported(language)) {
            // only a forged form sends another value: the page again, nothing changed
            PostRedirectGet.to("/account/");
            return;
        }
        String email = request().getUserPrincipal().getName();
        accounts.rememberLanguage(email, language);
        ReaderLanguage.remember(request(), (HttpServletResponse) faces.getExternalContext().getResponse(), language);
        String text = Messages.format(Locale.of(language), "account.languageSaved");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        PostRedirectGet.to("/account/?lang=" + language);
    }

    private static HttpServletRequest request() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return (HttpServletRequest) external.getRequest();
    }
}
