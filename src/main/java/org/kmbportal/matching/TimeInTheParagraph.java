package org.kmbportal.matching;

import java.util.regex.Pattern;

/**
 * What a paragraph says of time, read as no topic: how long something lasted ("our volunteers quit after 3 months",
 * « nos bénévoles partent après trois mois ») names no schedule (a guide on quarterly check-ins shares its words): it
 * is read as early ({@link #SPAN}); and
 * what the program did before what it does now ("we ran online during the pandemic and now meet in a drop-in", « nous
 * étions en ligne pendant la pandémie; maintenant au centre ») is not where it runs. A schedule said as one ("every
 * three months", « tous les trois mois ») is left as written. Word lists only, English and French.
 */
final class TimeInTheParagraph {

    private static final String NUMBER = "(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|a few|a couple of|several|few|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze"
            + "|quelques|plusieurs)";

    /**
     * A span of weeks or months after a word that says when or how long, not how often: read as "early" (« tôt »),
     * which is what it says of volunteers who leave or matches that end ("end before six months" is an early end).
     * Years are left as written ("four coordinators in three years" says how often).
     */
    private static final Pattern SPAN = Pattern.compile("\\b(?:(?:after|within|in|for|before|by|only|just|barely"
            + "|(?<fr>apr[eè]s|dans|en|pendant|avant|d['’]ici|seulement|[aà] peine))\\s+|(?<frBout>au bout d(?:e\\s+"
            + "|['’]\\s*)))(?:only\\s+|just\\s+|about\\s+|around\\s+|barely\\s+|roughly\\s+|seulement\\s+"
            + "|[aà] peine\\s+|environ\\s+|moins\\s+de\\s+|less\\s+than\\s+)?" + NUMBER
            + "\\s+(?:days?|weeks?|months?|jours?|semaines?|mois)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** What the program no longer does: words of a time gone by. */
    private static final Pattern PAST = Pattern.compile("\\b(?:during|used to|previously|formerly|at first|in the past"
            + "|last year|back then|ran|was|were|had|started|began|pendant|autrefois|auparavant|jadis|au d[eé]but"
            + "|l['’]an dernier|l['’]ann[eé]e derni[eè]re|[eé]tait|[eé]tions|[eé]taient|avons (?:commenc[eé]"
            + "|offert|fonctionn[eé]|d[eé]marr[eé])|a (?:commenc[eé]|fonctionn[eé]))\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** What the program does now, said against what it did. */
    private static final Pattern NOW = Pattern.compile("(?:,?\\s*\\b(?:and|but|et|mais)\\s+|[,;:]\\s*|[.!?]\\s+|^)"
            + "(?=(?:now|today|these days|nowadays|since then|maintenant|aujourd['’]hui|d[eé]sormais|depuis)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** Words said of the past that state no need ("half our mentors quit last year, and now…" does). */
    private static boolean gone(String words) {
        return PAST.matcher(words).find() && StatedNeeds.clauses(words).isEmpty();
    }

    private static final Pattern SENTENCE_START = Pattern.compile("(?<=[.!?])\\s+");

    private TimeInTheParagraph() {
    }

    static String read(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        return withoutThePast(SPAN.matcher(text).replaceAll(m -> m.group("fr") != null || m.group("frBout") != null
                ? "tôt"
                : "early"));
    }

    /** Each sentence (or the sentence before) said of the past, left out when the next words say what is now. */
    private static String withoutThePast(String text) {
        StringBuilder kept = new StringBuilder();
        String previous = null;
        for (String sentence : SENTENCE_START.split(text)) {
            var now = NOW.matcher(sentence);
            if (now.find() && now.start() > 0 && gone(sentence.substring(0, now.start()))) {
                sentence = sentence.substring(now.end());
            } else if (now.find(0) && now.start() == 0 && previous != null && gone(previous)) {
                previous = null;
            }
            if (previous != null) {
                kept.append(previous).append(' ');
            }
            previous = sentence;
        }
        if (previous != null) {
            kept.append(previous);
        }
        return kept.toString().strip();
    }
}
