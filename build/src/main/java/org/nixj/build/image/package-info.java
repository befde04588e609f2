/**
 * The builders of a live medium, behind NixOS's {@code system.build.initialRamdisk} ({@code
 * builtin:nixj-initrd}: busybox, kernel modules found through their {@code .modinfo}, the stage-1 script),
 * {@code nix-store.squashfs} ({@code builtin:nixj-squashfs}: a store closure with the packages' recorded
 * owners) and {@code system.build.isoImage} ({@code builtin:nixj-iso}: isolinux, systemd-boot in an EFI FAT
 * image, isohybrid). They run nixj's image writers (imagegen) in-process.
 */
package org.nixj.build.image;
