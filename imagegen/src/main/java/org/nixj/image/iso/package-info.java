/**
 * ISO 9660 images as NixOS's live ISO needs them: ECMA-119 (4th edition, 2019) at interchange level 3 with
 * multi-extent files; the System Use Sharing Protocol (SUSP 1.12) and Rock Ridge (RRIP 1.12: PX, TF, NM, SL,
 * PN, CE, ER "RRIP_1991A", SP on the root); Joliet (Microsoft's supplementary descriptor with escape
 * {@code %/E}, UCS-2 level 3); El Torito 1.0 with a BIOS no-emulation entry (boot-info-table) and a UEFI
 * section (platform 0xEF); and the hybrid system area: an isohybrid MBR built on syslinux's
 * {@code isohdpfx.bin} plus a GPT (UEFI 2.10, chapter 5) so the same file boots from a USB stick.
 *
 * <p>Each on-disk structure has its own class with {@code encode} (and {@code decode} where tests read it
 * back); {@link org.nixj.image.iso.IsoWriter} runs the phases: collect names and system-use entries, lay out
 * every extent, emit.
 */
package org.nixj.image.iso;
