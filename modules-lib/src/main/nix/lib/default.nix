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
      stringsWithDeps = callLibs ./strings-with-deps.nix;
      versions = callLibs ./versions.nix;
      asserts = callLibs ./asserts.nix;
      debug = callLibs ./debug.nix;
      generators = callLibs ./generators.nix;
      meta = callLibs ./meta.nix;
      systems = callLibs ./systems;
      platforms = self.systems.doubles;
      customisation = callLibs ./customisation.nix;
      derivations = callLibs ./derivations.nix;
      sources = callLibs ./sources.nix;
      filesystem = callLibs ./filesystem.nix;
      path = callLibs ./path.nix;
      cli = callLibs ./cli.nix;
      kernel = callLibs ./kernel.nix;
      licenses = callLibs ./licenses.nix;
      maintainers = callLibs ./maintainers.nix;
      options = callLibs ./options.nix;
      modules = callLibs ./modules.nix;
      types = callLibs ./types.nix;

      # Flattened names, namespace by namespace (each topic's owner lists its own).
      inherit (builtins) addErrorContext attrNames concatLists elem elemAt filter genericClosure genList
        getAttr hasAttr head isAttrs isBool isInt isFloat isList isPath length listToAttrs pathExists readFile
        tail trace typeOf unsafeGetAttrPos;
      inherit (self.trivial) id const flip pipe concat or and xor bitAnd bitOr bitXor bitNot boolToString
        add sub lessThan seq deepSeq
        boolToYesNo mergeAttrs mapNullable defaultTo inPureEvalMode isFunction functionArgs setFunctionArgs
        mirrorFunctionArgs toFunction min max mod compare splitByAndCompare fromHexString toHexString
        toBaseDigits importJSON importTOML warn warnIf warnIfNot throwIf throwIfNot checkListOfEnum info
        showWarnings version isInOldestRelease oldestSupportedReleaseIsAtLeast
        revisionWithDefault inNixShell;
      inherit (self.fixedPoints) fix fix' converge extends composeExtensions composeManyExtensions makeExtensible
        makeExtensibleWithCustomName toExtension;
      inherit (self.attrsets) attrByPath hasAttrByPath setAttrByPath getAttrFromPath attrVals attrValues
        getAttrs catAttrs filterAttrs filterAttrsRecursive foldlAttrs foldAttrs collect nameValuePair mapAttrs
        mapAttrs' mapAttrsToList attrsToList concatMapAttrs mapAttrsRecursive mapAttrsRecursiveCond genAttrs
        genAttrs' isDerivation toDerivation optionalAttrs zipAttrsWithNames zipAttrsWith zipAttrs
        recursiveUpdateUntil recursiveUpdate matchAttrs mergeAttrsList overrideExisting showAttrPath getOutput
        getFirstOutput getBin getLib getStatic getDev getInclude getMan chooseDevOutputs recurseIntoAttrs
        dontRecurseIntoAttrs cartesianProduct mapCartesianProduct updateManyAttrsByPath
        longestValidPathPrefix unionOfDisjoint intersectAttrs removeAttrs;
      inherit (self.lists) singleton forEach foldr fold foldl foldl' imap0 imap1 ifilter0 concatMap flatten
        remove findSingle findFirst findFirstIndex any all count optional optionals toList range replicate
        partition zipListsWith zipLists reverseList listDfs toposort sort sortOn naturalSort compareLists
        take drop dropEnd takeEnd sublist last init crossLists unique uniqueStrings allUnique intersectLists
        subtractLists mutuallyExclusive groupBy groupBy' commonPrefix replaceElemAt;
      inherit (self.strings) concatStrings concatMapStrings concatImapStrings stringLength substring isString
        replaceStrings intersperse concatStringsSep concatMapStringsSep concatImapStringsSep concatLines
        makeSearchPath makeSearchPathOutput makeLibraryPath makeIncludePath makeBinPath optionalString hasInfix
        hasPrefix hasSuffix join stringToCharacters stringAsChars escape escapeShellArg escapeShellArgs isStorePath
        isStringLike isValidPosixName toShellVar toShellVars trim trimWith replaceString concatMapAttrsStringSep
        splitStringBy toCamelCase escapeRegex escapeURL escapeXML lowerChars upperChars toLower toUpper toSentenceCase
        addContextFrom splitString removePrefix removeSuffix versionOlder versionAtLeast getName getVersion match
        split cmakeOptionType cmakeBool cmakeFeature mesonOption mesonBool mesonEnable nameFromURL enableFeature
        enableFeatureAs withFeature withFeatureAs fixedWidthString fixedWidthNumber toInt toIntBase10 fileContents
        escapeC escapeNixString escapeNixIdentifier floatToString isCoercibleToString isConvertibleWithToString
        sanitizeDerivationName levenshtein levenshteinAtMost commonPrefixLength commonSuffixLength charToInt
        normalizePath;
      inherit (self.stringsWithDeps) textClosureList textClosureMap noDepEntry fullDepEntry packEntry
        stringAfter;
      inherit (self.customisation) overrideDerivation makeOverridable callPackageWith callPackagesWith
        extendDerivation makeScope hydraJob;
      inherit (self.derivations) lazyDerivation optionalDrvAttr warnOnInstantiate;
      inherit (self.sources) cleanSourceFilter cleanSource sourceByRegex sourceFilesBySuffices
        commitIdFromGitRepo cleanSourceWith pathHasContext canCleanSource pathIsGitRepo;
      inherit (self.filesystem) pathType pathIsDirectory pathIsRegularFile packagesFromDirectoryRecursive;
      inherit (self.meta) addMetaAttrs dontDistribute setName updateName appendToName mapDerivationAttrset
        setPrio lowPrio lowPrioSet hiPrio hiPrioSet licensesSpdx getLicenseFromSpdxId getLicenseFromSpdxIdOr
        getExe getExe';
      inherit (self.versions) splitVersion;
      inherit (self.asserts) assertMsg assertOneOf;
      inherit (self.debug) traceIf traceVal traceValFn traceSeq traceSeqN traceValSeq traceValSeqFn
        traceValSeqN traceValSeqNFn traceFnSeqN runTests testAllTrue;
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
      inherit (self.types) isType setType defaultTypeMerge defaultFunctor isOptionType mkOptionType;
    });
in
lib
