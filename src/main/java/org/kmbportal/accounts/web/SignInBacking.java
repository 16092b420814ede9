package org.kmbportal.accounts.web;

import org.kmbportal.web.FacesMessages;
import org.kmbportal.web.LocaleBean;
import org.kmbportal.web.Messages;
import org.kmbportal.web.QuotedText;
import org.kmbportal.web.ReaderLanguage;

import java.io.IOException;
import java.security.Principal;
import java.time.Duration;

import java.util.Optional;
import java.util.OptionalLong;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.kmbportal.accounts.AccountService;
import org.kmbportal.accounts.CheckedSignIn;
import org.kmbportal.accounts.SignInThrottle;
import org.kmbportal.accounts.ThrottlePolicy;
import org.kmbportal.platform.PortalClock;
import org.kmbportal.web.ClientAddress;

/**
 * The sign-in page ({@code sign-in.xhtml}). Counts the attempt first and refuses at once while the account or the
 * address must wait or is locked; otherwise asks Jakarta Security, with a new session id so that a session planted
 * before sign-in is worthless. Afterwards the visitor goes back to the page they asked for ({@link ReturnAddress}).
 * Someone already signed in is checked the same way; the right email and password of an account end the session and
 * open a new one as that account, a wrong one leaves the session as it was.
 */
@Named("signIn")
@RequestScoped
public class SignInBacking {

    private static final String SOTERIA_IN_PROGRESS = "org.glassfish.soteria.caller_initiated_authentication";

    @Inject
    SecurityContext security;

    @Inject
    SignInThrottle throttle;

    @Inject
    AccountService accounts;

    @Inject
    FacesMessages messages;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SessionBacking visitor;

    @Inject
    Messages messageText;

    @Inject
    LocaleBean locale;

    @Inject
    PortalClock clock;

    @Inject
    org.kmbportal.accounts.SuspendedSignIn suspended;

    private String email;
    private String password;

    public void signIn() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (email != null && !email.strip().matches("[^@\\s]+@[^@\\s]+")) {
            // Not an address at all: said beside its box (the browser's tooltip said it, in its own language), and
            // no password is tried for it.
            messages.fieldError("signin:email", "account.badEmail");
            return;
        }
        String address = ClientAddress.of(request);
        ThrottlePolicy.Verdict verdict = throttle.begin(email, address);
        if (!verdict.allowed()) {
            long seconds = Math.max(1, Duration.between(clock.now(), verdict.retryAt()).toSeconds() + 1);
            if (verdict.locked()) {
                messages.error("signIn.locked", (seconds + 59) / 60);
            } else {
                messages.error("signIn.wait", seconds);
            }
            return;
        }
        UsernamePasswordCredential credential = new UsernamePasswordCredential(email == null ? "" : email.strip(),
                new Password(password == null ? "" : password));
        Principal previous = request.getUserPrincipal();
        Credential signingIn = credential;
        if (previous != null) {
            // The server keeps a session's sign-in once made and would answer "signed in" without looking at the
            // password: checked here first, and a wrong one leaves the session signed in as it was. The check's
            // result then signs in: the password is hashed once, not twice.
            Optional<CheckedSignIn> checked = CheckedSignIn.check(identityStores, credential);
            if (checked.isEmpty()) {
                refused(request, address);
                return;
            }
            signingIn = checked.get();
            // The account signed in until now is signed out and its session ended: nothing of it goes on.
            request.logout();
            request.getSession().invalidate();
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        // Read before signing in: a change of password or roles meanwhile then ends this new session too.
        OptionalLong epoch = accounts.sessionEpoch(credential.getCaller());
        AuthenticationStatus status = security.authenticate(request, response,
                AuthenticationParameters.withParams().credential(signingIn).newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> {
                throttle.succeeded(email, address);
                SessionEpochFilter.remember(request.getSession(false), epoch);
                openInChosenLanguage(request, response, credential.getCaller());
                faces.responseComplete();
            }
            case SUCCESS -> {
                throttle.succeeded(email, address);
                if (previous != null && !previous.getName().equals(request.getRemoteUser())) {
                    accounts.recordSignInOver(previous.getName(), credential.getCaller());
                }
                SessionEpochFilter.remember(request.getSession(false), epoch);
                String next = getNext().orElse("/");
                Optional<String> chosen = openInChosenLanguage(request, response, credential.getCaller());
                external.redirect(external.getRequestContextPath()
                        + chosen.map(language -> ReaderLanguage.inLanguage(next, language)).orElse(next));
            }
            default -> refused(request, address);
        }
    }

    /**
     * The pages open in the account's language (saved by My account's form), on whichever browser they sign in, also
     * after the header's switch or an address in the other language before signing in: those change the pages being
     * read, never the account (task fix60: signing in saved the switch's language over the account's). An account with
     * no language saved keeps this browser's choice (the switch, or the sign-in page asked for by a page in the other
     * language than the browser's); a browser's own preference is not a choice.
     *
     * @return the account's language, when it is the one the pages open in
     */
    private Optional<String> openInChosenLanguage(HttpServletRequest request, HttpServletResponse response,
            String caller) {
        Optional<String> saved = accounts.language(caller).filter(ReaderLanguage::isSupported);
        if (saved.isPresent()) {
            ReaderLanguage.remember(request, response, saved.get());
            return saved;
        }
        Optional<String> here = ReaderLanguage.rememberedChoice(request).or(() -> Optional.ofNullable(ReaderLanguage
                .askedPageLanguage(getNext().orElse(null))).filter(
                        asked -> !asked.equals(ReaderLanguage
                                .browserPreference(request))));
        here.ifPresent(language -> ReaderLanguage.remember(request, response, language));
        return Optional.empty();
    }

    private void refused(HttpServletRequest request, String address) {
        // Soteria leaves its "caller-initiated authentication" mark in the session after a failure; later requests to
        // protected pages would then get an empty answer instead of the way to this page.
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SOTERIA_IN_PROGRESS);
        }
        if (suspended.wasRefused()) {
            // The password was right: not a guess, so not counted against the address.
            throttle.succeeded(email, address);
            messages.error("signIn.suspended");
            return;
        }
        throttle.failed(email, address);
        messages.error("signIn.failed");
    }

    /**
     * "You are signed in as “Name”.", when the page is opened by someone signed in: signing in here signs them out
     * and in as the account whose email and password they give.
     */
    public String getSignedInAs() {
        return visitor.isSignedIn()
                ? messageText.get("signIn.signedInAs", QuotedText.name(visitor.getDisplayName(),
                        locale.getCurrent()))
                : "";
    }

    /**
     * The page to go back to after signing in ({@code ?next=}, kept on the form's address when it posts), if it is a
     * page of this site; it also tells the page to say why the visitor is asked to sign in.
     */
    public Optional<String> getNext() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        return ReturnAddress.safe(request.getParameter(ReturnAddress.PARAMETER));
    }

    /**
     * Whether to say "sign in to see this page": only when the page to go back to needs signing in (a visitor sent
     * here by its access check), not for a public page named in {@code ?next=} nor for a sign-in from the header.
     */
    public boolean isAskedByPage() {
        return getNext().filter(ReturnAddress::needsSignIn).isPresent();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
