# The bundled package set: `import <nixpkgs> { }` and the `pkgs` NixOS modules get. It has the platform
# (`stdenv.hostPlatform`, `stdenv.buildPlatform`, `system`), `lib`, the configuration and overlays it was
# given, Debian's packages by their Debian names (../debian, with nixpkgs' names for some: ./debian-aliases.nix),
# the trivial builders (../build-support/trivial-builders.nix, built by nixj in-process), the builders of
# live media (../build-support/live-media.nix), Debian's kernel as `linuxPackages` when the set has it, and a name
# for each common package nixj does not have yet, whose value throws, naming the package, only when used.
# So `environment.systemPackages = [ pkgs.vim ]` evaluates, and only reading that option fails.
{ lib
, localSystem
, crossSystem ? null
, config ? { }
, overlays ? [ ]
}:
let
  buildPlatform = lib.systems.elaborate localSystem;
  hostPlatform = if crossSystem == null then buildPlatform else lib.systems.elaborate crossSystem;

  missing = name: throw "nixj's bundled nixpkgs has no package '${name}' yet";

  # Names of packages (and package sets) that configurations commonly mention, and the Debian packages the
  # NixOS modules use (nixos/modules/system/debian.nix). A name outside this list is
  # reported by Nix itself ("attribute 'x' missing"), as for any attribute set.
  names = lib.strings.splitString " " (builtins.replaceStrings [ "\n" ] [ " " ] (lib.strings.trim ''
    acl age alacritty ansible apacheHttpd aria2 atool attr autoconf automake bash bash-completion bashInteractive
    bat bc bind binutils bison bottom btop btrfs-progs busybox bzip2 cabextract cacert cargo ccrypt cmake
    coreutils coreutils-full cpio cryptsetup curl dar ddrescue delta diffutils direnv disko dmidecode dmraid
    dnsutils docker docker-compose dosfstools dropbear e2fsprogs ed efibootmgr efivar emacs eza f2fs-tools fd
    ffmpeg file findutils firefox fish flex fzf gawk gcc gdb gettext gh git git-lfs gitFull glibc glibcLocales
    gnugrep gnumake gnupg gnused gnutar go gparted gptfdisk grub2 grub2_efi gzip hdparm helix htop iftop
    inetutils iotop iproute2 iptables iputils jfsutils jq kbd kmod less lf libxcrypt linux linuxPackages
    linuxPackages_latest linuxKernel lm_sensors lshw lsof lvm2 lynx man man-db man-pages mbrola-voices mdadm
    memtest86plus mkpasswd mosh mtools mtr nano nano-wrapped ncdu neovim net-tools nettools networkmanager
    nftables ninja nix nix-output-monitor nixVersions nixos-grub2-theme nixos-install-tools nmap nodejs ntfs3g
    ntfsprogs nushell nvme-cli openssh openssl p7zip parted patch pciutils perl pigz pkg-config polkit procps
    psmisc pv python3 pythonPackages python3Packages qemu ranger refind restic ripgrep rsync rustc rustup
    sdparm screen sddm shadow smartmontools socat sqlite squashfsTools sshfs sshfs-fuse sshfsFuse starship
    stdenvNoCC strace sudo syslinux systemd tailscale tcpdump terminus_font testdisk tmux tree unzip usbutils
    util-linux vim w3m wget which wireguard-tools wpa_supplicant xfsprogs xorriso xz yazi zfs zip zoxide zsh
    zstd fuse fuse3 fontconfig dejavu_fonts noto-fonts home-manager vscode wl-clipboard xclip zellij
    makeInitrdNGTool grub2_ieee1275 nixos-artwork pam pam_u2f pam_ssh_agent_auth google-authenticator xorg
    mesa mesa-demos glxinfo xterm xdg-utils nixos-icons nixos-bgrt-plymouth pipewire wireplumber pulseaudio
    gnome-session gnome-shell adwaita-icon-theme gnome-backgrounds gnome-bluetooth gnome-color-manager
    gnome-control-center gnome-tour gnome-user-docs glib gnome-menus xdg-user-dirs xdg-user-dirs-gtk baobab
    decibels epiphany gnome-text-editor gnome-calculator gnome-calendar gnome-characters gnome-clocks
    gnome-console gnome-contacts gnome-font-viewer gnome-logs gnome-maps gnome-music gnome-system-monitor
    gnome-weather loupe nautilus papers gnome-connections showtime simple-scan snapshot yelp aisleriot atomix
    five-or-more four-in-a-row gnome-2048 gnome-chess gnome-klotski gnome-mahjongg gnome-mines gnome-nibbles
    gnome-robots gnome-sudoku gnome-taquin gnome-tetravex hitori iagno lightsoff quadrapassel swell-foop tali
    dconf-editor devhelp d-spy gnome-builder sysprof gnome-terminal geary evince gdm kdePackages libsForQt5
    calamares-nixos calamares-nixos-extensions maliit-framework maliit-keyboard spice-vdagent
    base-files base-passwd dash dbus debianutils grep hostname iputils-ping libpam-modules libpam-runtime login
    mawk mount ncurses-base netbase openssh-server passwd sed systemd-sysv tar udev xz-utils systemd-timesyncd
    systemd-zram-generator systemd-resolved pinentry-curses neovim-unwrapped earlyoom
    libc-bin libcap2-bin ncurses-bin netcat-openbsd openssh-client whois time
  ''));

  base = lib.genAttrs names missing // {
    inherit lib config overlays;
    inherit (hostPlatform) system;
    path = ../..;
    stdenv = {
      inherit hostPlatform buildPlatform;
      targetPlatform = hostPlatform;
      inherit (hostPlatform) system isLinux isDarwin isx86_64 isi686 isAarch64;
      mkDerivation = missing "stdenv.mkDerivation";
      cc = missing "stdenv.cc";
    };
    # What needs a package set nixj does not have yet fails the same way, naming itself.
    writeShellApplication = missing "writeShellApplication";
    fetchurl = missing "fetchurl";
    fetchFromGitHub = missing "fetchFromGitHub";
    callPackage = missing "callPackage";
    closureInfo = missing "closureInfo";
    makeAutostartItem = missing "makeAutostartItem";
  };

  trivialBuilders = self: import ../build-support/trivial-builders.nix {
    inherit lib;
    inherit (hostPlatform) system;
    inherit (self) runtimeShell;
  };

  liveMedia = import ../build-support/live-media.nix { inherit (hostPlatform) system; };

  # Debian's packages by their Debian names, for the platforms nixj has a pin file for (../debian): each
  # propagates its dependencies, so that buildEnv (and a system's sw) has their files too, also when it is
  # named by its output (`pkg.out`).
  debianPins = { x86_64-linux = ../debian/bookworm-amd64.nix; };
  debianPackages =
    if !(debianPins ? ${hostPlatform.system}) then { } else
    let
      unpacked = import ../debian/default.nix { pins = import debianPins.${hostPlatform.system}; };
      withDependencies = builtins.mapAttrs
        (name: package:
          let
            propagating = package // {
              propagatedUserEnvPkgs = map (dependency: withDependencies.${dependency}) package.debian.dependencies;
              out = propagating;
              all = [ propagating ];
            };
          in
          propagating)
        unpacked;
    in
    withDependencies;

  # Overlays apply as in nixpkgs: each sees the final set and the one before it.
  final = lib.fix (lib.fixedPoints.extends (lib.fixedPoints.composeManyExtensions overlays) (self: base // debianPackages // import ./debian-aliases.nix { debian = debianPackages; inherit (trivialBuilders self) nixjTree; multiarch = "${hostPlatform.parsed.cpu.name}-linux-gnu"; }
    // trivialBuilders self // liveMedia // {
    pkgs = self;
    buildPackages = self;
    pkgsBuildHost = self;
    runtimeShell = "${self.bash}/bin/bash";
    formats = import ../pkgs-lib/formats.nix { inherit lib; inherit (self) writeText; };
    # Debian's kernel, once the set has Debian's packages (../os-specific/linux/debian-kernel.nix).
    linuxPackages =
      let debian = import ../os-specific/linux/debian-kernel.nix { inherit lib hostPlatform; pkgs = self; }; in
      if debian == null then missing "linuxPackages" else debian;
    appendOverlays = more: import ./default.nix { inherit lib localSystem crossSystem config; overlays = overlays ++ more; };
    extend = overlay: final.appendOverlays [ overlay ];
  }));
in
final
