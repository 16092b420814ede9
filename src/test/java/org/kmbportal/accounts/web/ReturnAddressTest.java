package org.kmbportal.accounts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/** After signing in the reader goes back to the page they asked for: a page of this site, never another site. */
class ReturnAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/partnerships/plan?id=1", "/editor/edit?id=closing-a-match-well",
            "/resources/grossman-2002-test-of-time", "/search?q=mentor+%C3%A9cole&type=guide", "/collections/",
            "/browse?topic=a:b"})
    void keepsAPageOfThisSite(String path) {
        assertEquals(Optional.of(path), ReturnAddress.safe(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "http://evil.example", "//evil.example/x", "///evil.example",
            "/\\evil.example", "\\\\evil.example", "\\/evil.example", "javascript:alert(1)", "data:text/html,x",
            "evil.example", " /browse", "/browse\r\nSet-Cookie: a=b", "/a\tb", "/a b", "/a\u0000", "/a\u2028b",
            "/a\u00a0b", "/\u202Eevil",
            "/sign-in", "/sign-in?next=/browse", ""})
    void refusesWhatCouldLeadElsewhereOrNowhere(String path) {
        assertEquals(Optional.empty(), ReturnAddress.safe(path), path);
    }

    @ParameterizedTest
    @ValueSource(ints = {ReturnAddress.MAX_LENGTH, ReturnAddress.MAX_LENGTH + 1})
    void refusesAnAddressLongerThanAnyPage(int length) {
        String path = "/" + "a".repeat(length - 1);
        assertEquals(length <= ReturnAddress.MAX_LENGTH, ReturnAddress.safe(path).isPresent());
    }

    /** Whatever is typed into the address after {@code ?next=}, what is kept is a path of this site. */
    @ParameterizedTest(name = "try {index}")
    @MethodSource("typedAddresses")
    void anyTypedAddressGivesAPathOfThisSiteOrNothing(String typed) {
        ReturnAddress.safe(typed).ifPresent(path -> {
            assertTrue(path.startsWith("/") && !path.startsWith("//"), path);
            assertTrue(path.chars().allMatch(c -> c > ' ' && c < 0x7f && c != '\\'), path);
            assertEquals(typed, path, "a path is kept as it was asked for");
        });
    }

    /** A search for anything, as the page's own address carries it (encoded), is gone back to as it was. */
    @ParameterizedTest(name = "try {index}")
    @MethodSource("searches")
    void anySearchOfThisSiteIsGoneBackTo(String words) {
        String path = "/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8) + "&page=2";
        assertEquals(Optional.of(path), ReturnAddress.safe(path));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"/account/index.xhtml,,/account/",
            "/account/used.xhtml,,/account/used",
            "/account/index,,/account/", "/index.xhtml,,/", "/partnerships/plan.xhtml,id=3,/partnerships/plan?id=3",
            "/curate/index.xhtml,,/curate/", "/collections.xhtml,,/collections",
            "/resource.xhtml,id=grossman-2002-test-of-time,/resources/grossman-2002-test-of-time",
            "/resource,id=a-b&lang=fr,/resources/a-b?lang=fr", "/collection.xhtml,key=k&id=c1,/collections/c1?key=k",
            "/resource.xhtml,,/resource", "/browse,type=guide,/browse?type=guide", "/resources/x,,/resources/x",
            "/editor/import/upload,,/editor/import"})
    void aPageIsNamedByTheAddressPeopleUse(String path, String query, String expected) {
        assertEquals(expected, ReturnAddress.publicAddress(path, query));
    }

    /** The folders said to need signing in are exactly those web.xml protects, so the notice follows the rules. */
    @org.junit.jupiter.api.Test
    void thePagesThatNeedSigningInAreThoseWebXmlProtects() throws Exception {
        String webXml = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/webapp/WEB-INF/web.xml"));
        java.util.Set<String> protectedFolders = new java.util.TreeSet<>();
        java.util.regex.Matcher constraint = java.util.regex.Pattern.compile(
                "(?s)<security-constraint>(.*?)</security-constraint>").matcher(webXml);
        while (constraint.find()) {
            if (!constraint.group(1).contains("<role-name>")) {
                continue;
            }
            java.util.regex.Matcher pattern = java.util.regex.Pattern.compile("<url-pattern>([^<]+)</url-pattern>")
                    .matcher(constraint.group(1));
            while (pattern.find()) {
                String url = pattern.group(1).replace("/*", "");
                assertTrue(ReturnAddress.needsSignIn(url), url);
                assertTrue(ReturnAddress.needsSignIn(url + "/anything?id=1"), url);
                protectedFolders.add("/" + url.split("/")[1]);
            }
        }
        assertEquals(new java.util.TreeSet<>(ReturnAddress.SIGNED_IN_FOLDERS), protectedFolders);
        for (String open : java.util.List.of("/", "/search?q=x", "/browse", "/resources/x", "/collections/",
                "/organization", "/about", "/sign-up", "/editorial", "/accounts", "/editor/../browse",
                "/partnershipsx")) {
            assertFalse(ReturnAddress.needsSignIn(open), open);
        }
    }

    static Stream<String> searches() {
        return Gen.tries("return-address-search", 200,
                Gen.oneOf(GeneratedText.upTo(200), GeneratedText.libraryWords(200)));
    }

    static Stream<String> typedAddresses() {
        Gen<String> prefix = Gen.of("", "/", "//", "/\\", "\\", "https://", "http:", "/%2F/", "/./", "/../", " /");
        Gen<String> text = Gen.oneOf(GeneratedText.upTo(60), GeneratedText.libraryWords(60));
        return Gen.tries("return-address", 400, random -> prefix.next(random) + text.next(random));
    }

    /**
     * "Add to a collection" posted after the session ended: back to the page the form was on (its Referer, when it is
     * this site's page), never to the endpoint, which a browser would then open by GET (user session of 2026-12-06:
     * "HTTP Status 405" after signing in, the typed text lost).
     */
    @org.junit.jupiter.api.Test
    void addingToACollectionAfterTheSessionEndedComesBackToThePageTheFormWasOn() {
        assertEquals(Optional.of("/resources/starting-group-mentoring?lang=en"), ReturnAddress.afterAdding(
                "http://127.0.0.1:8080/resources/starting-group-mentoring?lang=en", "127.0.0.1", ""));
        assertEquals(Optional.of("/search?lang=fr&q=Comment+recruter+%C3%A0+la+campagne+%3F&sig=abc"), ReturnAddress
                .afterAdding("https://kmb.example/portal/search?lang=fr&q=Comment+recruter+%C3%A0+la+campagne+%3F"
                        + "&sig=abc", "KMB.example", "/portal"));
        assertEquals(Optional.of("/resources/x"), ReturnAddress.afterAdding("http://h/resource.xhtml?id=x", "h", ""),
                "by the address people use");
        for (String foreign : new String[]{null, "", "http://evil.example/resources/x", "javascript:alert(1)",
                "http://h/curate/add", "http://h/api/collections", "http://h/sign-in?next=/x", "http://h//evil",
                "http://h/other/x", "not an address at all", "http://h/a\\b", "ftp://h/resources/x"}) {
            assertEquals(Optional.of("/curate/"), ReturnAddress.afterAdding(foreign, "h", foreign != null && foreign
                    .contains("/other/") ? "/portal" : ""), String.valueOf(foreign));
        }
        java.util.Random random = new java.util.Random(Gen.seed());
        Gen<String> odd = GeneratedText.upTo(300);
        for (int i = 0; i < 500; i++) {
            String referer = "http://h/" + odd.next(random);
            Optional<String> back = ReturnAddress.afterAdding(referer, "h", "");
            assertTrue(back.isPresent() && ReturnAddress.safe(back.get()).equals(back), referer);
        }
    }
}
