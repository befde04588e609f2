# The fixed user and group ids NixOS gives its own accounts.
{ lib, ... }:
{
  options.ids = {
    uids = lib.mkOption {
      internal = true;
      type = lib.types.attrsOf lib.types.ints.u32;
      description = "The user ids used in NixOS.";
    };
    gids = lib.mkOption {
      internal = true;
      type = lib.types.attrsOf lib.types.ints.u32;
      description = "The group ids used in NixOS.";
    };
  };

  config.ids = {
    uids = { root = 0; gdm = 132; sddm = 223; nixbld = 30000; nobody = 65534; };
    gids = {
      root = 0; wheel = 1; kmem = 2; tty = 3; messagebus = 4; disk = 6; audio = 17; floppy = 18; uucp = 19;
      lp = 20; cdrom = 24; tape = 25; video = 26; dialout = 27; utmp = 29; adm = 55; networkmanager = 57;
      systemd-journal = 62; users = 100; input = 174; kvm = 302; render = 303; sgx = 304; shadow = 318;
      gdm = 132; sddm = 223; clock = 327; nixbld = 30000; nogroup = 65534;
    };
  };
}
