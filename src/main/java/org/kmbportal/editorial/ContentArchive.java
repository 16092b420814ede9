package org.kmbportal.editorial;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.kmbportal.content.ContentBatch;

/**
 * Zip archives in the content format, both ways. Reading is defensive, since the archive comes from outside: limits
 * on its size, its number of entries, each entry's and the total unpacked size (against zip bombs), and no entry may
 * leave the archive's folder (no absolute paths, no {@code ..}). Writing is reproducible: sorted entries, fixed
 * times, so the same library gives the same bytes.
 */
public final class ContentArchive {

    /** How much an archive may hold. */
    public record Limits(long maxBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes) {
        public static Limits ofMegabytes(int megabytes) {
            long bytes = megabytes * 1024L * 1024L;
            return new Limits(bytes, 5000, 2L * 1024 * 1024, bytes * 4);
        }
    }

    private static final long FIXED_TIME = 946_684_800_000L; // 2000-01-01, so exports are byte-for-byte repeatable

    private ContentArchive() {
    }

    public static ContentBatch read(byte[] zip, Limits limits) {
        if (zip == null || zip.length == 0) {
            throw new ArchiveException("archive.empty", "The file is empty.");
        }
        if (zip.length > limits.maxBytes()) {
            throw new ArchiveException("archive.tooBig", "The archive is larger than " + limits.maxBytes() / 1048576
                    + " MB.", limits.maxBytes() / 1048576);
        }
        if (!hasEndRecord(zip)) {
            throw new ArchiveException("archive.broken", "The file is not a readable zip archive.");
        }
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new ArchiveException("archive.tooManyEntries", "The archive holds more than "
                            + limits.maxEntries() + " entries.", limits.maxEntries());
                }
                String path = safePath(entry.getName());
                if (entry.isDirectory() || ignored(path)) {
                    continue;
                }
                byte[] bytes = readLimited(in, limits.maxEntryBytes(), path);
                total += bytes.length;
                if (total > limits.maxTotalBytes()) {
                    throw new ArchiveException("archive.tooBigUnpacked", "Unpacked, the archive is larger than "
                            + limits.maxTotalBytes() / 1048576 + " MB.", limits.maxTotalBytes() / 1048576);
                }
                if (files.put(path, bytes) != null) {
                    throw new ArchiveException("archive.duplicate", "'" + path + "' appears twice.", path);
                }
            }
        } catch (ZipException e) {
            throw new ArchiveException("archive.broken", "The file is not a readable zip archive.");
        } catch (IOException e) {
            throw new ArchiveException("archive.broken", "The file is not a readable zip archive.");
        }
        if (files.isEmpty()) {
            throw new ArchiveException("archive.noFiles", "The archive holds no files (is it a zip archive?).");
        }
        return new ContentBatch(withoutCommonFolder(files));
    }

    public static byte[] write(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(FIXED_TIME);
                out.putNextEntry(entry);
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A complete zip ends with an "end of central directory" record; a cut-off upload does not. */
    private static boolean hasEndRecord(byte[] zip) {
        int lowest = Math.max(0, zip.length - 22 - 65_535);
        for (int i = zip.length - 22; i >= lowest; i--) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x05 && zip[i + 3] == 0x06) {
                return true;
            }
        }
        return false;
    }

    static String safePath(String name) {
        String path = name.replace('\\', '/');
        boolean unsafe = path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.contains("\0")
                || java.util.Arrays.asList(path.split("/")).contains("..");
        if (unsafe) {
            throw new ArchiveException("archive.unsafePath", "The entry '" + printable(name)
                    + "' points outside the archive.", printable(name));
        }
        return path.startsWith("./") ? path.substring(2) : path;
    }

    private static boolean ignored(String path) {
        return path.startsWith("__MACOSX/") || path.endsWith(".DS_Store") || path.contains("/.")
                || path.startsWith(".");
    }

    private static byte[] readLimited(InputStream in, long max, String path) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > max) {
                throw new ArchiveException("archive.entryTooBig", "'" + path + "' is larger than " + max / 1024
                        + " KB.", path, max / 1024);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** An archive of the content folder itself (content/summaries/...) is read as if zipped from inside it. */
    private static Map<String, byte[]> withoutCommonFolder(Map<String, byte[]> files) {
        String first = files.keySet().iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return files;
        }
        String prefix = first.substring(0, slash + 1);
        boolean known = java.util.List.of("summaries/", "guides/", "collections/").contains(prefix);
        if (known || !files.keySet().stream().allMatch(p -> p.startsWith(prefix))) {
            return files;
        }
        Map<String, byte[]> stripped = new TreeMap<>();
        files.forEach((p, b) -> stripped.put(p.substring(prefix.length()), b));
        return stripped;
    }

    private static String printable(String name) {
        String safe = name.replaceAll("[^\\p{L}\\p{N}./_ -]", "?");
        return safe.length() > 100 ? safe.substring(0, 100) + "…" : safe;
    }
}
