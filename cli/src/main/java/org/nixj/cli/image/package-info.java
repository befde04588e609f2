/**
 * {@code nixj image iso|squashfs|cpio|fat}: the image writers of {@code imagegen} on the command line, so
 * images can be made, compared and benchmarked without a flake. One class per subcommand; the tree and
 * reproducibility options are a shared mixin ({@link org.nixj.cli.image.TreeOptions}). Input and output
 * problems are {@link org.nixj.image.io.ImageException}s (exit 1); impossible option values are picocli
 * parameter errors (exit 2).
 */
package org.nixj.cli.image;
