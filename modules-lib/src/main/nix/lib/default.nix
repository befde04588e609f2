# The nixpkgs-compatible library: each topic in its own file, called with the final `lib`, then the
# common functions flattened to the top as nixpkgs does. `lib.extend` adds overlays.
let
  fixedPoints = import ./fixed-points.nix { lib = null; };

  lib = fixedPoints.makeExtensible (self:
    let
      callLibs = file: import file { lib = self; };
    in
    {
      trivial = callLibs ./trivial.nix;
      fixedPoints = callLibs ./fixed-points.nix;
      attrsets = callLibs ./attrsets.nix;
      lists = callLibs ./lists.nix;
      strings = callLibs ./strings.nix;
      options = callLibs ./options.nix;
      modules = callLibs ./modules.nix;
      types = callLibs ./types.nix;

      # Flattened names, namespace by namespace (each topic's owner lists its own).
      inherit (self.fixedPoints) fix fix' extends composeExtensions composeManyExtensions makeExtensible
        makeExtensibleWithCustomName;
      inherit (self.options) mkOption mkEnableOption mkPackageOption mkSinkUndeclaredOptions
        mergeDefaultOption mergeOneOption mergeEqualOption mergeUniqueOption getValues getFiles
        optionAttrSetToDocList literalExpression literalMD showOption showOptionWithDefLocs showFiles
        showDefs unknownModule isOption;
      inherit (self.modules) evalModules setDefaultModuleLocation unifyModuleSyntax applyModuleArgsIfFunction
        mergeModules mergeModules' mergeOptionDecls evalOptionValue mergeDefinitions pushDownProperties
        dischargeProperties filterOverrides sortProperties fixupOptionType mkIf mkAssert mkMerge
        mkOverride mkOptionDefault mkDefault mkImageMediaOverride mkForce mkVMOverride mkFixStrictness
        mkOrder mkBefore mkAfter mkAliasDefinitions mkAliasAndWrapDefinitions fixMergeModules
        mkRemovedOptionModule mkRenamedOptionModule mkRenamedOptionModuleWith mkMergedOptionModule
        mkChangedOptionModule mkAliasOptionModule mkDerivedConfig doRename mkAliasOptionModuleMD
        mkDefinition importApply;
    });
in
lib
