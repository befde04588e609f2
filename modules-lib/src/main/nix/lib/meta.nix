# Functions on packages' `meta` attributes: names, priorities, platforms, licenses and executables.
{ lib }:
let
  inherit (builtins) isString isAttrs typeOf;
in
rec {
  addMetaAttrs = newAttrs: drv: drv // { meta = (drv.meta or { }) // newAttrs; };

  dontDistribute = drv: addMetaAttrs { hydraPlatforms = [ ]; } drv;

  setName = name: drv: drv // { inherit name; };

  updateName = updater: drv: drv // { name = updater (drv.name); };

  appendToName = suffix: updateName (name:
    let
      x = builtins.parseDrvName name;
    in
    "${x.name}-${suffix}-${x.version}");

  mapDerivationAttrset = f: set:
    lib.attrsets.mapAttrs (name: pkg: if lib.attrsets.isDerivation pkg then f pkg else pkg) set;

  defaultPriority = 5;

  setPrio = priority: addMetaAttrs { inherit priority; };

  lowPrio = setPrio 10;

  lowPrioSet = set: mapDerivationAttrset lowPrio set;

  hiPrio = setPrio (-10);

  hiPrioSet = set: mapDerivationAttrset hiPrio set;

  # Whether a platform (an elaborated system) matches an element of meta.platforms: a system string, an
  # elaborated system, or a pattern on parsed systems (lib.systems.inspect.patterns).
  platformMatch = platform: elem:
    if isString elem then
      platform ? system && elem == platform.system
    else
      lib.attrsets.matchAttrs (if elem ? parsed then elem else { parsed = elem; }) platform;

  # Whether a package is meant to build on a platform, by its meta.platforms and meta.badPlatforms.
  availableOn = platform: pkg:
    ((!pkg ? meta.platforms) || lib.lists.any (platformMatch platform) pkg.meta.platforms)
    && lib.lists.all (elem: !platformMatch platform elem) (pkg.meta.badPlatforms or [ ]);

  # The licenses of lib.licenses by their SPDX identifiers.
  licensesSpdx = lib.attrsets.mapAttrs' (_key: license: lib.attrsets.nameValuePair license.spdxId license)
    (lib.attrsets.filterAttrs (_key: license: license ? spdxId) lib.licenses);

  getLicenseFromSpdxId = licstr:
    getLicenseFromSpdxIdOr licstr (
      lib.trivial.warn "getLicenseFromSpdxId: No license matches the given SPDX ID: ${licstr}" { shortName = licstr; }
    );

  getLicenseFromSpdxIdOr =
    let
      lowercaseLicenses =
        lib.attrsets.mapAttrs' (name: value: lib.attrsets.nameValuePair (lib.strings.toLower name) value) licensesSpdx;
    in
    licstr: default: lowercaseLicenses.${lib.strings.toLower licstr} or default;

  # The path of a package's main program: meta.mainProgram, else (with a warning) its name.
  getExe = x:
    getExe' x (x.meta.mainProgram or (lib.trivial.warn
      "getExe: Package ${lib.strings.escapeNixIdentifier x.meta.name or x.pname or x.name} does not have the meta.mainProgram attribute. We'll assume that the main program has the same name for now, but this behavior is deprecated, because it leads to surprising errors when the assumption does not hold. If the package has a main program, please set `meta.mainProgram` in its definition to make this warning go away. Otherwise, if the package does not have a main program, or if you don't control its definition, use getExe' to specify the name to the program, such as lib.getExe' foo \"bar\"."
      (lib.strings.getName x)));

  # The path of the program `y` in the package's `bin` output.
  getExe' = x: y:
    assert lib.asserts.assertMsg (lib.attrsets.isDerivation x)
      "lib.meta.getExe': The first argument is of type ${typeOf x}, but it should be a derivation instead.";
    assert lib.asserts.assertMsg (isString y)
      "lib.meta.getExe': The second argument is of type ${typeOf y}, but it should be a string instead.";
    assert lib.asserts.assertMsg (builtins.match ".*/.*" y == null)
      "lib.meta.getExe': The second argument \"${y}\" is a nested path with a \"/\" character, but it should just be the name of the executable instead.";
    "${lib.attrsets.getBin x}/bin/${y}";
}
