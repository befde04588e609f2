# nixpkgs' names for the Debian packages that stand in for them, so that configurations written for NixOS
# (`pkgs.vim`, `pkgs.openssh`, `users.users.x.shell = pkgs.bashInteractive`) find a package. A login shell gets
# NixOS's `shellPath` (where the shell is in the system's `sw`, Debian's usr/ merged in).
# Where Debian renamed a program (fd is fdfind, bat is batcat), nixpkgs' name is a package of links named as
# nixpkgs names the programs, which brings Debian's package along (in a system's sw and any buildEnv).
# Only names whose Debian package is in the set are given; the others stay the set's stand-ins.
{ debian, nixjTree }:
let
  shell = package: path: package // { shellPath = path; };
  # `links`: program name -> the file of `package` it runs (relative to the package).
  withProgramNames = pname: mainProgram: package: links:
    if package == null then null else
    nixjTree {
      name = "${pname}-${package.version}";
      entries = builtins.attrValues (builtins.mapAttrs (program: file: { path = "bin/${program}"; target = "${package}/${file}"; }) links);
      meta = package.meta // { inherit mainProgram; };
      passthru = { inherit pname; inherit (package) version; propagatedUserEnvPkgs = [ package ]; };
    };
  candidates = {
    bash = debian.bash or null;
    bashInteractive = debian.bash or null;
    busybox = debian.busybox-static or null;
    ddrescue = debian.gddrescue or null;
    bat = withProgramNames "bat" "bat" (debian.bat or null) { bat = "usr/bin/batcat"; };
    dnsutils = debian.bind9-dnsutils or null;
    fd = withProgramNames "fd" "fd" (debian.fd-find or null) { fd = "usr/bin/fdfind"; };
    gawk = debian.gawk or null;
    gnugrep = debian.grep or null;
    gnused = debian.sed or null;
    gnutar = debian.tar or null;
    gptfdisk = debian.gdisk or null;
    iperf = debian.iperf3 or null;
    iputils = debian.iputils-ping or null;
    man = debian.man-db or null;
    mkpasswd = debian.whois or null;
    mtr = debian.mtr-tiny or null;
    netcat = debian.netcat-openbsd or null;
    networkmanager = debian.network-manager or null;
    nettools = debian.net-tools or null;
    nfs-utils = debian.nfs-common or null;
    nix = debian.nix-bin or null;
    ntfsprogs = debian.ntfs-3g or null;
    ntfs3g = debian.ntfs-3g or null;
    openssh = debian.openssh-server or null;
    p7zip = debian.p7zip-full or null;
    polkit = debian.polkitd or null;
    shadow = debian.login or null;
    squashfsTools = debian.squashfs-tools or null;
    sshfs-fuse = debian.sshfs or null;
    vim = debian.vim-tiny or null;
    which = debian.debianutils or null;
    wpa_supplicant = debian.wpasupplicant or null;
    xz = debian.xz-utils or null;
    zstd = debian.zstd or null;
  };
  present = builtins.removeAttrs candidates (builtins.filter (name: candidates.${name} == null) (builtins.attrNames candidates));
  shells = {
    bash = "/bin/bash";
    bashInteractive = "/bin/bash";
    shadow = "/sbin/nologin";
  };
in
builtins.mapAttrs (name: package: if shells ? ${name} then shell package shells.${name} else package) present
// builtins.mapAttrs (name: path: shell debian.${name} path)
  (builtins.intersectAttrs debian { zsh = "/bin/zsh"; dash = "/bin/dash"; fish = "/bin/fish"; })
