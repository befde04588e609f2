package org.nixj.cli.image;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nixj image}: groups the image subcommands. */
@Command(
        name = "image",
        description = "Write ISO 9660, squashfs, cpio and FAT images from a directory and/or TARGET=SOURCE lists, reproducibly.",
        subcommands = {IsoCommand.class, SquashfsCommand.class, CpioCommand.class, FatCommand.class})
public final class ImageCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
