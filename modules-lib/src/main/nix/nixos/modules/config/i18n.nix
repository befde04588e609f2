# i18n.*: locales.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options.i18n = {
    defaultLocale = mkOption {
      type = types.str;
      default = "en_US.UTF-8";
      example = "nl_NL.UTF-8";
      description = "The default locale (LANG).";
    };
    extraLocaleSettings = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = { LC_MESSAGES = "en_US.UTF-8"; LC_TIME = "de_DE.UTF-8"; };
      description = "Further locale variables (LC_*).";
    };
    supportedLocales = mkOption {
      type = types.listOf types.str;
      default = lib.unique (map (l: (builtins.replaceStrings [ "utf8" "utf-8" "UTF8" ] [ "UTF-8" "UTF-8" "UTF-8" ] l) + "/UTF-8")
        ([ "C.UTF-8" "en_US.UTF-8" config.i18n.defaultLocale ] ++ lib.attrValues (lib.filterAttrs (name: _: name != "LANGUAGE") config.i18n.extraLocaleSettings)));
      example = [ "en_US.UTF-8/UTF-8" "nl_NL.UTF-8/UTF-8" ];
      description = "The locales the system supports (entries of glibc's SUPPORTED list).";
    };
  };
}
