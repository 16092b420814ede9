package org.kmbportal.accounts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.Test;
import org.kmbportal.accounts.AccountService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A session whose roles changed ends on a page the reader sees, not on the icon the browser fetches by itself. */
class SessionEpochFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"/favicon.svg", "/favicon.ico", "/apple-touch-icon.png", "/icon-512.png"})
    void theSitesIconsLeaveTheSessionToTheNextPage(String path) {
        assertTrue(SessionEpochFilter.isSiteIcon(path));
    }

    /**
     * A page opened by GET is checked before the server restores the sign-in ({@link SessionEpochBeforeAccess}); the
     * filter then lets it through without looking the epoch up again, and still checks every other request.
     */
    @Test
    void aRequestAlreadyCheckedBeforeAccessIsNotLookedUpAgainAndOthersAre() throws Exception {
        String email = "epoch-" + System.nanoTime() + "@kmb.test";
        List<String> lookedUp = new ArrayList<>();
        SessionEpochFilter filter = new SessionEpochFilter();
        filter.accounts = new AccountService() {
            @Override
            public OptionalLong sessionEpoch(String who) {
                lookedUp.add(who);
                return OptionalLong.of(7);
            }
        };
        Map<String, Object> sessionAttributes = new HashMap<>(Map.of(SessionEpochFilter.EPOCH, 7L,
                SessionEpochFilter.CALLER, email));
        HttpSession session = proxy(HttpSession.class, sessionAttributes, null, null);
        int[] passed = {0};

        Map<String, Object> checked = new HashMap<>(Map.of(SessionEpochFilter.CHECKED, email));
        filter.doFilter(proxy(HttpServletRequest.class, checked, session, email), (HttpServletResponse) null,
                (rq, rs) -> passed[0]++);
        assertEquals(List.of(), lookedUp, "checked once, before access");
        assertEquals(1, passed[0]);

        filter.doFilter(proxy(HttpServletRequest.class, new HashMap<>(), session, email), (HttpServletResponse) null,
                (rq, rs) -> passed[0]++);
        assertEquals(List.of(email), lookedUp, "a request not checked before (a form, the API) is checked here");
        assertEquals(2, passed[0]);

        Map<String, Object> someoneElse = new HashMap<>(Map.of(SessionEpochFilter.CHECKED, "other@kmb.test"));
        filter.doFilter(proxy(HttpServletRequest.class, someoneElse, session, email), (HttpServletResponse) null,
                (rq, rs) -> passed[0]++);
        assertEquals(List.of(email, email), lookedUp, "a check of another account's epoch does not count");
    }

    /** A request or session holding attributes; a request also has a session, a signed-in caller and a path. */
    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Map<String, Object> attributes, HttpSession session, String caller) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, method, args) -> {
            switch (method.getName()) {
                case "getAttribute" :
                    return attributes.get((String) args[0]);
                case "setAttribute" :
                    attributes.put((String) args[0], args[1]);
                    return null;
                case "removeAttribute" :
                    attributes.remove((String) args[0]);
                    return null;
                case "getSession" :
                    return session;
                case "getUserPrincipal" :
                    return (Principal) () -> caller;
                case "getRequestURI" :
                    return "/editor/";
                case "getContextPath" :
                    return "";
                case "getMethod" :
                    return "GET";
                default :
                    throw new UnsupportedOperationException(method.getName());
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/browse", "/resources/grossman-2002-test-of-time", "/editor/edit", "/editor/x.png",
            "/api/resources/x.svg", "/account/", "/resource.xhtml", "/../x.png", "/a.png/x", "/x.png;jsessionid=1"})
    void everyPageAndEndpointChecksTheSession(String path) {
        assertFalse(SessionEpochFilter.isSiteIcon(path), path);
    }
}
