package org.kmbportal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.platform.WebLinks;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * The DOI rules that the content format, the editor's form and the resource page share: which text is a DOI, and the
 * link a reader follows, which must reach the resolver with the whole DOI whatever characters its suffix holds.
 */
class DoiTest {

    @Test
    void takesDoisAsCitationsWriteThemAndRefusesAddressesAndNearMisses() {
        for (String doi : List.of("10.1016/j.evalprogplan.2019.101679", "10.1111/nyas.14537",
                "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O", "10.123456789/x")) {
            assertTrue(Doi.valid(doi), doi);
        }
        for (String notOne : List.of("", "https://doi.org/10.1111/nyas.14537", "doi:10.1111/nyas.14537",
                "10.111/nyas.14537", "10.1234567890/x", "10.1111/", "10.1111/nyas 14537", "11.1111/nyas.14537",
                " 10.1111/nyas.14537")) {
            assertFalse(Doi.valid(notOne), notOne);
        }
        assertFalse(Doi.valid(null));
    }

    @Test
    void anOrdinaryDoiLinksToTheResolverAsWritten() {
        assertEquals("https://doi.org/10.1016/j.evalprogplan.2019.101679",
                Doi.link("10.1016/j.evalprogplan.2019.101679"));
        assertEquals("https://doi.org/10.1016/j.evalprogplan.2019.101679",
                new Citation(List.of(), 2019, "", "", "", "", "", "10.1016/j.evalprogplan.2019.101679", "")
                        .articleLink());
    }

    @Test
    void aSuffixWithAddressCharactersIsEncodedSoTheResolverGetsAllOfIt() {
        String doi = "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O";
        assertEquals("https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-O",
                Doi.link(doi));
        URI odd = URI.create(Doi.link("10.1234/a#b?c%d"));
        assertNull(odd.getRawFragment(), "a # stays in the DOI");
        assertNull(odd.getRawQuery(), "a ? stays in the DOI");
        assertEquals("/10.1234/a#b?c%d", odd.getPath());
    }

    @Test
    void theSameDoiInOtherLettersIsTheSameWork() {
        assertEquals(Doi.key("10.1111/NYAS.14537"), Doi.key("10.1111/nyas.14537"));
        assertFalse(Doi.key("10.1111/nyas.14537").equals(Doi.key("10.1111/nyas.14538")));
    }

    /** Whatever follows a well-formed prefix, a valid DOI gives a link that reaches the resolver with all of it. */
    @ParameterizedTest(name = "try {index}")
    @MethodSource("oddSuffixes")
    void everyValidDoiHasALinkThatCarriesItWhole(String suffix) {
        String doi = "10.1234/" + suffix;
        if (!Doi.valid(doi)) {
            assertTrue(suffix.isEmpty() || suffix.chars().anyMatch(c -> " \t\n\u000B\f\r".indexOf(c) >= 0),
                    () -> "refused without a space: " + doi);
            return;
        }
        String link = Doi.link(doi);
        assertTrue(WebLinks.isHttp(link), link);
        URI uri = URI.create(link);
        assertEquals("doi.org", uri.getHost(), link);
        assertNull(uri.getRawQuery(), link);
        assertNull(uri.getRawFragment(), link);
        assertEquals("/" + doi, uri.getPath(), link);
    }

    /** Any text at all is answered, never an exception, and as the content format's rule says, read by hand. */
    @ParameterizedTest(name = "try {index}")
    @MethodSource("oddTexts")
    void anyTextIsADoiExactlyWhenTheRuleSaysSo(String text) {
        assertEquals(byTheRule(text), Doi.valid(text), text);
    }

    /** "10.", 4 to 9 digits, "/", then at least one character and no space, tab or line break. */
    private static boolean byTheRule(String text) {
        if (!text.startsWith("10.")) {
            return false;
        }
        int digits = 0;
        int i = 3;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            digits++;
            i++;
        }
        if (digits < 4 || digits > 9 || i >= text.length() || text.charAt(i) != '/') {
            return false;
        }
        String suffix = text.substring(i + 1);
        return !suffix.isEmpty() && suffix.chars().noneMatch(c -> " \t\n\u000B\f\r".indexOf(c) >= 0);
    }

    static Stream<String> oddSuffixes() {
        return Gen.tries("doi-suffix", 300, GeneratedText.upTo(80)).filter(DoiTest::wellFormed);
    }

    static Stream<String> oddTexts() {
        Gen<String> text = GeneratedText.upTo(40);
        Gen<String> prefixed = random -> Gen.of("10.", "10.1234/", "10.12/", "10.1234567890/", "doi:10.1234/", "")
                .next(random)
                + text.next(random);
        return Gen.tries("doi-text", 200, prefixed);
    }

    /** No lone surrogate: text a browser or a file could hold. */
    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(
                    i + 1)))) {
                return false;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return false;
            }
        }
        return true;
    }
}
