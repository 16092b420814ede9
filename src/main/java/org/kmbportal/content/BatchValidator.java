package org.kmbportal.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.kmbportal.curation.CollectionContent;
import org.kmbportal.curation.CollectionEntry;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.ResourceType;
import org.kmbportal.library.Taxonomy;

/**
 * Checks a whole batch before anything is stored: each file on its own, then across files (duplicate ids, ids already
 * used by another kind of item, references to resources that exist nowhere). Pure: it reads nothing but its inputs.
 */
public final class BatchValidator {

    static final Map<String, String> FOLDERS = Map.of("summaries", ResourceType.RESEARCH_SUMMARY.key(), "guides",
            ResourceType.PRACTICE_GUIDE.key(), "collections", ContentReader.COLLECTION_TYPE);

    /** The verdict on a batch: what may be stored, and the report to show. */
    public record Validated(ImportReport report, Optional<String> taxonomyYaml, Optional<Taxonomy> taxonomy,
            List<ResourceContent> resources, List<CollectionContent> collections) {
    }

    private BatchValidator() {
    }

    /**
     * @param existingKind
     *            for an id already stored, its kind ({@code research-summary}, {@code practice-guide} or
     *            {@code collection})
     */
    public static Validated validate(ContentBatch batch, Taxonomy current,
            Function<String, Optional<String>> existingKind) {
        Map<String, List<Problem>> problems = new LinkedHashMap<>();
        Map<String, ImportReport.Verdict> ignored = new HashMap<>();
        Taxonomy taxonomy = current;
        String taxonomyYaml = null;
        Taxonomy parsedTaxonomy = null;
        byte[] taxonomyBytes = batch.files().get(TaxonomyReader.FILE_NAME);
        if (taxonomyBytes != null) {
            List<Problem> found = new ArrayList<>();
            Optional<String> text = decode(TaxonomyReader.FILE_NAME, taxonomyBytes, found);
            if (text.isPresent()) {
                TaxonomyReader.Result result = new TaxonomyReader().read(TaxonomyReader.FILE_NAME, text.get());
                found.addAll(result.problems());
                if (result.taxonomy().isPresent()) {
                    taxonomyYaml = text.get();
                    parsedTaxonomy = result.taxonomy().get();
                    taxonomy = parsedTaxonomy;
                }
            }
            problems.put(TaxonomyReader.FILE_NAME, found);
        }

        ContentReader reader = new ContentReader(taxonomy);
        List<ContentFile> files = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : batch.files().entrySet()) {
            String path = entry.getKey();
            if (path.equals(TaxonomyReader.FILE_NAME)) {
                continue;
            }
            String folder = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
            boolean contentFile = FOLDERS.containsKey(folder) && path.endsWith(".md")
                    && path.indexOf('/') == path.lastIndexOf('/');
            if (!contentFile) {
                problems.put(path, List.of(Problem.warning(path, 0, "ignored: content files are taxonomy.yaml and"
                        + " .md files directly under summaries/, guides/ or collections/")));
                ignored.put(path, ImportReport.Verdict.IGNORED);
                continue;
            }
            List<Problem> found = new ArrayList<>();
            Optional<String> text = decode(path, entry.getValue(), found);
            ContentFile file = text.map(t -> reader.read(path, t)).orElse(ContentFile.failed(path, "", 1, found));
            found.addAll(text.isPresent() ? file.problems() : List.of());
            checkPlacement(path, folder, file, found);
            problems.put(path, found);
            files.add(file);
        }

        Set<String> ids = checkIds(files, problems, existingKind);
        checkReferences(files, problems, ids, existingKind);

        List<ResourceContent> resources = new ArrayList<>();
        List<CollectionContent> collections = new ArrayList<>();
        List<ImportReport.FileReport> reports = new ArrayList<>();
        Map<String, String> idsByPath = new HashMap<>();
        files.forEach(f -> idsByPath.put(f.path(), f.id()));
        for (Map.Entry<String, List<Problem>> entry : problems.entrySet()) {
            List<Problem> found = entry.getValue();
            boolean error = found.stream().anyMatch(Problem::isError);
            ImportReport.Verdict verdict = ignored.getOrDefault(entry.getKey(), error
                    ? ImportReport.Verdict.ERROR
                    : found.isEmpty() ? ImportReport.Verdict.OK : ImportReport.Verdict.WARNING);
            reports.add(new ImportReport.FileReport(entry.getKey(), idsByPath.getOrDefault(entry.getKey(), ""),
                    verdict, found));
        }
        for (ContentFile file : files) {
            if (problems.get(file.path()).stream().noneMatch(Problem::isError)) {
                file.resource().ifPresent(resources::add);
                file.collection().ifPresent(collections::add);
            }
        }
        boolean taxonomyOk = problems.getOrDefault(TaxonomyReader.FILE_NAME, List.of()).stream()
                .noneMatch(Problem::isError);
        ImportReport report = new ImportReport(reports, List.of(), 0, 0, 0, false);
        return new Validated(report, Optional.ofNullable(taxonomyOk ? taxonomyYaml : null),
                Optional.ofNullable(taxonomyOk ? parsedTaxonomy : null), resources, collections);
    }

    private static Optional<String> decode(String path, byte[] bytes, List<Problem> problems) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(path, 0, "the file is not UTF-8 text"));
            return Optional.empty();
        }
    }

    private static void checkPlacement(String path, String folder, ContentFile file, List<Problem> problems) {
        String declared = file.resource().map(r -> r.type().key())
                .orElse(file.collection().map(c -> ContentReader.COLLECTION_TYPE).orElse(""));
        if (!declared.isEmpty() && !declared.equals(FOLDERS.get(folder))) {
            problems.add(
                    Problem.warning(path, 0, "a " + declared + " belongs in the " + folderOf(declared) + "/ folder"));
        }
        String expectedName = file.id() + ".md";
        if (!file.id().isEmpty() && !path.endsWith("/" + expectedName)) {
            problems.add(Problem.warning(path, 0, "the file of '" + file.id() + "' should be named " + expectedName));
        }
    }

    private static String folderOf(String type) {
        return FOLDERS.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey).findFirst()
                .orElse("?");
    }

    private static Set<String> checkIds(List<ContentFile> files, Map<String, List<Problem>> problems,
            Function<String, Optional<String>> existingKind) {
        Map<String, String> firstPath = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (ContentFile file : files) {
            if (file.id().isEmpty()) {
                continue;
            }
            String earlier = firstPath.putIfAbsent(file.id(), file.path());
            if (earlier != null) {
                problems.get(file.path()).add(Problem.error(file.path(), file.idLine(), "duplicate id '" + file.id()
                        + "': already used by " + earlier));
                continue;
            }
            String kind = file.resource().map(r -> r.type().key())
                    .orElse(file.collection().map(c -> ContentReader.COLLECTION_TYPE).orElse(""));
            Optional<String> stored = existingKind.apply(file.id());
            if (!kind.isEmpty() && stored.isPresent() && !stored.get().equals(kind)) {
                problems.get(file.path()).add(Problem.error(file.path(), file.idLine(), "id '" + file.id()
                        + "' already belongs to a " + stored.get() + " in the library"));
            }
            if (!file.hasErrors()) {
                ids.add(file.id());
            }
        }
        return ids;
    }

    private static void checkReferences(List<ContentFile> files, Map<String, List<Problem>> problems, Set<String> ids,
            Function<String, Optional<String>> existingKind) {
        for (ContentFile file : files) {
            List<Problem> found = problems.get(file.path());
            file.resource().ifPresent(r -> {
                if (!r.translationOf().isEmpty() && !exists(r.translationOf(), ids, existingKind)) {
                    found.add(Problem.warning(file.path(), 0, "translation_of names '" + r.translationOf()
                            + "', which is not in the library"));
                }
                List<String> basedOn = r instanceof PracticeGuideContent guide ? guide.basedOn() : List.of();
                for (String summary : basedOn) {
                    if (!exists(summary, ids, existingKind)) {
                        found.add(Problem.warning(file.path(), 0, "based_on names '" + summary
                                + "', which is not in the library"));
                    }
                }
            });
            file.collection().ifPresent(c -> {
                for (CollectionEntry entry : c.items()) {
                    if (entry.isResource() && !exists(entry.resource(), ids, existingKind)) {
                        found.add(Problem.warning(file.path(), 0, "item '" + entry.resource()
                                + "' is not in the library"));
                    }
                }
            });
        }
    }

    private static boolean exists(String id, Set<String> ids, Function<String, Optional<String>> existingKind) {
        return ids.contains(id) || existingKind.apply(id).isPresent();
    }
}
