# pkgs.formats: configuration file formats for NixOS's `settings` options. Each format is a `type` (what a
# setting may be) and `generate name value` (the file, built by writeText). The formats nixj's modules use so
# far: keyValue (one `key=value` per line), ini and json.
{ lib, writeText }:
let
  inherit (lib) types;

  # A single value of a key-value or INI file.
  atom = types.nullOr (types.oneOf [ types.bool types.int types.float types.str ]) // {
    description = "atom (null, bool, int, float or string)";
  };

  # With `listsAsDuplicateKeys`, a list repeats its key.
  atomOrList = listsAsDuplicateKeys:
    if listsAsDuplicateKeys
    then types.coercedTo atom lib.singleton (types.listOf atom) // {
      description = atom.description + " or a list of them for duplicate keys";
    }
    else atom;
in
{
  keyValue = { listsAsDuplicateKeys ? false, ... }@args: {
    type = types.attrsOf (atomOrList listsAsDuplicateKeys);
    generate = name: value: writeText name (lib.generators.toKeyValue args value);
  };

  # Settings set to null are left out.
  ini = { listsAsDuplicateKeys ? false, ... }@args: {
    type = types.attrsOf (types.attrsOf (atomOrList listsAsDuplicateKeys));
    generate = name: value: writeText name
      (lib.generators.toINI args (lib.mapAttrs (_: lib.filterAttrs (_: setting: setting != null)) value));
  };

  json = { }: {
    type = let
      value = types.nullOr (types.oneOf [
        types.bool types.int types.float types.str types.path (types.attrsOf value) (types.listOf value)
      ]) // { description = "JSON value"; };
    in value;
    generate = name: value: writeText name (builtins.toJSON value);
  };
}
