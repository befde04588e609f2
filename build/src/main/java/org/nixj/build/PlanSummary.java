package org.nixj.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import org.nixj.build.builder.FetchurlBuilder;
import org.nixj.build.debian.AptDownloadSource;
import org.nixj.store.Derivation;
import org.nixj.store.StoreDirectory;
import org.nixj.store.StorePath;

/**
 * What a plan will do, as {@code --dry-run} tells it: the derivations it will build and the files it will
 * download (the outputs of its {@code builtin:fetchurl} derivations), with the download's size when every
 * download says how large it is (Debian packages do, through their pin).
 *
 * @param builds the derivations to build, downloads not among them
 * @param downloads the download derivations, each with the path it will produce
 * @param downloadBytes the downloads' total size, when all of them are known
 */
public record PlanSummary(List<StorePath> builds, SortedMap<StorePath, StorePath> downloads, OptionalLong downloadBytes) {
    public PlanSummary {
        builds = List.copyOf(builds);
        downloads = Collections.unmodifiableSortedMap(new TreeMap<>(downloads));
    }

    /** The paths the downloads will produce, sorted. */
    public List<StorePath> downloadPaths() {
        return downloads.values().stream().sorted().toList();
    }

    /** Sorts {@code plan}'s derivations into builds and downloads. */
    public static PlanSummary of(Realiser realiser, StoreDirectory store, Plan plan) throws BuildException {
        List<StorePath> builds = new ArrayList<>();
        SortedMap<StorePath, StorePath> downloads = new TreeMap<>();
        long bytes = 0;
        boolean sized = true;
        for (StorePath drvPath : plan.builds()) {
            Derivation drv = realiser.derivation(drvPath);
            if (!drv.builder().equals("builtin:" + FetchurlBuilder.NAME) || !drv.isFixedOutput()) {
                builds.add(drvPath);
                continue;
            }
            downloads.put(drvPath, drv.outputPath(store, "out"));
            String size = drv.env().get(AptDownloadSource.SIZE);
            if (size != null && size.matches("[0-9]{1,18}")) {
                bytes += Long.parseLong(size);
            } else {
                sized = false;
            }
        }
        builds.sort(null);
        return new PlanSummary(builds, downloads, sized ? OptionalLong.of(bytes) : OptionalLong.empty());
    }
}
