package org.kmbportal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The API's refusals are said in the caller's language through the message bundle (user session api57: a French
 * caller got "Sign in first.", "Send JSON …" and a dozen others in English), and a guard keeps new ones from being
 * written as English text in the code.
 */
class ApiRefusalWordsTest {

    private static final Path MAIN = Path.of("src/main/java/org/kmbportal");
    /** A bundle key the API's code names: {@code "api.…"} in a Java string. */
    private static final Pattern API_KEY = Pattern.compile("\"(api\\.[a-zA-Z]+\\.[a-zA-Z]+)\"");
    /**
     * A refusal whose message is English text in the code: {@code ApiException.badRequest(code, "…")},
     * {@code ApiException.notFound("…")}, {@code new ApiException(s, code, "…")} or
     * {@code ApiResponses.error(s, code, "…")}.
     */
    private static final Pattern LITERAL_REFUSAL = Pattern.compile(
            "(ApiException\\.badRequest\\([^,]+,\\s*\"|ApiException\\.notFound\\(\\s*\"|new ApiException\\([^,]+,[^,]+,\\s*\"|ApiResponses\\.error\\([^,]+,[^,]+,\\s*\")");
    /** How many such refusals are left: none (user session api58 worded the last 11 through the bundle). */
    private static final int LITERAL_REFUSALS_LEFT = 0;

    @Test
    void everyKeyTheApiSaysIsInBothLanguagesAndSaidInFrenchInFrench() throws IOException {
        Properties english = bundle("messages.properties");
        Properties french = bundle("messages_fr.properties");
        TreeSet<String> keys = keysIn(API_KEY);
        assertTrue(keys.size() > 60, "the API's keys were found: " + keys);
        List<String> problems = new ArrayList<>();
        for (String key : keys) {
            if (!english.containsKey(key) || !french.containsKey(key)) {
                problems.add(key + " is missing in " + (english.containsKey(key) ? "French" : "English"));
            } else if (english.getProperty(key).equals(french.getProperty(key))) {
                problems.add(key + " is the same in both languages");
            } else if (!english.getProperty(key).contains("{0") && english.getProperty(key).contains("''")) {
                // Without arguments the pattern is said as written (Messages.format), so '' would show twice.
                problems.add(key + " doubles an apostrophe in a message without arguments");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noNewRefusalIsWrittenInEnglishInTheCode() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file).replaceAll("\\s+", " ");
                Matcher m = LITERAL_REFUSAL.matcher(text);
                while (m.find()) {
                    found.add(MAIN.relativize(file) + ": " + text.substring(m.start(), Math.min(text.length(),
                            m.end() + 50)));
                }
            }
        }
        assertTrue(found.size() <= LITERAL_REFUSALS_LEFT, "Say the refusal with ApiException.said and a bundle key"
                + " (" + found.size() + " > " + LITERAL_REFUSALS_LEFT + "):\n" + String.join("\n", found));
    }

    @Test
    void theCallersLanguageIsTheFirstOfAcceptLanguageThePortalSpeaks() {
        assertEquals("fr", ApiWords.language(AcceptLanguage.of("fr-CA")));
        assertEquals("fr", ApiWords.language(AcceptLanguage.of("de, fr;q=0.8, en;q=0.5")));
        assertEquals("en", ApiWords.language(AcceptLanguage.of("de")));
        assertEquals("en", ApiWords.language((HttpHeaders) null));
        assertEquals("Connectez-vous d’abord.", words("fr", "api.error.signIn"));
        assertEquals("Sign in first.", words("en", "api.error.signIn"));
        assertEquals("Send JSON (Content-Type: application/json).", words("en", "api.error.sendJson"));
        assertEquals("Send the session's token in the X-CSRF-Token header (GET /api/session gives it).", words("en",
                "api.error.csrfToken"));
    }

    @Test
    void aRefusalSaidByKeyIsInTheLanguageAskedAndEnglishInLogs() {
        ApiException e = ApiException.said(400, "bad_size", "api.error.matchSize", 50);
        assertEquals("'size' must be a whole number from 1 to 50.", e.getMessage());
        assertEquals("'size' must be a whole number from 1 to 50.", e.message("en"));
        assertEquals("«\u00a0size\u00a0» doit être un nombre entier de 1 à 50.", e.message("fr"));
        assertNotEquals(ApiException.said(400, "bad_language", "api.error.languageEnFr").message("fr"),
                "'language' must be 'en' or 'fr'.");
        assertFalse(ApiException.said(400, "x", "api.editor.sendText").message("en").contains("''"));
    }

    static String words(String language, String key, Object... arguments) {
        return ApiWords.get(language, key, arguments);
    }

    private static TreeSet<String> keysIn(Pattern pattern) throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ApiRefusalWordsTest.class.getResourceAsStream("/org/kmbportal/web/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    static Locale locale(String language) {
        return Locale.forLanguageTag(language);
    }
}
