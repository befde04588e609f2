# The Debian glue: what Debian's maintainer scripts do on an installed system, done by the configuration
# instead (nixj runs none of them; the design of nixj build lists them), for a NixOS-shaped system whose
# software is Debian bookworm's packages and whose PID 1 is Debian's systemd 252:
#   - /etc/machine-id, empty: without it systemd treats every boot as the first, and systemd-firstboot waits
#     for a key press before udev starts;
#   - /etc/.updated, so that ConditionNeedsUpdate= units do not run at every boot (the image's files are all
#     dated alike); stage 1 is to give /var/.updated the same text;
#   - /etc/environment and /etc/default/locale, empty (pam_env complains otherwise), /etc/nsswitch.conf
#     (/etc/profile is programs.bash's, with Debian's PATH);
#   - the PAM services of Debian's programs that NixOS's programs do not have (util-linux's `su -l`, passwd's
#     newusers), and /etc/pam.d/common-* (what pam-auth-update writes, with pam_unix) for the PAM files of
#     packages whose services security.pam.services does not define: those files include them;
#   - /etc/alternatives (what update-alternatives makes: awk, pager, which, ...) and the links to them in the
#     system's bin and sbin;
#   - every other file the packages put in /etc, linked from the system's sw (environment.etc wins);
#   - the packages a Debian system cannot boot without (system.debian.requiredPackages).
#
# Package names: nixj's package set names Debian's packages by their Debian names (pkgs.systemd,
# pkgs.base-passwd, pkgs.openssh-server). Where a Debian name is not NixOS's, the modules use it in these
# places only: system.debian.requiredPackages and services.openssh.package (pkgs.openssh-server);
# systemd.package is pkgs.systemd, as in NixOS.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.system.debian;

  # 2100-01-01 in nanoseconds: later than any file of the image, so no ConditionNeedsUpdate= unit runs,
  # whatever date the image writer gives the files (systemd compares /usr's date with it).
  updatedStamp = "TIMESTAMP_NSEC=4102444800000000000\n";

  # The links to /etc/alternatives, as a package of the system.
  alternativesPackage = pkgs.nixjTree {
    name = "debian-alternatives";
    entries = lib.mapAttrsToList (name: alternative: { path = alternative.link; target = "/etc/alternatives/${name}"; })
      cfg.alternatives;
  };

  alternativeOptions = { name, ... }: {
    options = {
      link = mkOption {
        type = types.str;
        default = "bin/${name}";
        description = "Where the system's sw links to /etc/alternatives/NAME (relative to sw, e.g. `bin/awk`).";
      };
      path = mkOption {
        type = types.str;
        example = "/usr/bin/gawk";
        description = "The program the alternative chooses (/etc/alternatives/NAME links to it).";
      };
    };
  };

  # What pam-auth-update writes with only pam_unix (and pam_systemd for sessions) enabled.
  pamCommon = {
    auth = ''
      auth	[success=1 default=ignore]	pam_unix.so nullok
      auth	requisite	pam_deny.so
      auth	required	pam_permit.so
    '';
    account = ''
      account	[success=1 new_authtok_reqd=done default=ignore]	pam_unix.so
      account	requisite	pam_deny.so
      account	required	pam_permit.so
    '';
    password = ''
      password	[success=1 default=ignore]	pam_unix.so obscure sha512
      password	requisite	pam_deny.so
      password	required	pam_permit.so
    '';
    session-noninteractive = ''
      session	[default=1]	pam_permit.so
      session	requisite	pam_deny.so
      session	required	pam_permit.so
      session	required	pam_unix.so
    '';
    session = pamCommon.session-noninteractive + ''
      session	optional	pam_systemd.so
    '';
  };
in
{
  options.system.debian = {
    requiredPackages = mkOption {
      # Names rather than packages, so that reading the system's packages names the first one missing of
      # those the configuration lists before these.
      type = types.listOf types.str;
      default = [
        "base-files" "base-passwd" "bash" "coreutils" "dash" "dbus" "debianutils" "diffutils" "findutils" "grep"
        "gawk" "gzip" "hostname" "iproute2" "iputils-ping" "kmod" "less" "libpam-modules" "libpam-runtime" "login"
        "mawk" "mount" "ncurses-base" "netbase" "passwd" "procps" "sed" "systemd" "systemd-sysv" "tar" "udev"
        "util-linux" "xz-utils"
        # The rest of NixOS's requiredPackages: acl, attr, bzip2, cpio, curl, getent and getconf (libc-bin),
        # patch, libcap's tools, ncurses's, netcat, the ssh client, mkpasswd (whois), time, zstd.
        "acl" "attr" "bzip2" "cpio" "curl" "libc-bin" "patch" "libcap2-bin" "ncurses-bin" "netcat-openbsd"
        "openssh-client" "whois" "time" "zstd"
      ];
      description = ''
        The Debian packages every system has (besides environment.systemPackages), by their Debian names
        (attributes of pkgs): PID 1 and udev, logins and PAM, the shell and the base tools, and what else
        NixOS puts in every system.
      '';
    };

    alternatives = mkOption {
      type = types.attrsOf (types.submodule alternativeOptions);
      default = { };
      example = { editor.path = "/usr/bin/vim.tiny"; };
      description = "The choices of update-alternatives: /etc/alternatives/NAME and the system's link to it, by name.";
    };
  };

  config = {
    # What the required packages' maintainer scripts choose. Both awks are there (mawk is Debian's, gawk
    # NixOS's); gawk's alternative has the higher priority, so awk is gawk, as on NixOS.
    system.debian.alternatives = lib.mapAttrs (_: lib.mapAttrs (_: lib.mkDefault)) {
      awk.path = "/usr/bin/gawk";
      nawk.path = "/usr/bin/gawk";
      pager.path = "/usr/bin/less";
      which.path = "/usr/bin/which.debianutils";
      lzma.path = "/usr/bin/xz";
      unlzma.path = "/usr/bin/unxz";
      rmt = { link = "sbin/rmt"; path = "/usr/sbin/rmt-tar"; };
      nc.path = "/bin/nc.openbsd";
      netcat.path = "/bin/nc.openbsd";
    };

    environment.systemPackages = lib.mkAfter (map (name: pkgs.${name}) cfg.requiredPackages ++ [ alternativesPackage ]);

    environment.etcFromPackages = [ "${config.system.path}/etc" ];

    # NixOS's su is shadow's, one PAM service for `su` and `su -l`; Debian's (util-linux's) has two.
    security.pam.services = {
      su-l = { rootOK = true; forwardXAuth = true; logFailures = true; };
      newusers.rootOK = true;
    };

    environment.etc = {
      # Copied (writable): systemd puts the boot's transient id over it.
      machine-id = { text = ""; mode = "0644"; };
      ".updated".text = updatedStamp;
      environment.text = "";
      "default/locale".text = "";
      "nsswitch.conf".text = ''
        passwd:         files
        group:          files
        shadow:         files
        gshadow:        files
        hosts:          files dns
        networks:       files
        protocols:      files
        services:       files
        ethers:         files
        rpc:            files
        netgroup:       files
      '';
    }
    // lib.mapAttrs' (name: text: lib.nameValuePair "pam.d/common-${name}" { inherit text; }) pamCommon
    // lib.mapAttrs' (name: alternative: lib.nameValuePair "alternatives/${name}" { source = alternative.path; }) cfg.alternatives;
  };
}
