package org.kmbportal.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmbportal.platform.Tokens;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * Whose "was this useful?" answer it was cannot be worked out from a copy of the database: the stored code is no
 * hash anyone can recompute from an account number, and the secret it needs is kept outside the database, made once.
 */
class AnswererKeyTest {

    @TempDir
    Path data;

    @Test
    void theSecretIsMadeOnceOwnerOnlyAndKeptAcrossStarts() throws IOException {
        Path file = data.resolve("nested").resolve(AnswererKey.FILE);
        String first = AnswererKey.kept(file);
        assertTrue(first.length() >= 40, first);
        assertEquals(first, AnswererKey.kept(file), "a restart reads the same secret");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var left = Files.list(file.getParent())) {
            assertEquals(1, left.count(), "no temporary file is left beside it");
        }
        assertNotEquals(first, AnswererKey.kept(data.resolve("other").resolve(AnswererKey.FILE)),
                "another data directory gets its own");
    }

    @Test
    void anEmptySecretFileIsRefusedWithWhatToDo() throws IOException {
        Path file = data.resolve(AnswererKey.FILE);
        Files.writeString(file, "  \n");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> AnswererKey.kept(file));
        assertTrue(refused.getMessage().contains("delete it"), refused.getMessage());
    }

    @Test
    void codesAreStableUnderOneSecretAndNothingAnyoneCanRecomputeWithoutIt() {
        AnswererKey one = key("one secret");
        AnswererKey same = key("one secret");
        AnswererKey other = key("another secret");
        Gen<String> reader = Gen.of("account:", "session:");
        Gen<String> slug = GeneratedText.upTo(80);
        Set<String> codes = new HashSet<>();
        Gen.tries("answerers", 500, random -> reader.next(random) + random.nextInt(100_000) + "|"
                + Gen.of("resource", "match").next(random) + "|" + slug.next(random)).forEach(text -> {
                    String code = one.code(text);
                    assertTrue(code.matches("[0-9a-f]{64}"), code);
                    assertEquals(code, same.code(text), "the same reader, resource and place: the same code");
                    assertNotEquals(code, other.code(text), text);
                    assertNotEquals(code, Tokens.sha256(text), "not the old unkeyed hash: " + text);
                    codes.add(text + "\u0000" + code);
                });
        assertTrue(codes.size() > 400, "generated texts differ: " + codes.size());
    }

    private static AnswererKey key(String secret) {
        AnswererKey key = new AnswererKey() {
        };
        key.key = AnswererKey.spec(secret);
        return key;
    }
}
