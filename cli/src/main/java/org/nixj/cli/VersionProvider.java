package org.nixj.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version recorded in the jar's manifest at build time. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"nixj " + (version == null ? "(development build)" : version)};
    }
}
