package org.kmbportal.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Assignable;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.exporter.ArchiveExportException;
import org.jboss.shrinkwrap.api.exporter.FileExistsException;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.exporter.ZipStoredExporter;

/**
 * Writes an archive made from a zip file (the real WAR, {@link Deployments#portal}) as a copy of that file with the
 * archive's changes applied: the entries still as imported are copied as they are, compressed bytes and all, and only
 * the added or replaced ones (the test classes, Arquillian's own jars) are written. Arquillian writes the deployment
 * out before Payara starts; ShrinkWrap's exporters inflate and write again every entry of the 160 MB WAR (the ONNX
 * runtime alone is 93 MB), which kept the test JVM busy for 15 to 25 s before Payara could start. The same files reach
 * the server ({@code CopyingZipExporterTest}). An archive not made from one zip file is written stored, as before.
 */
public final class CopyingZipExporter implements ZipExporter {

    private final Archive<?> archive;

    /** Called by ShrinkWrap's extension loader for the archive being exported. */
    public CopyingZipExporter(Archive<?> archive) {
        this.archive = archive;
    }

    private ZipStoredExporter stored() {
        return archive.as(ZipStoredExporter.class);
    }

    @Override
    public InputStream exportAsInputStream() {
        return stored().exportAsInputStream();
    }

    @Override
    public void exportTo(OutputStream target) throws ArchiveExportException {
        try {
            Path file = Files.createTempFile("kmb-deployment", ".zip");
            try {
                exportTo(file.toFile(), true);
                Files.copy(file, target);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new ArchiveExportException("Could not write " + archive.getName(), e);
        }
    }

    @Override
    public void exportTo(File target, boolean overwrite) throws ArchiveExportException, FileExistsException {
        if (target.exists() && !overwrite) {
            throw new FileExistsException(target.getAbsolutePath() + " exists");
        }
        Map<ArchivePath, Node> content = archive.getContent();
        List<String> sources = content.values().stream().map(node -> zipOf(node.getAsset())).filter(
                java.util.Objects::nonNull).distinct().toList();
        if (sources.size() != 1) {
            stored().exportTo(target, overwrite);
            return;
        }
        try {
            Files.copy(Path.of(sources.get(0)), target.toPath(), StandardCopyOption.REPLACE_EXISTING);
            applyChanges(content, sources.get(0), target.toPath());
        } catch (IOException e) {
            throw new ArchiveExportException("Could not write " + archive.getName() + " to " + target, e);
        }
    }

    @Override
    public void exportTo(File target) throws ArchiveExportException, FileExistsException {
        exportTo(target, false);
    }

    @Override
    public <TYPE extends Assignable> TYPE as(Class<TYPE> type) {
        return archive.as(type);
    }

    /** In the copy: writes what is not as imported from the source, and removes what the archive no longer has. */
    private static void applyChanges(Map<ArchivePath, Node> content, String source, Path copy) throws IOException {
        Set<String> kept = new HashSet<>();
        try (FileSystem zip = FileSystems.newFileSystem(copy)) {
            for (Map.Entry<ArchivePath, Node> entry : content.entrySet()) {
                String name = entry.getKey().get();
                Asset asset = entry.getValue().getAsset();
                Path inZip = zip.getPath(name);
                kept.add(inZip.toString());
                if (asset == null) {
                    Files.createDirectories(inZip);
                } else if (!source.equals(zipOf(asset)) || !name.equals("/" + entryOf(asset).getName())) {
                    if (inZip.getParent() != null) {
                        Files.createDirectories(inZip.getParent());
                    }
                    try (InputStream in = asset.openStream()) {
                        Files.copy(in, inZip, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            List<Path> removed;
            try (Stream<Path> all = Files.walk(zip.getPath("/"))) {
                removed = all.filter(p -> Files.isRegularFile(p) && !kept.contains(p.toString())).toList();
            }
            for (Path gone : removed) {
                Files.delete(gone);
            }
        }
    }

    /** The zip file an asset was imported from (ShrinkWrap's {@code ZipFileEntryAsset}), or null. */
    private static String zipOf(Asset asset) {
        ZipFile file = (ZipFile) importedField(asset, "file");
        return file == null ? null : file.getName();
    }

    private static ZipEntry entryOf(Asset asset) {
        return (ZipEntry) importedField(asset, "entry");
    }

    private static Object importedField(Asset asset, String name) {
        if (asset == null || !asset.getClass().getName().equals(
                "org.jboss.shrinkwrap.impl.base.asset.ZipFileEntryAsset")) {
            return null;
        }
        try {
            Field field = asset.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return field.get(asset);
        } catch (ReflectiveOperationException e) {
            throw new UncheckedIOException(new IOException("ShrinkWrap's imported entries changed shape", e));
        }
    }
}
