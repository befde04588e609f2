# More of what the installer profiles set.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
in
let c = n.config [ n.installerMinimal ]; in {
  variant = c.system.nixos.variant_id;
  networkmanager = c.networking.networkmanager.enable;
  wireless = c.networking.wireless.enable;
  trusted = c.nix.settings.trusted-users;
  docs = { inherit (c.documentation) enable; man = c.documentation.man.enable; doc = c.documentation.doc.enable; nixos = c.documentation.nixos.enable; info = c.documentation.info.enable; };
  fontconfig = c.fonts.fontconfig.enable;
  stateVersion = c.system.stateVersion;
  git = c.programs.git.enable;
  memtest = c.boot.loader.grub.memtest86.enable;
  grub = c.boot.loader.grub.enable;
  timeout = c.boot.loader.timeout;
  gc = c.environment.variables.GC_INITIAL_HEAP_SIZE;
  sysctl = c.boot.kernel.sysctl."vm.overcommit_memory";
  swraid = c.boot.swraid.enable;
  channel = c.system.installer.channel.enable;
  hostId = c.networking.hostId;
  allHardware = c.hardware.enableAllHardware;
  logRefused = c.networking.firewall.logRefusedConnections;
  polkit = c.security.polkit.enable;
}
