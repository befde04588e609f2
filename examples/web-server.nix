# A configuration in the NixOS style, evaluated by the module system of nixj's bundled nixpkgs-compatible
# library (`<nixpkgs/lib>`): one module declares the options, the others define them, with defaults,
# priorities (mkDefault, plain, mkForce), conditions (mkIf) and list ordering (mkBefore).
# `scripts/example.sh` evaluates it; so does `nix-instantiate --eval --strict -I nixpkgs=modules-lib/src/main/nix`.
let
  lib = import <nixpkgs/lib>;
  inherit (lib) mkOption mkIf mkDefault mkForce mkBefore types;

  declarations = {
    options.services.web = {
      enable = mkOption {
        type = types.bool;
        default = false;
        description = "Whether to run the web server.";
      };
      hostName = mkOption {
        type = types.str;
        default = "localhost";
      };
      port = mkOption {
        type = types.port;
        default = 80;
      };
      openPorts = mkOption {
        type = types.listOf types.port;
        default = [ ];
      };
      sites = mkOption {
        default = { };
        type = types.attrsOf (types.submodule ({ name, ... }: {
          options = {
            root = mkOption {
              type = types.str;
              default = "/srv/${name}";
            };
            tls = mkOption {
              type = types.bool;
              default = true;
            };
          };
        }));
      };
    };
  };

  server = { config, ... }: {
    services.web = {
      enable = true;
      hostName = mkDefault "web-01";
      sites.blog = { };
      sites.docs.tls = false;
      openPorts = mkIf config.services.web.enable [ config.services.web.port ];
    };
  };

  production = {
    services.web = {
      hostName = "www.example.org";
      port = mkForce 443;
      openPorts = mkBefore [ 22 ];
    };
  };
in
(lib.evalModules { modules = [ declarations server production ]; }).config.services.web
