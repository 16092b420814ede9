package org.kmbportal.accounts.web;

import java.io.IOException;
import java.security.Principal;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kmbportal.accounts.AccountService;
import org.kmbportal.web.LanguageFilter;
import org.kmbportal.web.ReaderLanguage;

/**
 * Remembers on the account the language a signed-in person switches to (a page's {@code ?lang=} that differs from the
 * language they were reading), so that signing in on another browser opens the pages in it ({@link SignInBacking}).
 * Links within a page carry the page's own language and change nothing; a language asked of the API is for that
 * answer only.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class AccountLanguageFilter extends HttpFilter {

    @Inject
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal != null && !LanguageFilter.isApi(request)) {
            String chosen = request.getParameter(ReaderLanguage.PARAMETER);
            if (ReaderLanguage.isSupported(chosen) && !chosen.equals(ReaderLanguage.withoutParameter(request))) {
                accounts.rememberLanguage(principal.getName(), chosen);
            }
        }
        chain.doFilter(request, response);
    }
}
