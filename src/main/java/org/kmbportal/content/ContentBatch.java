package org.kmbportal.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A set of content files to import, keyed by their path relative to the content folder ({@code summaries/x.md}),
 * in path order. Read from a folder at start-up or on request, or from an uploaded archive.
 */
public record ContentBatch(Map<String, byte[]> files) {

    public ContentBatch {
        files = new TreeMap<>(files);
    }

    /** Every regular file under the folder; hidden files and folders (such as {@code .git}) are left out. */
    public static ContentBatch fromFolder(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                Path relative = folder.relativize(path);
                boolean hidden = false;
                for (Path part : relative) {
                    hidden |= part.toString().startsWith(".");
                }
                if (!hidden) {
                    files.put(relative.toString().replace('\\', '/'), Files.readAllBytes(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the content folder " + folder + ": " + e.getMessage(), e);
        }
        return new ContentBatch(files);
    }
}
