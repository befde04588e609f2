# lib.optionAttrSetToDocList: one entry per option (the submodules' options too, under `<name>` and `*`),
# defaults and examples as literal expressions (defaultText as given), `visible = "shallow"` listing the
# option without its submodule's options, internal and read-only options marked.
{ lib }:
with lib;
{
  modules = [
    {
      _file = "/m/doc.nix";
      options.a = mkOption { type = types.int; default = 1; example = 5; description = "A number."; };
      options.s = mkOption {
        type = types.attrsOf (types.submodule { options.x = mkOption { type = types.str; defaultText = literalExpression "pkgs.foo"; }; });
        default = { };
      };
      options.l = mkOption { type = types.listOf (types.submodule { options.y = mkOption { type = types.bool; default = false; }; }); default = [ ]; };
      options.h = mkOption { type = types.submodule { options.z = mkOption { type = types.bool; default = false; }; }; visible = "shallow"; default = { }; };
      options.hidden = mkOption { type = types.bool; default = true; visible = false; };
      options.i = mkOption { internal = true; readOnly = true; default = [ 1 "a" { b = null; } ]; };
      options.md = mkOption { type = types.str; default = "x"; defaultText = literalMD "*some* text"; example = literalExpression "\"y\""; };
    }
  ];
  read = r: builtins.filter (entry: builtins.head entry.loc != "_module" && !(builtins.elem "_module" entry.loc)) (optionAttrSetToDocList r.options);
}
