# The rescue ISO's own configuration, on top of the minimal installer profile.
{ inputs, ... }:
{
  imports = [ inputs.self.nixosModules.default ];

  networking.networkmanager.enable = true;

  services.openssh = {
    enable = true;
    settings.PermitRootLogin = "yes";
  };

  users.users.root.openssh.authorizedKeys.keys = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnly admin@example" ];
}
