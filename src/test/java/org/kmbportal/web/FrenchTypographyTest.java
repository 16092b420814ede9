package org.kmbportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * French typography of the portal's own words: a no-break space (U+00A0, as the bundle writes it, or the narrow
 * U+202F) before « : », « ; », « ? » and « ! » and inside guillemets, in every value of the French bundle; and no page
 * writes a bare colon after a message (it writes the bundle's {@code punctuation.colon}, ":" in English and " :" with a
 * no-break space in French). Addresses (https://…), times (10:30), placeholders ({0}) and the content format quoted as
 * written (type: collection) and the search box's field syntax (titre:mot, auteur:) are not prose and are left as they are. The French bundle writes its apostrophes as the
 * typographic one (’), never the straight one, which MessageFormat would also take for a quote. The shipped library's
 * French resources follow the same spacing in their titles, summaries, notes and bodies.
 */
class FrenchTypographyTest {

    /** What is not prose: addresses, placeholders, times, the content format's own keys and the search box's field names (titre:mot) quoted in help texts. */
    private static final Pattern NOT_PROSE = Pattern
            .compile("[a-z]+://\\S*|(?<!\\p{L})/[\\w./-]*\\?\\S*|\\{[^}]*}|\\d:\\d|type: collection"
                    + "|(?<!\\p{L})(?:titre|auteur|sujet|résumé|title|author|topic|summary):");
    private static final String NO_BREAK = "\u00a0\u202f";
    /** An expression of a page (#{…}), in the page's source. */
    private static final Pattern EXPRESSION = Pattern.compile("#\\{[^}]*}");
    /** A colon right after an expression or opening a text after a tag, then a space, a quote or a tag. */
    private static final Pattern BARE_COLON = Pattern.compile("(\u0001 ?|>\\s*):(?=[\\s\"<]|$)");
    /**
     * A question or exclamation mark or a semicolon written by a page after a message or a tag ("Did you mean
     * <a>…</a>?"): French wants a no-break space before it, so it comes from the bundle.
     */
    private static final Pattern BARE_DOUBLE_PUNCTUATION = Pattern.compile("(\u0001 ?|>\\s*)[?!;](?=[\\s\"<]|$)");

    @Test
    void everyFrenchValueHasANoBreakSpaceBeforeDoublePunctuationAndInsideGuillemets() throws IOException {
        Properties fr = french();
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(fr.stringPropertyNames())) {
            problems(fr.getProperty(key)).forEach(p -> problems.add(key + ": " + p));
        }
        assertEquals(List.of(), problems);
        assertEquals(true, fr.size() > 1000, "the whole bundle was read: " + fr.size());
    }

    /** The text of a message outside its {arguments}, nested ones included. */
    private static String outsideArguments(String value) {
        StringBuilder outside = new StringBuilder();
        int depth = 0;
        for (char c : value.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                outside.append(c);
            }
        }
        return outside.toString();
    }

    /**
     * Found by a user: « Rôles de admin@kmb.test », « Sélection de Équipe éditoriale ». French elides « de » before a
     * vowel or a mute h, which no rule on an arbitrary name or title gets right, so no French message puts « de »
     * right before one: neither before an argument ({@code de {0}}) nor at its end, where a page writes a name after
     * it. The exceptions are arguments that are never names: a count, or dates.
     */
    @Test
    void noFrenchMessagePutsDeRightBeforeANameOrATitle() throws IOException {
        Properties fr = french();
        Map<String, String> notNames = Map.of("archive.tooManyEntries", "a count of entries",
                "partnerships.problem.invalid_move", "a range of dates");
        Pattern deBeforeName = Pattern.compile("(?<!\\p{L})[Dd]e (\\{\\d+}|$)");
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(fr.stringPropertyNames())) {
            if (!notNames.containsKey(key) && deBeforeName.matcher(fr.getProperty(key).strip() + " ").find()) {
                problems.add(key + "=" + fr.getProperty(key));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyFrenchValueWritesItsApostropheAsTheTypographicOneAndShowsItThroughMessageFormat() throws IOException {
        Properties fr = french();
        List<String> problems = new ArrayList<>();
        int curly = 0;
        for (String key : new TreeSet<>(fr.stringPropertyNames())) {
            String value = fr.getProperty(key);
            if (value.indexOf('\'') >= 0) {
                problems.add(key + ": a straight apostrophe in \"" + value + "\"");
            }
            if (value.indexOf('’') >= 0) {
                curly++;
                // Pages show some values through MessageFormat (h:outputFormat, a message with arguments): the
                // apostrophe is no quote character there, so it shows as written, and the placeholders still work.
                // The arguments 0 and 1 take a choice's first branches, the others its last.
                String shown = new MessageFormat(value, Locale.FRENCH).format(new Object[]{1, 2, 3, 4, 5, 6, 7})
                        + new MessageFormat(value, Locale.FRENCH).format(new Object[]{0, 0, 0, 0, 0, 0, 0});
                // A choice's branches are shown one at a time: only the apostrophes outside the arguments count.
                long before = outsideArguments(value).chars().filter(c -> c == '’').count();
                if (shown.chars().filter(c -> c == '’').count() < before || shown.contains("{0}")) {
                    problems.add(key + ": through MessageFormat \"" + value + "\" shows \"" + shown + "\"");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(curly > 200, "French values with an apostrophe: " + curly);
    }

    @Test
    void theShippedFrenchContentHasANoBreakSpaceBeforeDoublePunctuation() throws IOException {
        List<String> problems = new ArrayList<>();
        int titles = 0;
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String[] parts = text.split("\n---\n", 2);
                @SuppressWarnings("unchecked")
                Map<String, Object> front = (Map<String, Object>) new Load(LoadSettings.builder().build())
                        .loadFromString(parts[0].replaceFirst("^---\n", ""));
                if (!"fr".equals(front.get("language"))) {
                    continue;
                }
                titles++;
                List<String> prose = new ArrayList<>();
                for (String field : List.of("title", "summary", "description")) {
                    if (front.get(field) instanceof String value) {
                        prose.add(value);
                    }
                }
                if (front.get("items") instanceof List<?> items) {
                    for (Object item : items) {
                        if (item instanceof Map<?, ?> fields && fields.get("note") instanceof String note) {
                            prose.add(note);
                        }
                    }
                }
                // The body's prose, without code, Markdown link targets and lines indented as code.
                for (String line : parts[1].split("\n")) {
                    if (!line.startsWith("    ")) {
                        prose.add(line.replaceAll("`[^`]*`|\\]\\([^)]*\\)", "x"));
                    }
                }
                for (String value : prose) {
                    problems(value).forEach(p -> problems.add(file.getFileName() + ": " + p));
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(titles >= 25, "French resources read: " + titles);
    }

    /**
     * The shipped French resources and collections write their apostrophes as the typographic one (l’organisme),
     * in every field a reader reads (title, summary, description, notes, sample, body) and in the taxonomy's French
     * labels; the citation and the credited summary keep their titles as published, and code, link targets and
     * addresses keep what they need.
     */
    @Test
    void theShippedFrenchContentWritesItsApostrophesAsTheTypographicOne() throws IOException {
        List<String> problems = new ArrayList<>();
        int files = 0;
        int curly = 0;
        try (Stream<Path> paths = Files.walk(Path.of("content"))) {
            for (Path file : paths.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String[] parts = text.split("\n---\n", 2);
                @SuppressWarnings("unchecked")
                Map<String, Object> front = (Map<String, Object>) new Load(LoadSettings.builder().build())
                        .loadFromString(parts[0].replaceFirst("^---\n", ""));
                if (!"fr".equals(front.get("language"))) {
                    continue;
                }
                files++;
                List<String> prose = new ArrayList<>();
                for (String field : List.of("title", "summary", "description", "summarized_by", "curator")) {
                    if (front.get(field) instanceof String value) {
                        prose.add(field + ": " + value);
                    }
                }
                if (front.get("evidence") instanceof Map<?, ?> evidence && evidence.get("sample") instanceof String s) {
                    prose.add("evidence.sample: " + s);
                }
                if (front.get("items") instanceof List<?> items) {
                    for (Object item : items) {
                        if (item instanceof Map<?, ?> fields && fields.get("note") instanceof String note) {
                            prose.add("note: " + note);
                        }
                    }
                }
                for (String line : parts[1].split("\n")) {
                    if (!line.startsWith("    ")) {
                        prose.add(line.replaceAll("`[^`]*`|\\]\\([^)]*\\)|https?://\\S+|<[^>]+>", "x"));
                    }
                }
                for (String value : prose) {
                    curly += (int) value.chars().filter(c -> c == '’').count();
                    if (value.indexOf('\'') >= 0) {
                        problems.add(file.getFileName() + ": " + value.substring(0, Math.min(160, value.length())));
                    }
                }
            }
        }
        for (String line : Files.readAllLines(Path.of("content/taxonomy.yaml"), StandardCharsets.UTF_8)) {
            Matcher label = Pattern.compile("fr: ([^}]*)").matcher(line);
            if (label.find() && label.group(1).indexOf('\'') >= 0) {
                problems.add("taxonomy.yaml: " + line.strip());
            }
        }
        assertEquals(List.of(), problems, "straight apostrophes in French prose");
        assertTrue(files >= 25, "French files read: " + files);
        assertTrue(curly > 500, "typographic apostrophes read: " + curly);
    }

    /**
     * Found by a user: « du {0} » before a program model's label assumed it is masculine (« Issu du Mentorat de
     * groupe »); a label may be of either gender, or a list. No French message puts a contracted article (du, au, aux,
     * des) right before an argument, except where the argument is never a label: a date or a number.
     */
    @Test
    void noFrenchMessagePutsAContractedArticleRightBeforeALabel() throws IOException {
        Properties fr = french();
        Map<String, String> notLabels = Map.of("partnerships.checkIn.movedFrom", "a date",
                "partnerships.checkIn.moved", "a date", "partnerships.report.state", "a date",
                "partnerships.notification.check-in-moved", "a date", "insights.showing", "dates",
                "gap.draft.notes", "dates", "gap.draft.revisionNote", "dates", "insights.gaps.count", "a number",
                "insights.gaps.countAll", "a number", "partnerships.error.invalid_move.range", "dates");
        Pattern articleBeforeArgument = Pattern.compile("(?<!\\p{L})(?i:du|au|aux|des) \\{\\d+");
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(fr.stringPropertyNames())) {
            if (!notLabels.containsKey(key) && articleBeforeArgument.matcher(fr.getProperty(key)).find()) {
                problems.add(key + "=" + fr.getProperty(key));
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Found by a user: the match card's feedback read « …utile ? : <titre> » to a screen reader, a colon after a
     * question. No page puts the bundle's colon right after a message that ends in a question mark.
     */
    @Test
    void noPageWritesAColonAfterAQuestion() throws IOException {
        Properties fr = french();
        Pattern colonAfter = Pattern
                .compile("msg\\['([A-Za-z0-9._-]+)'\\]}(?:\\s|<[^>]*>)*#\\{msg\\['punctuation\\.colon'\\]}");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                Matcher m = colonAfter.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    String question = fr.getProperty(m.group(1), "").strip();
                    if (question.endsWith("?")) {
                        problems.add(page + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noPageWritesABareColonOrQuestionMarkAfterAMessage() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String marked = EXPRESSION.matcher(lines.get(i)).replaceAll("\u0001");
                    if (BARE_COLON.matcher(marked).find() || BARE_DOUBLE_PUNCTUATION.matcher(marked).find()) {
                        problems.add(page + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theRuleFindsWhatAReaderSawAndLeavesAddressesTimesAndPlaceholdersAlone() {
        assertEquals(1, problems("Monter : Premier lien").size(), "an ordinary space before the colon");
        assertEquals(1, problems("Monter: Premier lien").size(), "no space before the colon");
        assertEquals(4, problems("Pas encore de compte? « {0} » ; voilà").size(),
                "question mark, guillemets, semicolon");
        assertEquals(List.of(), problems("Monter\u00a0: voir https://exemple.org/a?b=1 à 10:30 ou /search?q=x,"
                + " «\u00a0{0}\u00a0»\u00a0; {1,number}\u202f!"));
        assertEquals(true, BARE_COLON.matcher(EXPRESSION.matcher("a:aria-label=\"#{msg['x']}: #{row.label}\"")
                .replaceAll("\u0001")).find());
        assertEquals(false, BARE_COLON.matcher(EXPRESSION.matcher(
                "a:aria-label=\"#{msg['x']}#{msg['punctuation.colon']}#{row.label}\" xmlns:a=\"x\" #{a ? 'b' : 'c'}")
                .replaceAll("\u0001")).find());
    }

    private static Properties french() throws IOException {
        Properties fr = new Properties();
        try (InputStream in = FrenchTypographyTest.class
                .getResourceAsStream("/org/kmbportal/web/messages_fr.properties")) {
            fr.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return fr;
    }

    /** The places in a French value where a no-break space is missing, each with a little of its context. */
    static List<String> problems(String value) {
        Matcher notProse = NOT_PROSE.matcher(value);
        StringBuilder text = new StringBuilder(value);
        while (notProse.find()) {
            for (int i = notProse.start(); i < notProse.end(); i++) {
                text.setCharAt(i, 'x');
            }
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean before = ":;?!»".indexOf(c) >= 0 && i > 0 && NO_BREAK.indexOf(text.charAt(i - 1)) < 0;
            boolean after = c == '«' && (i + 1 == text.length() || NO_BREAK.indexOf(text.charAt(i + 1)) < 0);
            if (before || after) {
                problems.add("no no-break space " + (before ? "before" : "after") + " \"" + c + "\" in \""
                        + value.substring(Math.max(0, i - 20), Math.min(value.length(), i + 20)) + "\"");
            }
        }
        return problems;
    }
}
