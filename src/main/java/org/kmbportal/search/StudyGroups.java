package org.kmbportal.search;

/**
 * Where a text's "group" is a study's design or a way of asking people, not group mentoring (user session of
 * 2026-12-05: an agency asking for an outcome study "with a comparison group" was told its matches were "about group
 * mentoring, which you named").
 */
final class StudyGroups {

    private StudyGroups() {
    }

    /**
     * "group" said of a study's design or a way of asking people, in English and French: a "comparison group", a
     * "control group", a "focus group", an "age group", « un groupe de comparaison », « un groupe témoin », « un
     * groupe de discussion »: not group mentoring.
     */
    private static final java.util.regex.Pattern STUDY_GROUP = java.util.regex.Pattern.compile(
            "\\b(?<before>(?:comparison|control|treatment|experimental|intervention|focus|age|wait-?list)(?:\\s+|-))"
                    + "groups?\\b|\\bgroupes?(?<after>\\s+(?:de\\s+|d['’]\\s*)?(?:comparaison|contr[oô]le|t[eé]moins?"
                    + "|exp[eé]rimenta\\w*|intervention|discussion|[aâ]ge))\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /** The text with the "group" of a study's design ({@link #STUDY_GROUP}) put out of reading, the rest kept. */
    static String without(String text) {
        java.util.regex.Matcher m = STUDY_GROUP.matcher(text);
        StringBuilder kept = new StringBuilder();
        while (m.find()) {
            String replaced = m.group("before") != null ? m.group("before") + "…" : "…" + m.group("after");
            m.appendReplacement(kept, java.util.regex.Matcher.quoteReplacement(replaced));
        }
        m.appendTail(kept);
        return kept.toString();
    }
}
