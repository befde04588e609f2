/**
 * The "new ASCII" (newc, magic {@code 070701}) cpio format, as read by the Linux kernel's initramfs
 * unpacker (Documentation/driver-api/early-userspace/buffer-format.rst) and by GNU cpio. Entries are
 * written in sorted pre-order with inode numbers counted from 1, so archives are reproducible.
 */
package org.nixj.image.cpio;
