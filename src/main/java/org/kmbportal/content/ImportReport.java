package org.kmbportal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did or, before storing, would do: per file, its outcome and problems; overall, how many resources
 * and collections were created, updated or left unchanged.
 */
public record ImportReport(List<FileReport> files, List<Problem> batchProblems, int created, int updated,
        int unchanged, boolean stored) {

    /** One file's verdict. */
    public enum Verdict {
        OK, WARNING, ERROR, IGNORED
    }

    public record FileReport(String path, String id, Verdict verdict, List<Problem> problems) {
        public FileReport {
            problems = List.copyOf(problems);
        }
    }

    public ImportReport {
        files = List.copyOf(files);
        batchProblems = List.copyOf(batchProblems);
    }

    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(batchProblems);
        files.forEach(f -> all.addAll(f.problems()));
        return all;
    }

    public long count(Verdict verdict) {
        return files.stream().filter(f -> f.verdict() == verdict).count();
    }

    public boolean hasErrors() {
        return problems().stream().anyMatch(Problem::isError);
    }

    public Map<Verdict, Long> verdicts() {
        Map<Verdict, Long> counts = new TreeMap<>();
        files.forEach(f -> counts.merge(f.verdict(), 1L, Long::sum));
        return counts;
    }

    /** One line for the log and the administrator. */
    public String summary() {
        return String.format("%d files: %d created, %d updated, %d unchanged, %d skipped with errors, %d with warnings"
                + ", %d ignored", files.size(), created, updated, unchanged, count(Verdict.ERROR),
                count(Verdict.WARNING),
                count(Verdict.IGNORED));
    }

    ImportReport withOutcome(int newCreated, int newUpdated, int newUnchanged) {
        return new ImportReport(files, batchProblems, newCreated, newUpdated, newUnchanged, true);
    }

    ImportReport withBatchProblem(Problem problem) {
        List<Problem> more = new ArrayList<>(batchProblems);
        more.add(problem);
        return new ImportReport(files, more, created, updated, unchanged, stored);
    }
}
