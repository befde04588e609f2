# networking.networkmanager.ensureProfiles: each profile a keyfile (sections by name, empty sections and null
# settings left out, free settings beside the declared connection.id and .type) written at boot under /run
# by a unit of its own, with envsubst and the environment files; none of it without profiles.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  inherit (n.lib) mkForce mkDefault mkImageMediaOverride;
  c = n.config [ n.installerMinimal {
    networking.networkmanager.ensureProfiles = {
      environmentFiles = [ "/run/secrets/wifi.env" ];
      profiles.home-wifi = {
        connection = { id = "home-wifi"; type = "wifi"; permissions = ""; autoconnect = true; };
        wifi = { mode = "infrastructure"; ssid = "Home Wi-Fi"; };
        wifi-security = { key-mgmt = "wpa-psk"; psk = "$HOME_WIFI_PASSWORD"; };
        ipv4 = { method = "auto"; dns-search = null; };
        ipv6 = { };
      };
    };
  } ];
  unit = c.systemd.services.NetworkManager-ensure-profiles;
in
{
  profile = c.networking.networkmanager.ensureProfiles.profiles.home-wifi;
  script = builtins.filter (line: builtins.match ".*(envsubst|nmcli|mkdir).*" line != null)
    (n.lib.splitString "\n" (builtins.replaceStrings [ "/nix/store/" ] [ "STORE/" ] unit.script));
  unit = { inherit (unit) wantedBy before after; inherit (unit.serviceConfig) EnvironmentFile UMask Type; };
  none = (n.config [ n.installerMinimal ]).systemd.services ? NetworkManager-ensure-profiles;
}
