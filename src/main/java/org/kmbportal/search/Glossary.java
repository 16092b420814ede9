package org.kmbportal.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The English-French glossary of youth-program words ({@code glossary-en-fr.txt}): each line pairs the words of
 * both languages for one thing, and becomes a synonym group in both languages' query analyzers, so a query in either
 * language also finds resources written in the other.
 */
final class Glossary {

    private static final String FILE = "glossary-en-fr.txt";
    private static final List<String> GROUPS = load();

    private Glossary() {
    }

    static List<String> groups() {
        return GROUPS;
    }

    private static List<String> load() {
        List<String> groups = new ArrayList<>();
        try (InputStream in = Glossary.class.getResourceAsStream(FILE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || !line.contains("|")) {
                    continue;
                }
                groups.add(line.replace('|', ',').replaceAll("\\s*,\\s*", ", ").strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(groups);
    }
}
