# Machines without a console: no getty on the consoles, reboot on panic, no emergency mode.
{ lib, ... }:
{
  boot.vesa = false;

  systemd.services."serial-getty@ttyS0".enable = false;
  systemd.services."serial-getty@hvc0".enable = false;
  systemd.services."getty@tty1".enable = false;
  systemd.services."autovt@".enable = false;

  # Nobody can answer a panic: reboot.
  boot.kernelParams = [ "panic=1" "boot.panic_on_fail" ];

  systemd.enableEmergencyMode = false;

  boot.loader.grub.splashImage = null;
}
