package org.kmbportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;

/**
 * An outside address as typed or pasted: the spaces around it go (no-break ones too), a space in its path, query or
 * fragment is written %20 as a browser does, and a space in the site's name stays for its writer to mend.
 */
class WebLinksTest {

    private static final Gen<String> AROUND = Gen.of(List.of("", " ", "  ", "\t", "\u00a0", " \u00a0 ", "\u202f",
            "\ufeff", "\n"));
    private static final Gen<String> PART = Gen.of(List.of("Closure", "checklist", "v2", "été", "report", "2024",
            "a-b", "x_y", "%C3%A9"));
    private static final Gen<String> INSIDE = Gen.of(List.of(" ", "  ", "\u00a0"));

    record Typed(String before, String host, List<String> parts, List<String> spaces, String after) {
        String text() {
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                path.append(parts.get(i)).append(i < parts.size() - 1 ? spaces.get(i) : "");
            }
            return before + "https://" + host + "/files/" + path + ".pdf?v=1" + after;
        }
    }

    static Stream<Typed> addresses() {
        return Gen.tries("typed-addresses", 100, random -> new Typed(AROUND.next(random), Gen.of("example.org",
                "www.kmb.test", "a.b.ca").next(random), PART.list(1, 4).next(random), INSIDE.list(3, 3).next(random),
                AROUND.next(random)));
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("addresses")
    void spacesAroundGoAndSpacesInThePathAreWrittenAsABrowserDoes(Typed typed) {
        String address = WebLinks.typed(typed.text());
        assertFalse(WebLinks.hasSpace(address), address);
        assertTrue(WebLinks.isHttp(address), address);
        assertTrue(address.startsWith("https://" + typed.host() + "/files/" + typed.parts().get(0)), address);
        assertTrue(address.endsWith(".pdf?v=1"), address);
        assertEquals(typed.parts().size() - 1 + typed.spaces().subList(0, typed.parts().size() - 1).stream()
                .mapToInt(s -> s.length() - 1).sum(), address.split("%20", -1).length - 1, address);
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("addresses")
    void aSpaceInTheSitesNameStaysForItsWriterToMend(Typed typed) {
        String address = WebLinks.typed(typed.before() + "https://exa" + typed.spaces().get(0) + "mple.org/x"
                + typed.after());
        assertTrue(WebLinks.hasSpace(address), address);
        assertEquals("https://exa" + typed.spaces().get(0) + "mple.org/x", address);
    }

    /** Characters a browser's address bar writes %XX in a path or query: a quote, angle brackets, braces and more. */
    private static final Gen<String> UNSAFE = Gen.of(List.of("\"", "<", ">", "`", "{", "}", "|", "\\", "^"));

    @ParameterizedTest(name = "try {index}")
    @MethodSource("addresses")
    void aQuoteOrAnotherCharacterAddressesCannotHoldInThePathOrQueryIsWrittenAsABrowserDoes(Typed typed) {
        java.util.Random random = new java.util.Random(typed.text().hashCode());
        String odd = UNSAFE.next(random);
        String address = WebLinks.typed(typed.text() + "&ref=kmb&x=" + odd + "q" + odd + "#" + odd);
        assertTrue(WebLinks.isHttp(address), address);
        assertFalse(address.contains(odd), address);
        String written = "%" + String.format("%02X", (int) odd.charAt(0));
        assertEquals(3, address.split(written, -1).length - 1, address);
        assertTrue(address.startsWith("https://" + typed.host() + "/files/"), address);
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("addresses")
    void aPortOutOfRangeIsNamedAsTheProblem(Typed typed) {
        java.util.Random random = new java.util.Random(typed.text().hashCode());
        String port = List.of("65536", "99999999999999999999", "0", String.valueOf(65536 + random.nextInt(900000)))
                .get(random.nextInt(4));
        String address = WebLinks.typed("https://" + typed.host() + ":" + port + "/");
        assertFalse(WebLinks.isHttp(address), address);
        assertTrue(WebLinks.hasBadPort(address), address);
        assertFalse(WebLinks.hasBadPort("https://" + typed.host() + ":" + (1 + random.nextInt(65535)) + "/x"));
        assertFalse(WebLinks.hasBadPort(WebLinks.typed(typed.text())));
    }
}
