package org.kmbportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BatchValidatorTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static BatchValidator.Validated validate(Map<String, byte[]> files) {
        return BatchValidator.validate(new ContentBatch(files), Fixtures.taxonomy(), id -> Optional.empty());
    }

    @Test
    void aBrokenFileIsSkippedAndTheRestGoesIn() {
        BatchValidator.Validated v = validate(Map.of(
                "summaries/spencer-2007-its-not-what-i-expected.md", utf8(Fixtures.SUMMARY),
                "guides/closing-a-match-well.md", utf8(Fixtures.GUIDE.replace("effort: low", "effort: lwo")),
                "summaries/broken.md", utf8("---\nid: broken\ntitle: [unclosed\n---\n")));
        assertEquals(List.of("spencer-2007-its-not-what-i-expected"), v.resources().stream().map(r -> r.id()).toList());
        assertEquals(2, v.report().count(ImportReport.Verdict.ERROR));
        Problem effort = v.report().problems().stream().filter(p -> p.path().startsWith("guides/")).findFirst()
                .orElseThrow();
        assertEquals(10, effort.line());
        assertTrue(effort.message().contains("did you mean 'low'"), effort.message());
    }

    @Test
    void aDuplicateIdIsAnErrorNamingTheFirstFile() {
        BatchValidator.Validated v = validate(Map.of(
                "summaries/a.md", utf8(Fixtures.SUMMARY.replace("spencer-2007-its-not-what-i-expected", "same-id")),
                "summaries/b.md", utf8(Fixtures.SUMMARY.replace("spencer-2007-its-not-what-i-expected", "same-id"))));
        assertEquals(1, v.resources().size());
        Problem duplicate = v.report().problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals("summaries/b.md", duplicate.path());
        assertEquals(2, duplicate.line());
        assertTrue(duplicate.message().contains("already used by summaries/a.md"));
    }

    @Test
    void anIdUsedByAnotherKindInTheLibraryIsRefused() {
        BatchValidator.Validated v = BatchValidator.validate(new ContentBatch(Map.of("guides/closing-a-match-well.md",
                utf8(Fixtures.GUIDE))), Fixtures.taxonomy(), id -> Optional.of("research-summary"));
        assertTrue(v.resources().isEmpty());
        assertTrue(v.report().problems().get(0).message().contains("already belongs to a research-summary"));
    }

    @Test
    void otherFilesAreIgnoredWithAWarningAndDanglingReferencesWarned() {
        BatchValidator.Validated v = validate(Map.of(
                "notes.txt", utf8("hello"),
                "guides/closing-a-match-well.md", utf8(Fixtures.GUIDE)));
        assertEquals(1, v.report().count(ImportReport.Verdict.IGNORED));
        assertEquals(1, v.resources().size(), "a warning does not stop a file");
        assertTrue(v.report().problems().stream()
                .anyMatch(p -> p.message().contains("based_on names 'spencer-2007-its-not-what-i-expected'")));
    }

    @Test
    void aFileThatIsNotUtf8IsAnError() {
        BatchValidator.Validated v = validate(Map.of("guides/closing-a-match-well.md",
                new byte[]{'-', '-', '-', '\n', (byte) 0xC3, (byte) 0x28}));
        assertTrue(v.report().problems().get(0).message().contains("not UTF-8"));
    }

    @Test
    void aBrokenTaxonomyIsReportedAndNotUsed() {
        BatchValidator.Validated v = validate(Map.of("taxonomy.yaml", utf8("topics:\n  Bad Key: {en: x}\n")));
        assertTrue(v.taxonomy().isEmpty());
        assertTrue(v.report().hasErrors());
    }
}
