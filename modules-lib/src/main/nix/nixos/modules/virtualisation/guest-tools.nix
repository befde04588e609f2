# The tools a system runs as the guest of a hypervisor: agents that let the host shut it down, share the
# clipboard, resize the screen.
{ lib, ... }:
let
  enableOption = description: lib.mkOption { type = lib.types.bool; default = false; inherit description; };
in
{
  options = {
    services.qemuGuest.enable = enableOption "Whether the QEMU guest agent runs.";
    services.spice-vdagentd.enable = enableOption "Whether the SPICE agent (clipboard, screen size) runs.";
    services.xe-guest-utilities.enable = enableOption "Whether the Xen guest utilities run.";
    virtualisation.hypervGuest.enable = enableOption "Whether the Hyper-V guest support runs.";
    virtualisation.virtualbox.guest.enable = enableOption "Whether the VirtualBox guest additions are installed.";
    virtualisation.vmware.guest.enable = enableOption "Whether the VMware guest tools run.";
  };
}
