package org.kmbportal.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipStoredExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deployment written by copying the WAR holds the same files as ShrinkWrap's own export of it. */
class CopyingZipExporterTest {

    @TempDir
    Path dir;

    @Test
    void theCopyHoldsTheSameFilesAsShrinkWrapsExportAndKeepsUntouchedEntriesAsTheyWere() throws IOException {
        Random random = new Random(39);
        byte[] jar = new byte[300_000];
        random.nextBytes(jar);
        Path war = dir.resolve("portal.war");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(war))) {
            put(out, "WEB-INF/lib/native.jar", jar, false);
            put(out, "WEB-INF/web.xml", "<web-app/>".repeat(200).getBytes(), true);
            put(out, "index.xhtml", "« page » ".repeat(500).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    false);
            put(out, "gone.txt", "removed by the test".getBytes(), false);
        }
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war.toFile());
        archive.addClass(CopyingZipExporterTest.class).add(new StringAsset("<web-app version=\"6.0\"/>"),
                "WEB-INF/web.xml").delete("gone.txt");

        Path copied = dir.resolve("copied.war");
        new CopyingZipExporter(archive).exportTo(copied.toFile(), true);
        Path reference = dir.resolve("reference.war");
        archive.as(ZipStoredExporter.class).exportTo(reference.toFile(), true);

        Map<String, byte[]> expected = files(reference);
        Map<String, byte[]> actual = files(copied);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
        try (ZipFile source = new ZipFile(war.toFile()); ZipFile copy = new ZipFile(copied.toFile())) {
            ZipEntry before = source.getEntry("WEB-INF/lib/native.jar");
            ZipEntry after = copy.getEntry("WEB-INF/lib/native.jar");
            assertEquals(before.getMethod(), after.getMethod(), "copied as it was, not stored or deflated again");
            assertEquals(before.getCompressedSize(), after.getCompressedSize());
        }
    }

    private static void put(ZipOutputStream out, String name, byte[] bytes, boolean stored) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            entry.setCrc(crc.getValue());
        }
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }

    /** Each file of a zip (directories left out) and its bytes. */
    private static Map<String, byte[]> files(Path zip) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                if (!entry.isDirectory()) {
                    try (var in = file.getInputStream(entry)) {
                        files.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }

}
