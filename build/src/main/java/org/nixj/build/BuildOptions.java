package org.nixj.build;

/**
 * How a realisation runs.
 *
 * @param jobs how many builds may run at once (at least 1)
 * @param keepGoing whether to go on with the builds that do not depend on a failed one (Nix's
 *     {@code --keep-going}); otherwise no new build starts after a failure
 */
public record BuildOptions(int jobs, boolean keepGoing) {
    public BuildOptions {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }

    /** As many jobs as the machine has cores; stop at the first failure. */
    public static BuildOptions defaults() {
        return new BuildOptions(Runtime.getRuntime().availableProcessors(), false);
    }
}
