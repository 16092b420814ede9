package org.kmbportal.editorial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.kmbportal.content.ContentBatch;

class ContentArchiveTest {

    private static final ContentArchive.Limits LIMITS = new ContentArchive.Limits(1024 * 1024, 10, 4096, 16_384);

    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void readsWhatItWritesAndWritesTheSameBytesTwice() {
        Map<String, String> files = Map.of("taxonomy.yaml", "topics: {}\n", "guides/a.md", "---\nid: a\n---\nBody\n");
        byte[] once = ContentArchive.write(files);
        assertArrayEquals(once, ContentArchive.write(files));
        ContentBatch batch = ContentArchive.read(once, LIMITS);
        assertEquals("---\nid: a\n---\nBody\n", new String(batch.files().get("guides/a.md"), StandardCharsets.UTF_8));
    }

    @Test
    void refusesPathsThatLeaveTheArchive() throws IOException {
        for (String path : new String[]{"../evil.md", "guides/../../evil.md", "/etc/passwd", "C:/x.md",
                "guides\\..\\..\\x.md"}) {
            ArchiveException e = assertThrows(ArchiveException.class,
                    () -> ContentArchive.read(zip(Map.of(path, "x")), LIMITS), path);
            assertEquals("archive.unsafePath", e.messageKey());
        }
    }

    @Test
    void refusesBrokenTooBigAndOverfullArchives() throws IOException {
        byte[] good = zip(Map.of("guides/a.md", "x"));
        assertEquals("archive.broken", assertThrows(ArchiveException.class,
                () -> ContentArchive.read(Arrays.copyOf(good, good.length - 30), LIMITS)).messageKey());
        assertEquals("archive.broken", assertThrows(ArchiveException.class,
                () -> ContentArchive.read("not a zip at all, just some text".getBytes(StandardCharsets.UTF_8),
                        LIMITS))
                .messageKey());
        assertEquals("archive.noFiles",
                assertThrows(ArchiveException.class, () -> ContentArchive.read(zip(Map.of()), LIMITS)).messageKey());
        assertEquals("archive.entryTooBig", assertThrows(ArchiveException.class,
                () -> ContentArchive.read(zip(Map.of("guides/a.md", "x".repeat(5000))), LIMITS)).messageKey());
        Map<String, String> many = new java.util.TreeMap<>();
        for (int i = 0; i < 11; i++) {
            many.put("guides/g" + i + ".md", "x");
        }
        assertEquals("archive.tooManyEntries",
                assertThrows(ArchiveException.class, () -> ContentArchive.read(zip(many), LIMITS)).messageKey());
        Map<String, String> bulky = new java.util.TreeMap<>();
        for (int i = 0; i < 5; i++) {
            bulky.put("guides/g" + i + ".md", "y".repeat(4000));
        }
        assertEquals("archive.tooBigUnpacked",
                assertThrows(ArchiveException.class, () -> ContentArchive.read(zip(bulky), LIMITS)).messageKey());
        assertEquals("archive.tooBig", assertThrows(ArchiveException.class,
                () -> ContentArchive.read(new byte[2 * 1024 * 1024], LIMITS)).messageKey());
    }

    @Test
    void anArchiveOfTheContentFolderItselfIsReadFromInside() throws IOException {
        ContentBatch batch = ContentArchive.read(zip(Map.of("content/guides/a.md", "x", "content/taxonomy.yaml",
                "t")), LIMITS);
        assertEquals(java.util.Set.of("guides/a.md", "taxonomy.yaml"), batch.files().keySet());
    }
}
