# Helpers NixOS modules share (the `utils` module argument).
{ lib, config, pkgs }:
let
  inherit (lib) hasPrefix elem any;
in
rec {
  # The options, unit texts and unit folders of systemd's managers (./systemd-lib.nix).
  systemdUtils = import ./systemd-lib.nix { inherit lib pkgs; };

  # Mount points the system needs before stage 2: their file systems are mounted by the initrd.
  pathsNeededForBoot = [ "/" "/nix" "/nix/store" "/var" "/var/log" "/var/lib" "/var/lib/nixos" "/etc" "/usr" ];

  fsNeededForBoot = fs: fs.neededForBoot || elem fs.mountPoint pathsNeededForBoot;

  # Whether file system `a` must be mounted before `b`: `b` lies under `a`, its device is under `a`, or it
  # depends on something under `a`.
  fsBefore = a: b:
    let
      normalise = s: if lib.hasSuffix "/" s then s else s + "/";
      under = parent: child: hasPrefix (normalise parent) (normalise child);
    in
    under a.mountPoint b.mountPoint
    || (b.device != null && under a.mountPoint b.device)
    || any (under a.mountPoint) (b.depends or [ ]);

  # A login shell as /etc/passwd gives it: a shell package by its place in the system's `sw`, a path as it is.
  toShellPath = shell:
    if lib.isDerivation shell then "/run/current-system/sw${shell.shellPath}" else toString shell;

  # The `alias` lines of a shell's aliases (bash and zsh take the same syntax); null leaves an alias out.
  shellAliasLines = aliases: lib.concatStringsSep "\n" (lib.mapAttrsToList
    (name: value: "alias -- ${name}=${lib.escapeShellArg value}")
    (lib.filterAttrs (_: value: value != null) aliases));

  # Debian's PATH for a session's first shell (the system's software is linked into /usr, /bin and /sbin).
  debianPath = ''
    if [ "$(id -u)" -eq 0 ]; then
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
    else
      PATH=/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games
    fi
    export PATH
  '';

  # "/dev/disk/by-label/x" as systemd names units for it ("dev-disk-by\x2dlabel-x").
  escapeSystemdPath = s:
    let
      trimmed = lib.strings.removePrefix "/" (lib.strings.removeSuffix "/" s);
    in
    builtins.replaceStrings [ "/" "-" " " ] [ "-" "\\x2d" "\\x20" ] trimmed;
}
