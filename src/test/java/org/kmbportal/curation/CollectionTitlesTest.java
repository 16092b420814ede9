package org.kmbportal.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.TestDatabase;

/** When two of a curator's collection titles are the same one to a reader (us49: « l’école » beside "l'école"). */
class CollectionTitlesTest {

    private static final String[] APOSTROPHES = {"'", "\u2019", "\u2018", "\u02BC"};
    private static final String[][] QUOTES = {{"\"", "\""}, {"\u00AB\u00A0", "\u00A0\u00BB"}, {"\u00AB ", " \u00BB"},
            {"\u201C", "\u201D"}, {"\u00AB\u202F", "\u202F\u00BB"}};

    /** The shipped library's titles, in both languages, with a quoted word and an apostrophe added to some. */
    private static List<String> libraryTitles() throws IOException {
        List<String> titles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TestDatabase.projectDir().resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("title: ")) {
                        titles.add(line.substring(7).replaceAll("^[\"']|[\"']$", "").strip());
                        break;
                    }
                }
            }
        }
        assertTrue(titles.size() > 50, "titles: " + titles.size());
        return titles;
    }

    /** The title as another person might type it: other apostrophes, quotation marks, case and spaces. */
    private static String retyped(String title, Random random) {
        String[] quote = QUOTES[random.nextInt(QUOTES.length)];
        String typed = title.replaceAll("['\u2019]", APOSTROPHES[random.nextInt(APOSTROPHES.length)])
                .replaceAll("[\"\u201C\u201D]|\u00AB\\s?|\\s?\u00BB", "\u0000");
        StringBuilder out = new StringBuilder();
        boolean open = true;
        for (char c : typed.toCharArray()) {
            if (c == '\u0000') {
                out.append(open ? quote[0] : quote[1]);
                open = !open;
            } else {
                out.append(c);
            }
        }
        String spaced = out.toString().replace(" ",
                random.nextBoolean() ? " " : random.nextBoolean() ? "  " : "\u00A0");
        return (random.nextBoolean() ? spaced.toUpperCase(Locale.ROOT) : spaced) + (random.nextBoolean() ? " " : "");
    }

    @Test
    void aTitleRetypedWithOtherApostrophesQuotesCaseOrSpacesIsTheSameTitle() throws IOException {
        Random random = new Random(Gen.seed() * 31 + 7);
        List<String> titles = libraryTitles();
        for (String title : titles) {
            String quoted = title + " \u00AB " + title.split(" ")[0] + " \u00BB l\u2019\u00E9t\u00E9 d'avant";
            for (int i = 0; i < 4; i++) {
                String again = retyped(quoted, random);
                assertEquals(CollectionTitles.comparable(quoted), CollectionTitles.comparable(again), quoted
                        + " | " + again);
            }
        }
    }

    @Test
    void titlesWithOtherWordsStayDifferent() throws IOException {
        List<String> titles = libraryTitles().stream().distinct().toList();
        for (int i = 1; i < titles.size(); i++) {
            String a = titles.get(i - 1);
            String b = titles.get(i);
            if (!a.equalsIgnoreCase(b)) {
                assertNotEquals(CollectionTitles.comparable(a), CollectionTitles.comparable(b), a + " | " + b);
            }
            assertNotEquals(CollectionTitles.comparable(a), CollectionTitles.comparable(a + " 2"), a);
            assertNotEquals(CollectionTitles.comparable("l'" + a), CollectionTitles.comparable("d'" + a), a);
        }
    }
}
