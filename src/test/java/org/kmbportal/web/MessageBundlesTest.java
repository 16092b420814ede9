package org.kmbportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every fixed bundle key a page names exists in English and in French, and both bundles have the same keys. */
class MessageBundlesTest {

    private static final Pattern KEY = Pattern.compile("msg\\['([A-Za-z0-9._-]+)'\\]");

    @Test
    void everyKeyAPageUsesIsInBothLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties fr = load("messages_fr.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(fr.stringPropertyNames()));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = KEY.matcher(Files.readString(page));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        List<String> missing = new ArrayList<>();
        used.stream().filter(k -> !en.containsKey(k)).forEach(missing::add);
        assertEquals(List.of(), missing);
    }

    /**
     * A match reason's words are named in the code, whole ("match.reason.fits") or as a vocabulary's reason
     * ("match.reason." + a facet, then ".said" when the organization's paragraph named it): none lies unused, so that
     * a translator is never asked for a sentence no reader sees ({@code match.reason.challenge} was: user session).
     */
    @Test
    void everyMatchReasonInTheBundleIsOneTheCodeCanSay() throws IOException {
        Set<String> facets = Set.of("topics", "audiences", "program_models", "populations", "settings");
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".xhtml"))
                    .toList()) {
                code.append(Files.readString(file));
            }
        }
        List<String> unused = new ArrayList<>();
        for (String key : new TreeSet<>(load("messages.properties").stringPropertyNames())) {
            if (!key.startsWith("match.reason.")) {
                continue;
            }
            String facet = key.substring("match.reason.".length()).replaceFirst("\\.said$", "");
            if (!code.toString().contains("\"" + key + "\"") && !facets.contains(facet)) {
                unused.add(key);
            }
        }
        assertEquals(List.of(), unused);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/kmbportal/web/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
