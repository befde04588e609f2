# Parts of version strings ("1.2.3"), split as builtins.splitVersion does.
{ lib }:
let
  inherit (builtins) splitVersion elemAt length concatStringsSep;
  component = n: v: elemAt (splitVersion v) n;
  firstComponents = n: v: concatStringsSep "." (lib.lists.take n (splitVersion v));
in
{
  inherit splitVersion;

  major = component 0;

  minor = component 1;

  patch = component 2;

  majorMinor = firstComponents 2;

  # The version cut or padded with zeros to `n` components, keeping a "-suffix": pad 3 "1.2" is "1.2.0",
  # pad 2 "1.2.3-rc1" is "1.2-rc1".
  pad = n: version:
    let
      numericVersion = lib.lists.head (lib.strings.splitString "-" version);
      versionSuffix = lib.strings.removePrefix numericVersion version;
      components = splitVersion numericVersion;
      padded = lib.lists.take n (components ++ lib.lists.replicate n "0");
    in
    concatStringsSep "." padded + versionSuffix;
}
