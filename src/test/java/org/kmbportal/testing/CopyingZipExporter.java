package org.kmbportal.testing;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;

import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.Assignable;
import org.jboss.shrinkwrap.api.exporter.ArchiveExportException;
import org.jboss.shrinkwrap.api.exporter.FileExistsException;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.exporter.ZipStoredExporter;

/**
 * Writes an archive as ShrinkWrap's {@link ZipExporter} does, with its entries stored rather than deflated. Arquillian
 * writes the deployment with a {@code ZipExporter}; the WAR is 160 MB of jars that are compressed already (the ONNX
 * runtime alone is 93 MB), and deflating them again cost the test JVM about a minute on the loaded build machine
 * before Payara could start. The same files reach the server.
 */
public final class StoredZipExporter implements ZipExporter {

    private final Archive<?> archive;

    /** Called by ShrinkWrap's extension loader for the archive being exported. */
    public StoredZipExporter(Archive<?> archive) {
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
        stored().exportTo(target);
    }

    @Override
    public void exportTo(File target, boolean overwrite) throws ArchiveExportException, FileExistsException {
        stored().exportTo(target, overwrite);
    }

    @Override
    public void exportTo(File target) throws ArchiveExportException, FileExistsException {
        stored().exportTo(target);
    }

    @Override
    public <TYPE extends Assignable> TYPE as(Class<TYPE> type) {
        return archive.as(type);
    }
}
