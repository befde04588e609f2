# nixpkgs' names for the Debian packages that stand in for them, so that configurations written for NixOS
# (`pkgs.vim`, `pkgs.openssh`, `users.users.x.shell = pkgs.bashInteractive`) find a package. A login shell gets
# NixOS's `shellPath` (where the shell is in the system's `sw`, Debian's usr/ merged in).
# Where Debian renamed a program (fd is fdfind, bat is batcat), nixpkgs' name is a package of links named as
# nixpkgs names the programs, which brings Debian's package along (in a system's sw and any buildEnv).
# Where nixpkgs' packages keep their PAM modules in lib/security (NixOS's PAM files name them there), pkgs.pam and
# the PAM module packages are links to Debian's lib/<multiarch>/security.
# Only names whose Debian package is in the set are given; the others stay the set's stand-ins.
{ debian, nixjTree, multiarch }:
let
  shell = package: path: package // { shellPath = path; };
  # A package of links named as nixpkgs names the files (`links`: path in the package -> the file or directory
  # of Debian's `package` it points to, or an absolute path into another package), which brings Debian's
  # package along.
  linkPackage = pname: meta: package: links:
    if package == null then null else
    nixjTree {
      # Debian's version as the package's store name has it (no epoch, no ~).
      name = "${pname}-${builtins.substring (builtins.stringLength package.pname + 1) (builtins.stringLength package.name) package.name}";
      entries = builtins.attrValues (builtins.mapAttrs (path: file: {
        inherit path;
        target = if builtins.substring 0 1 file == "/" then file else "${package}/${file}";
      }) links);
      meta = package.meta // meta;
      passthru = { inherit pname; inherit (package) version; propagatedUserEnvPkgs = [ package ]; };
    };
  # `links`: program name -> the file of `package` it runs (relative to the package).
  withProgramNames = pname: mainProgram: package: links:
    linkPackage pname { inherit mainProgram; } package
      (builtins.listToAttrs (map (program: { name = "bin/${program}"; value = links.${program}; }) (builtins.attrNames links)));
  # `dir`: where nixpkgs' package has its PAM modules (lib/security for most).
  pamModules = pname: dir: package: extraLinks: linkPackage pname { } package ({ ${dir} = "lib/${multiarch}/security"; } // extraLinks);
  candidates = {
    bash = debian.bash or null;
    bashInteractive = debian.bash or null;
    busybox = debian.busybox-static or null;
    ddrescue = debian.gddrescue or null;
    bat = withProgramNames "bat" "bat" (debian.bat or null) { bat = "usr/bin/batcat"; };
    dnsutils = debian.bind9-dnsutils or null;
    fd = withProgramNames "fd" "fd" (debian.fd-find or null) { fd = "usr/bin/fdfind"; };
    gawk = debian.gawk or null;
    # Debian splits GnuPG into a package per program; nixpkgs' gnupg has them all in bin.
    gnupg = if debian ? gnupg then withProgramNames "gnupg" "gpg" debian.gnupg {
      gpg = "${debian.gpg}/usr/bin/gpg";
      gpgv = "${debian.gpgv}/usr/bin/gpgv";
      gpgsm = "${debian.gpgsm}/usr/bin/gpgsm";
      gpg-agent = "${debian.gpg-agent}/usr/bin/gpg-agent";
      gpgconf = "${debian.gpgconf}/usr/bin/gpgconf";
      gpg-connect-agent = "${debian.gpgconf}/usr/bin/gpg-connect-agent";
      dirmngr = "${debian.dirmngr}/usr/bin/dirmngr";
    } else null;
    gnugrep = debian.grep or null;
    gnused = debian.sed or null;
    gnutar = debian.tar or null;
    gptfdisk = debian.gdisk or null;
    iperf = debian.iperf3 or null;
    iputils = debian.iputils-ping or null;
    man = debian.man-db or null;
    mkpasswd = debian.whois or null;
    mtr = debian.mtr-tiny or null;
    neovim-unwrapped = debian.neovim or null;
    netcat = debian.netcat-openbsd or null;
    networkmanager = debian.network-manager or null;
    nettools = debian.net-tools or null;
    nfs-utils = debian.nfs-common or null;
    nix = debian.nix-bin or null;
    ntfsprogs = debian.ntfs-3g or null;
    ntfs3g = debian.ntfs-3g or null;
    openssh = debian.openssh-server or null;
    pam = pamModules "linux-pam" "lib/security" (debian.libpam-modules or null) { };
    pam_ssh_agent_auth = pamModules "pam_ssh_agent_auth" "libexec" (debian.libpam-ssh-agent-auth or null) { };
    pam_u2f = pamModules "pam_u2f" "lib/security" (debian.libpam-u2f or null) { };
    google-authenticator = pamModules "google-authenticator-libpam" "lib/security" (debian.libpam-google-authenticator or null)
      { "bin/google-authenticator" = "usr/bin/google-authenticator"; };
    p7zip = debian.p7zip-full or null;
    # nixpkgs' pinentry-curses runs as bin/pinentry (its mainProgram), as gpg-agent calls it.
    pinentry-curses = withProgramNames "pinentry-curses" "pinentry" (debian.pinentry-curses or null)
      { pinentry = "usr/bin/pinentry-curses"; pinentry-curses = "usr/bin/pinentry-curses"; };
    polkit = debian.polkitd or null;
    shadow = debian.login or null;
    squashfsTools = debian.squashfs-tools or null;
    sshfs-fuse = debian.sshfs or null;
    vim = withProgramNames "vim" "vim" (debian.vim-tiny or null) { vim = "usr/bin/vim.tiny"; vi = "usr/bin/vim.tiny"; };
    which = debian.debianutils or null;
    wpa_supplicant = debian.wpasupplicant or null;
    xz = debian.xz-utils or null;
    # Only xauth of nixpkgs' X.Org set (pam_xauth runs it).
    xorg = if debian ? xauth then { xauth = withProgramNames "xauth" "xauth" debian.xauth { xauth = "usr/bin/xauth"; }; } else null;
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
