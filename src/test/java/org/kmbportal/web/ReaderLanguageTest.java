package org.kmbportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Gen;

/**
 * After signing in, the page asked for opens in the account's chosen language: the address's own {@code lang} pairs say
 * it instead, and nothing else of the address changes.
 */
class ReaderLanguageTest {

    @Test
    void theAddressSaysTheChosenLanguageAndKeepsEverythingElse() {
        assertEquals("/search?q=mentorat&lang=fr", ReaderLanguage.inLanguage("/search?q=mentorat&lang=en", "fr"));
        assertEquals("/organization?lang=en#matches", ReaderLanguage.inLanguage("/organization?lang=fr#matches",
                "en"));
        assertEquals("/account", ReaderLanguage.inLanguage("/account", "fr"));
        assertEquals("/a?lang=fr&b=1&lang=fr", ReaderLanguage.inLanguage("/a?lang&b=1&lang=xx", "fr"));
        assertEquals("/a?language=en&lang=fr", ReaderLanguage.inLanguage("/a?language=en&lang=en", "fr"));
        assertEquals("/a#x?lang=en", ReaderLanguage.inLanguage("/a#x?lang=en", "fr"));
    }

    @Test
    void generatedAddressesKeepTheirOtherPairsInOrder() {
        Gen<String> name = Gen.of("q", "lang", "page", "kept", "language", "slang", "l", "next", "é", "q%20x");
        Gen<String> value = Gen.of("", "en", "fr", "mentorat%20%C3%A9t%C3%A9", "a=b", "?", "%26lang%3Den", "12",
                "jeunes à risque");
        Gen.tries("addresses with lang pairs", 2000, random -> {
            List<String> pairs = new ArrayList<>();
            int count = random.nextInt(6);
            for (int i = 0; i < count; i++) {
                String n = name.next(random);
                pairs.add(random.nextInt(5) == 0 ? n : n + "=" + value.next(random));
            }
            String fragment = random.nextBoolean() ? "" : "#" + value.next(random);
            return "/" + Gen.of("search", "resources/x", "", "partnerships/3/plan").next(random)
                    + (pairs.isEmpty() && random.nextBoolean() ? "" : "?" + String.join("&", pairs)) + fragment;
        }).forEach(address -> {
            for (String language : List.of("en", "fr")) {
                String rewritten = ReaderLanguage.inLanguage(address, language);
                int query = address.indexOf('?');
                int hash = address.indexOf('#');
                if (query < 0 || (hash >= 0 && hash < query)) {
                    assertEquals(address, rewritten);
                    continue;
                }
                assertEquals(address.substring(0, query), rewritten.substring(0, rewritten.indexOf('?')), address);
                String before = hash < 0 ? address.substring(query + 1) : address.substring(query + 1, hash);
                int rewrittenHash = rewritten.indexOf('#', rewritten.indexOf('?'));
                String after = rewrittenHash < 0
                        ? rewritten.substring(rewritten.indexOf('?') + 1)
                        : rewritten.substring(rewritten.indexOf('?') + 1, rewrittenHash);
                String[] was = before.split("&", -1);
                String[] now = after.split("&", -1);
                assertEquals(was.length, now.length, address + " -> " + rewritten);
                for (int i = 0; i < was.length; i++) {
                    boolean isLanguage = was[i].equals("lang") || was[i].startsWith("lang=");
                    assertEquals(isLanguage ? "lang=" + language : was[i], now[i], address + " -> " + rewritten);
                }
                assertTrue(hash < 0 ? rewrittenHash < 0 : rewritten.endsWith(address.substring(hash)), address);
            }
        });
    }
}
