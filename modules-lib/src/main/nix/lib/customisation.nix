# Customising packages: overridable function results, callPackage (arguments filled from a package set),
# extending derivations with outputs and passthru attributes, and package scopes.
{ lib }:
let
  inherit (builtins) intersectAttrs attrNames isAttrs listToAttrs;
  inherit (lib.trivial) isFunction functionArgs setFunctionArgs mirrorFunctionArgs;
  inherit (lib.attrsets) filterAttrs mapAttrs optionalAttrs isDerivation;

  # "Function called without required argument "a" at FILE:LINE", with up to three names of the
  # available arguments within edit distance 2 as suggestions.
  missingArgumentError = f: arg: available:
    let
      pos = builtins.unsafeGetAttrPos arg (functionArgs f);
      location = if pos == null then "<unknown location>" else "${pos.file}:${toString pos.line}";
      suggestions = lib.trivial.pipe (attrNames available) [
        (builtins.filter (lib.strings.levenshteinAtMost 2 arg))
        (lib.lists.sortOn (lib.strings.levenshtein arg))
        (lib.lists.take 3)
        (map (name: "\"${name}\""))
      ];
      didYouMean =
        if suggestions == [ ] then ""
        else if builtins.length suggestions == 1 then ", did you mean ${builtins.head suggestions}?"
        else ", did you mean ${builtins.concatStringsSep ", " (lib.lists.init suggestions)} or ${lib.lists.last suggestions}?";
    in
    "Function called without required argument \"${arg}\" at ${location}${didYouMean}";
in
rec {
  # The derivation `drv` rebuilt with its derivation attributes changed by `f` (which sees them and returns
  # the changes).
  overrideDerivation = drv: f:
    let
      newDrv = derivation (drv.drvAttrs // (f drv));
    in
    extendDerivation (builtins.seq drv.drvPath true)
      ({ meta = drv.meta or { }; passthru = drv.passthru or { }; } // (drv.passthru or { }))
      newDrv;

  # `f args` with `override` (call again with changed arguments: a set, or a function of the old ones),
  # and for sets `overrideDerivation` and (when present) `overrideAttrs` that keep the result overridable.
  makeOverridable = f:
    let
      mirror = mirrorFunctionArgs f;
    in
    mirror (origArgs:
      let
        result = f origArgs;
        withNewArgs = newArgs: origArgs // (if isFunction newArgs then newArgs origArgs else newArgs);
        override = mirror (newArgs: makeOverridable f (withNewArgs newArgs));
        # Changes the result while keeping it overridable by its arguments.
        overrideResult = g: makeOverridable (mirror (args: g (f args))) origArgs;
      in
      if isAttrs result then
        result // {
          inherit override;
          overrideDerivation = fdrv: overrideResult (x: overrideDerivation x fdrv);
          ${if result ? overrideAttrs then "overrideAttrs" else null} =
            fattrs: overrideResult (x: x.overrideAttrs fattrs);
        }
      else if isFunction result then
        setFunctionArgs result (functionArgs result) // { inherit override; }
      else
        result);

  # Calls `fn` (a function or a file holding one) with its formal arguments taken from `autoArgs`, then
  # `args`; the result is overridable. A required argument found in neither is an error that suggests
  # close names.
  callPackageWith = autoArgs: fn: args:
    let
      f = if isFunction fn then fn else import fn;
      fargs = functionArgs f;
      allArgs = intersectAttrs fargs autoArgs // args;
      missing = attrNames (filterAttrs (name: hasDefault: !hasDefault) (removeAttrs fargs (attrNames allArgs)));
    in
    if missing == [ ] then
      makeOverridable f allArgs
    else
      abort "lib.customisation.callPackageWith: ${missingArgumentError f (builtins.head missing) (autoArgs // args)}";

  # Like callPackageWith for a function returning a set of packages: each is overridable on its own.
  callPackagesWith = autoArgs: fn: args:
    let
      f = if isFunction fn then fn else import fn;
      mirror = mirrorFunctionArgs f;
      origArgs = intersectAttrs (functionArgs f) autoArgs // args;
      pkgs = f origArgs;
      overridable = name: _: makeOverridable (mirror (newArgs: (f newArgs).${name})) origArgs;
    in
    if isDerivation pkgs then
      throw "function `callPackages` was called on a *single* derivation ${lib.strings.escapeNixString (pkgs.name or "<unknown-name>")}; did you mean to use `callPackage` instead?"
    else
      mapAttrs overridable pkgs;

  # `drv` with `passthru` added to it and to each of its outputs; `condition` guards the derivation and
  # output paths (it is checked when they are used).
  extendDerivation = condition: passthru: drv:
    let
      outputs = drv.outputs or [ "out" ];
      common = drv // listToAttrs outputList // { all = map (o: o.value) outputList; } // passthru;
      output = outputName: {
        name = outputName;
        value = common // {
          inherit (drv.${outputName}) type outputName;
          outputSpecified = true;
          drvPath = assert condition; drv.${outputName}.drvPath;
          outPath = assert condition; drv.${outputName}.outPath;
        } // optionalAttrs (passthru ? meta) { inherit (passthru) meta; };
      };
      outputList = map output outputs;
    in
    common // {
      drvPath = assert condition; drv.drvPath;
      outPath = assert condition; drv.outPath;
    };

  # `drv` cut down to what Hydra (and `nix-build` of a release file) needs of a job: name, system, meta, outputs,
  # and each output's paths, all evaluated up front so a broken job fails at once. null stays null.
  hydraJob = drv:
    let
      outputs = drv.outputs or [ "out" ];
      common = {
        inherit (drv) name system;
        meta = drv.meta or { };
        inherit outputs;
      } // optionalAttrs (drv._hydraAggregate or false) {
        _hydraAggregate = true;
        constituents = map hydraJob (lib.lists.flatten drv.constituents);
      } // listToAttrs outputList;
      output = outputName: {
        name = outputName;
        value = common // {
          inherit (drv.${outputName}) outPath drvPath;
          type = "derivation";
          inherit outputName;
        };
      };
      outputList = map output outputs;
      job = (builtins.head outputList).value;
    in
    if drv == null then null else builtins.deepSeq job job;

  # A package set whose members see each other: `callPackage` fills arguments from the scope,
  # `newScope` makes a nested scope, `overrideScope` applies an overlay, `packages` is the function.
  makeScope = newScope: f:
    let
      self = f self // {
        newScope = scope: newScope (self // scope);
        callPackage = self.newScope { };
        overrideScope = g: makeScope newScope (lib.fixedPoints.extends g f);
        packages = f;
      };
    in
    self;
}
