package org.kmbportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Gen;

/**
 * A guessed {@code /fr/…} or {@code /en/…} address goes to the same page with {@code ?lang=}: the query kept, the
 * language the prefix's, and never anywhere but a path on this site, nor to another prefixed address (no loop).
 */
class LanguagePrefixTest {

    @Test
    void aPrefixedAddressGoesToTheSamePathWithItsLanguageAndItsQuery() {
        assertEquals(Optional.of("/search?q=mentorat%20%C3%A9t%C3%A9&lang=fr"), LanguagePrefix.target("/fr/search",
                "q=mentorat%20%C3%A9t%C3%A9"));
        assertEquals(Optional.of("/?lang=fr"), LanguagePrefix.target("/fr/", null));
        assertEquals(Optional.of("/?lang=en"), LanguagePrefix.target("/en", null));
        assertEquals(Optional.of("/resources/some-slug?page=2&lang=en"), LanguagePrefix.target(
                "/en/resources/some-slug", "lang=fr&page=2&lang"));
        assertEquals(Optional.of("/search?lang=fr"), LanguagePrefix.target("/fr/en/fr/search", ""));
    }

    @Test
    void addressesWithoutAPrefixAndTheApiAreLeftAlone() {
        for (String path : List.of("/", "/search", "/french", "/english/x", "/fra/x", "/FR/search", "/fr/api/search",
                "/en/api", "/resources/fr")) {
            assertEquals(Optional.empty(), LanguagePrefix.target(path, "q=x"), path);
        }
    }

    @Test
    void theTargetIsAlwaysAPathOnThisSiteWithoutAPrefixForAnyPathAfterOne() {
        Gen<String> piece = Gen.of("/", "//", "\\", "/\\", "fr", "en", "api", "evil.example", "%2F", "%5C", "..", ".",
                "@", ":", "http:", "%0d%0a", "é", "?", "#", "search", "resources", " ");
        Gen<String> path = piece.list(0, 12).map(pieces -> String.join("", pieces));
        Gen.tries("language prefix targets", 2000, random -> Gen.of("/fr", "/en").next(random) + path.next(random))
                .forEach(address -> {
                    Optional<String> target = LanguagePrefix.target(address, "q=a&lang=xx");
                    target.ifPresent(t -> {
                        assertTrue(t.startsWith("/") && !t.startsWith("//") && !t.startsWith("/\\"), address + " -> "
                                + t);
                        assertFalse(t.matches("^/(fr|en)([/\\\\?].*)?$"), "one redirect settles it: " + address
                                + " -> " + t);
                        assertTrue(t.chars().allMatch(c -> c > ' ' && c < 0x7f), address + " -> " + t);
                        assertTrue(t.endsWith("q=a&lang=" + address.substring(1, 3)), address + " -> " + t);
                    });
                    if (!address.matches("^/(fr|en)(/.*)?$") || address.contains(" ")
                            || address.contains("é")) {
                        return;
                    }
                    assertTrue(target.isPresent()
                            || address.matches("^/(fr|en)([/\\\\]+(fr|en))*[/\\\\]+api([/\\\\?].*)?$")
                            || address.matches("^/(fr|en)(/(fr|en))*/api$"), "redirected: " + address);
                });
    }
}
