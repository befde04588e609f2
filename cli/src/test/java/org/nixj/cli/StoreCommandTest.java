package org.nixj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nixj store add-file}, {@code add} and {@code verify}. */
class StoreCommandTest {
    @TempDir
    Path dir;

    @Test
    void addsFilesAsNixDoesAndFindsAModifiedObject() throws IOException {
        Path store = dir.resolve("store");
        Path file = dir.resolve("x.txt");
        Files.writeString(file, "hi\n");
        // The paths `nix store add-file` and `nix store add-path` give this file.
        CliRun flat = CliRun.run("store", "add-file", file.toString(), "--store", store.toString());
        assertEquals("/nix/store/wrb7x1861wfpc8ji8rx07ziv8hkz6q85-x.txt\n", flat.out(), flat.err());
        CliRun nar = CliRun.run("store", "add", file.toString(), "--store", store.toString());
        assertEquals("/nix/store/fh9h40axn5aifc9dcx2a8g4xw4jlwi0d-x.txt\n", nar.out(), nar.err());

        assertEquals(0, CliRun.run("store", "verify", "--all", "--store", store.toString()).exitCode());

        Path object = store.resolve("fh9h40axn5aifc9dcx2a8g4xw4jlwi0d-x.txt");
        object.toFile().setWritable(true);
        Files.writeString(object, "changed\n");
        CliRun verify = CliRun.run("store", "verify", "/nix/store/fh9h40axn5aifc9dcx2a8g4xw4jlwi0d-x.txt", "--store", store.toString());
        assertEquals(1, verify.exitCode());
        assertTrue(verify.err().startsWith("error: path '/nix/store/fh9h40axn5aifc9dcx2a8g4xw4jlwi0d-x.txt' was modified! expected hash 'sha256-"),
                verify.err());
    }
}
