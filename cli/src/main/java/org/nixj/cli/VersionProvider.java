package org.nixj.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the version recorded in the jar's manifest at build time. Public so that commands in
 * other packages ({@code nixj repl}) can name it.
 */
public final class VersionProvider implements IVersionProvider {
    /** The provider picocli makes for a command's {@code --version}. */
    public VersionProvider() {}

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"nixj " + (version == null ? "(development build)" : version)};
    }
}
