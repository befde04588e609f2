/**
 * FAT12/16/32 images, as used for the EFI system partition image ({@code efi.img}) of a live ISO.
 * Follows Microsoft's "FAT: General Overview of On-Disk Format" (version 1.03, 2000): the cluster count
 * alone decides FAT12 (&lt; 4085), FAT16 (&lt; 65525) or FAT32; FAT32 adds the FSInfo sector, a backup boot
 * sector at 6 and a root directory in clusters; long names use VFAT LFN entries with the 8.3
 * checksum. Everything that varies elsewhere is fixed here: the volume serial, every date (from the tree's
 * single mtime), the order of files (sorted) and the allocation (contiguous, in tree order).
 */
package org.nixj.image.fat;
