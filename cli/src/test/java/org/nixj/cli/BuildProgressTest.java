package org.nixj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.nixj.build.BuildEvent;
import org.nixj.build.PlanSummary;
import org.nixj.store.StoreDirectory;
import org.nixj.store.StorePath;

/** The lines and the status line {@code nixj build} shows while it builds. */
class BuildProgressTest {
    private static final StorePath TOOL = StorePath.parseBaseName("0".repeat(32) + "-tool.drv");
    private static final StorePath DEB_DRV = StorePath.parseBaseName("1".repeat(32) + "-tool.deb.drv");
    private static final StorePath DEB = StorePath.parseBaseName("2".repeat(32) + "-tool.deb");

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true));

    @Test
    void onATerminalTheStatusLineCountsBuildsAndDownloadsWithTheirBytes() {
        BuildProgress progress = new BuildProgress(console, StoreDirectory.DEFAULT, false, true);
        progress.expect(new PlanSummary(List.of(TOOL), new TreeMap<>(Map.of(DEB_DRV, DEB)), OptionalLong.of(3 << 20)),
                path -> path.equals(DEB) ? 3 << 20 : -1);

        progress.accept(new BuildEvent.Started(DEB_DRV));
        assertEquals("[0/1 built, 0/1 downloaded (0.00/3.00 MiB), 1 running: tool.deb]", status());
        progress.accept(new BuildEvent.Finished(DEB_DRV));
        assertEquals("[0/1 built, 1/1 downloaded (3.00/3.00 MiB)]", status());
        progress.accept(new BuildEvent.Started(TOOL));
        progress.accept(new BuildEvent.Finished(TOOL));
        assertEquals("[1/1 built, 1/1 downloaded (3.00/3.00 MiB)]", status());
        assertTrue(err().contains("building '/nix/store/" + "1".repeat(32) + "-tool.deb.drv'...\n"), err());
    }

    @Test
    void withoutATerminalOnlyTheLinesArePrinted() {
        BuildProgress progress = new BuildProgress(console, StoreDirectory.DEFAULT, false, false);
        progress.expect(new PlanSummary(List.of(TOOL), new TreeMap<>(), OptionalLong.of(0)), path -> 0);
        progress.accept(new BuildEvent.Started(TOOL));
        progress.accept(new BuildEvent.Finished(TOOL));
        progress.finish();

        assertEquals("building '/nix/store/" + "0".repeat(32) + "-tool.drv'...\n", err());
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The status line as it stands: what follows the last erase of the line. */
    private String status() {
        String all = err();
        String afterErase = all.substring(all.lastIndexOf("\r\u001b[K") + 4);
        return afterErase.substring(afterErase.lastIndexOf('\n') + 1);
    }
}
