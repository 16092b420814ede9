package org.kmbportal.accounts.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.kmbportal.web.SessionToken;

/**
 * Signing out from an error page ("Not allowed", "Page not found"), whose header is the same as every page's: such a
 * page cannot post back to itself (the error view has no address of its own, and the address asked for may refuse
 * the caller), so its "Sign out" button is a plain form posted here with the session's token, which another site
 * cannot read. Without the right token nothing happens but going home.
 */
@WebServlet(urlPatterns = "/sign-out")
public class SignOutServlet extends HttpServlet {

    static final String TOKEN = "token";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (SessionToken.matches(session, request.getParameter(TOKEN))) {
            request.logout();
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}
