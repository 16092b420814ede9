package org.kmbportal.insights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.platform.PortalSettings;
import org.kmbportal.platform.Tokens;

/**
 * The one-way code under which a "was this useful?" answer remembers its reader: an HMAC-SHA256 under a secret that
 * is not in the database, so a copy of the database (a backup, an export) does not tell whose answer it is, even to
 * someone who tries every account. The secret is the setting {@value PortalSettings#ANSWERER_KEY} (give every node
 * the same one), else a random one made at first start in the data directory ({@value #FILE}, readable by its owner
 * only). A lost secret only means that answers given before no longer replace a reader's next one.
 */
@ApplicationScoped
public class AnswererKey {

    static final String FILE = "answerer.key";

    @Inject
    PortalSettings settings;

    SecretKeySpec key;

    @PostConstruct
    void open() {
        key = spec(settings.answererKey().orElseGet(() -> kept(settings.dataDir().resolve(FILE))));
    }

    /** The code of the text (the reader with the resource and place), 64 hexadecimal characters. */
    public String code(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static SecretKeySpec spec(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /**
     * The secret kept in the file, made first if there is none: written whole to a new file and moved in place, so a
     * crash leaves either no file or the whole secret.
     */
    static String kept(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path fresh = Files.createTempFile(file.toAbsolutePath().getParent(), FILE, ".new");
                try {
                    restrict(fresh);
                    Files.writeString(fresh, Tokens.random() + "\n");
                    Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(fresh);
                }
            }
            String secret = Files.readString(file).strip();
            if (secret.isEmpty()) {
                throw new IllegalStateException(file + " is empty: delete it to have a new secret made");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("The answerer secret " + file + " could not be read or made", e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the file system has no owner-only permission (left as the data directory's)
        }
    }
}
