# What every installation medium has: the `nixos` account, automatic login, sshd, NetworkManager and a
# channel of NixOS.
{ config, lib, pkgs, ... }:
{
  imports = [
    ../installer/scan/detected.nix
    ../installer/scan/not-detected.nix
    ./clone-config.nix
    ../installer/cd-dvd/channel.nix
  ];

  config = {
    system.nixos.variant_id = lib.mkDefault "installer";

    # The minimal profile turns documentation off; the installer wants it back.
    documentation.enable = lib.mkImageMediaOverride true;
    documentation.nixos.enable = lib.mkImageMediaOverride true;

    # An unprivileged account to work in, without a password.
    users.users.nixos = {
      isNormalUser = true;
      extraGroups = [ "wheel" "networkmanager" "video" ];
      initialHashedPassword = "";
    };

    # root may log in without a password too.
    users.users.root.initialHashedPassword = "";

    security.polkit.enable = true;

    security.sudo = {
      enable = lib.mkDefault true;
      wheelNeedsPassword = lib.mkImageMediaOverride false;
    };

    services.getty.autologinUser = "nixos";

    services.getty.helpLine = ''
      The "nixos" and "root" accounts have empty passwords.

      To log in over ssh you must set a password for either "nixos" or "root"
      with `passwd` (prefix with `sudo` for "root"), or add your public key to
      /home/nixos/.ssh/authorized_keys or /root/.ssh/authorized_keys.

      To set up a wireless connection, run `nmtui`.
    '' + lib.optionalString config.services.xserver.enable ''

      Type `sudo systemctl start display-manager' to
      start the graphical user interface.
    '';

    # sshd runs; logging in needs a password set with passwd or an authorized key.
    services.openssh = {
      enable = lib.mkDefault true;
      settings.PermitRootLogin = lib.mkDefault "yes";
    };

    networking.networkmanager.enable = true;

    # Nix collects garbage early, for machines without swap yet.
    environment.variables.GC_INITIAL_HEAP_SIZE = "1M";

    # Forks of big processes should not fail for lack of memory that is there.
    boot.kernel.sysctl."vm.overcommit_memory" = "1";

    # NixOS keeps stdenvNoCC, busybox, makeInitrdNGTool and jq on the medium so that nixos-install works
    # offline; nixj's package set has Debian's busybox and jq, and no nixos-install to serve.
    system.extraDependencies = with pkgs; [ busybox jq ];

    boot.swraid.enable = true;
    boot.swraid.mdadmConf = "PROGRAM ${pkgs.coreutils}/bin/true";

    networking.firewall.logRefusedConnections = lib.mkDefault false;

    # The medium's /var does not persist: pstore entries must not be moved there.
    environment.etc."systemd/pstore.conf".text = ''
      [PStore]
      Unlink=no
    '';

    # nix copy to the live system.
    nix.settings.trusted-users = [ "nixos" ];

    environment.defaultPackages = with pkgs; [ rsync ];

    programs.git.enable = lib.mkDefault true;

    system.stateVersion = lib.mkDefault lib.trivial.release;

    nixpkgs.overlays = [
      (_: prev: {
        mbrola-voices = prev.mbrola-voices.override { languages = [ "*1" ]; };
      })
    ];
  };
}
