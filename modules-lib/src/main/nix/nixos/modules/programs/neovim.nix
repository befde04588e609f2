# programs.neovim: Neovim in the system (Debian's), with the names vi and vim on request, as the default editor
# on request (EDITOR=nvim at the priority NixOS gives its editors' defaults), configure.customRC as the
# system-wide init file (/etc/xdg/nvim/sysinit.vim, which Neovim reads before the user's) and `runtime` files in
# /etc/xdg/nvim. (Not done: configure.packages, plugins from nixpkgs' vimPlugins; the Ruby, Python and Node.js
# providers are Debian's own choice.)
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.programs.neovim;
  flag = default: description: mkOption { type = types.bool; inherit default description; };

  runtimeOptions = { name, config, ... }: {
    options = {
      enable = flag true "Whether the file is written.";
      target = mkOption { type = types.str; default = name; description = "Its path under /etc/xdg/nvim."; };
      text = mkOption { type = types.nullOr types.lines; default = null; description = "Its text."; };
      source = mkOption { type = types.nullOr types.path; default = null; description = "The file it is, when text is null."; };
    };
  };

  programs = [ "nvim" ] ++ lib.optional cfg.viAlias "vi" ++ lib.optional cfg.vimAlias "vim";
in
{
  options.programs.neovim = {
    enable = flag false "Whether Neovim is in the system.";
    defaultEditor = flag false "Whether Neovim is the default editor (EDITOR=nvim).";
    viAlias = flag false "Whether `vi` runs Neovim.";
    vimAlias = flag false "Whether `vim` runs Neovim.";
    withRuby = flag true "Whether Neovim has its Ruby provider (nixj: Debian's package decides).";
    withPython3 = flag true "Whether Neovim has its Python 3 provider (nixj: Debian's package decides).";
    withNodeJs = flag false "Whether Neovim has its Node.js provider (nixj: Debian's package decides).";
    configure = mkOption {
      type = types.attrs;
      default = { };
      example = { customRC = "set number"; };
      description = "Neovim's configuration: customRC, Vim script run at start-up (/etc/xdg/nvim/sysinit.vim).";
    };
    package = lib.mkPackageOption pkgs "neovim-unwrapped" { };
    finalPackage = mkOption {
      type = types.package;
      visible = false;
      readOnly = true;
      description = "The package in the system: Neovim with the names chosen.";
    };
    runtime = mkOption {
      type = types.attrsOf (types.submodule runtimeOptions);
      default = { };
      example = { "ftplugin/c.vim".text = "setlocal cindent"; };
      description = "Files of Neovim's system-wide runtime folder, /etc/xdg/nvim.";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [{
      assertion = !(cfg.configure ? packages || cfg.configure ? plug);
      message = "programs.neovim.configure: nixj's bundled nixpkgs has no Vim plugins yet (packages, plug).";
    }];

    programs.neovim.finalPackage = pkgs.nixjTree {
      name = "neovim-${(builtins.parseDrvName cfg.package.name).version}";
      entries = map (name: { path = "bin/${name}"; target = "${cfg.package}/usr/bin/nvim"; }) programs;
      meta = (cfg.package.meta or { }) // { mainProgram = "nvim"; };
      passthru.propagatedUserEnvPkgs = [ cfg.package ];
    };
    environment.systemPackages = [ cfg.finalPackage ];
    environment.variables.EDITOR = lib.mkIf cfg.defaultEditor (lib.mkOverride 900 "nvim");

    environment.etc = lib.mapAttrs' (_: file: lib.nameValuePair "xdg/nvim/${file.target}"
      (lib.filterAttrs (_: value: value != null) { inherit (file) enable text source; }))
      (cfg.runtime // lib.optionalAttrs (cfg.configure ? customRC) { "sysinit.vim" = { enable = true; target = "sysinit.vim"; text = cfg.configure.customRC; source = null; }; });
  };
}
