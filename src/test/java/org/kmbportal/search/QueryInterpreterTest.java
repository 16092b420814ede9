package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class QueryInterpreterTest {

    private final Analysis analysis = new Analysis(Map.of());

    private Query parse(String raw) {
        return QueryInterpreter.parse(QueryInterpreter.normalize(raw, "en"), analysis);
    }

    @Test
    void oddInputNeverFails() {
        for (String raw : List.of("\"unclosed phrase", "((", "))", "+", "-", "|", "OR", "AND NOT", "\"\"", "*", "~",
                "~3", "\\", "mentor~~~9", "a^5", "title:mentor", "[1 TO 5]", "{}", "???", "!!!", "\u0000\u0007",
                "🙂 mentoring", "-\"-\"", "( ) ( )", "match* *", "l'évaluation d'un programme")) {
            Query query = parse(raw);
            assertTrue(query != null, raw);
        }
    }

    @Test
    void tooLongOrTooDeeplyNestedIsRefusedWithAPlainMessage() {
        BadQueryException tooLong = assertThrows(BadQueryException.class,
                () -> QueryInterpreter.normalize("mentor ".repeat(80), "en"));
        assertEquals("query_too_long", tooLong.code());
        assertTrue(tooLong.getMessage().contains("500"), tooLong.getMessage());
        BadQueryException nested = assertThrows(BadQueryException.class,
                () -> QueryInterpreter.normalize("(".repeat(20) + "mentor" + ")".repeat(20), "fr"));
        assertEquals("query_too_nested", nested.code());
        BadQueryException words = assertThrows(BadQueryException.class,
                () -> QueryInterpreter.normalize("a b ".repeat(25), "en"));
        assertEquals("query_too_many_words", words.code());
    }

    @Test
    void regularExpressionsAndLeadingWildcardsBecomePlainWords() {
        assertEquals("mentor.*", QueryInterpreter.normalize("/mentor.*/", "en").strip());
        assertEquals("mentor", QueryInterpreter.normalize("*mentor", "en"));
        assertEquals("(mentor | youth)", QueryInterpreter.normalize("(?mentor OR *youth)", "en"));
        assertEquals("a youth", QueryInterpreter.normalize("a* youth", "en"),
                "one-letter prefixes would match everything");
    }

    @Test
    void operatorsAreUnderstood() {
        assertEquals("closure -school", QueryInterpreter.normalize("closure NOT school", "en"));
        assertEquals("closure -school", QueryInterpreter.normalize("closure - school", "en"));
        assertEquals("closure | ending", QueryInterpreter.normalize("closure OR ending", "en"));
        assertTrue(parse("").equals(MatchAllDocsQuery.INSTANCE), "no words: everything, newest first");
    }

    @Test
    void hostileButShortQueriesStillParse() {
        String hostile = "(".repeat(8) + "\"" + "x* y~2 ".repeat(10) + ")".repeat(8);
        Query query = parse(hostile.substring(0, Math.min(hostile.length(), 490)));
        assertTrue(query != null);
    }

    @Test
    void onlyOperatorsAndSignsHoldNoWordButLowerCaseOrAndWordsDo() {
        java.util.Random random = new java.util.Random(org.kmbportal.testing.Gen.DEFAULT_SEED);
        List<String> operators = List.of("OR", "AND", "NOT");
        List<String> signs = List.of("", "\"", "-", "+", "(", ")", "!", "?", "…", "🎉", "«", "»", "’", "*", "|");
        List<String> words = List.of("or", "and", "not", "mentor", "oré", "écoles", "2026", "NOTE", "ORIENTATION",
                "ANDROID", "jeunes");
        for (int i = 0; i < 300; i++) {
            StringBuilder noWords = new StringBuilder();
            int parts = 1 + random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                noWords.append(signs.get(random.nextInt(signs.size())))
                        .append(operators.get(random.nextInt(operators.size())))
                        .append(signs.get(random.nextInt(signs.size()))).append(' ');
            }
            assertTrue(QueryInterpreter.withoutWords(noWords.toString()), noWords.toString());
            String withWord = noWords + words.get(random.nextInt(words.size()))
                    + signs.get(random.nextInt(signs.size()));
            assertTrue(!QueryInterpreter.withoutWords(withWord), withWord);
        }
    }
}
