# The module system: evalModules collects modules (following imports, dropping disabled ones),
# merges their option declarations and definitions, and returns the options with their values.
# Also here: the definition properties (mkIf, mkMerge, mkOverride, mkOrder, ...) and the modules that
# rename or remove options.
{ lib }:
let
  inherit (builtins)
    addErrorContext all any attrNames concatLists concatMap concatStringsSep elem filter foldl'
    functionArgs genericClosure head isAttrs isBool isFunction isList isString length mapAttrs
    removeAttrs seq sort substring tail typeOf unsafeGetAttrPos zipAttrsWith;
  inherit (lib.options) isOption mkOption showDefs showFiles showOption unknownModule;
  inherit (lib) types;

  inherit (lib.lists) last reverseList imap1 optional take;
  inherit (lib.attrsets) setAttrByPath attrByPath getAttrFromPath recursiveUpdate mapAttrsRecursiveCond;
  inherit (lib.strings) escapeNixString isConvertibleWithToString levenshtein;
  inherit (lib.trivial) min warnIf;

  ## Priorities and order.

  defaultOverridePriority = 100;
  defaultOrderPriority = 1000;

  ## Properties: the wrappers a definition can carry.

  mkIf = condition: content: { _type = "if"; inherit condition content; };
  mkMerge = contents: { _type = "merge"; inherit contents; };
  mkOverride = priority: content: { _type = "override"; inherit priority content; };
  mkOrder = priority: content: { _type = "order"; inherit priority content; };

  mkAssert = assertion: message: content:
    mkIf (if assertion then true else throw "\nFailed assertion: ${message}") content;

  # Splices mkMerge and pushes mkIf and mkOverride into each attribute of the set they wrap, so a
  # condition is only evaluated once an option below asks for it: this is what lets
  # `config = mkIf cfg.enable { ... }` refer to `config` without an infinite recursion.
  pushDownProperties = cfg:
    if cfg._type or "" == "merge" then
      concatMap pushDownProperties cfg.contents
    else if cfg._type or "" == "if" then
      map (mapAttrs (_: v: mkIf cfg.condition v)) (pushDownProperties cfg.content)
    else if cfg._type or "" == "override" then
      map (mapAttrs (_: v: mkOverride cfg.priority v)) (pushDownProperties cfg.content)
    else
      [ cfg ];

  # The definitions a value stands for: mkMerge spliced, mkIf conditions evaluated.
  dischargeProperties = def:
    if def._type or "" == "merge" then
      concatMap dischargeProperties def.contents
    else if def._type or "" == "if" then
      if isBool def.condition then
        if def.condition then dischargeProperties def.content else [ ]
      else
        throw "‘mkIf’ called with a non-Boolean condition"
    else
      [ def ];

  # Keeps the definitions of the highest priority (the lowest number), without their mkOverride. `all` (nixj's
  # addition, for `nixj repl`'s :o) is every definition without its mkOverride, with its priority.
  filterOverrides' = defs:
    let
      getPrio = def: if def.value._type or "" == "override" then def.value.priority else defaultOverridePriority;
      highestPrio = foldl' (prio: def: min (getPrio def) prio) 9999 defs;
      strip = def: if def.value._type or "" == "override" then def // { value = def.value.content; } else def;
    in
    {
      values = concatMap (def: if getPrio def == highestPrio then [ (strip def) ] else [ ]) defs;
      inherit highestPrio;
      all = map (def: strip def // { priority = getPrio def; }) defs;
    };

  # Sorts definitions by their mkOrder priority (stable: equal priorities keep their order).
  sortProperties = defs:
    let
      strip = def:
        if def.value._type or "" == "order"
        then def // { value = def.value.content; inherit (def.value) priority; }
        else def;
    in
    sort (a: b: (a.priority or defaultOrderPriority) < (b.priority or defaultOrderPriority)) (map strip defs);

  ## Loading modules.

  # The normal form of a module: { _file _class key disabledModules imports options config }.
  unifyModuleSyntax = file: key: m:
    let
      addMeta = config: if m ? meta then mkMerge [ config { meta = m.meta; } ] else config;
      addFreeformType = config:
        if m ? freeformType then mkMerge [ config { _module.freeformType = m.freeformType; } ] else config;
      fullFormKeys = [ "_class" "_file" "key" "disabledModules" "imports" "options" "config" "meta" "freeformType" ];
      shorthandKeys = [ "_class" "_file" "key" "disabledModules" "require" "imports" "freeformType" ];
      common = {
        _file = toString m._file or file;
        _class = m._class or null;
        key = toString m.key or key;
        disabledModules = m.disabledModules or [ ];
      };
    in
    if m ? config || m ? options then
      let badAttrs = removeAttrs m fullFormKeys; in
      if badAttrs != { } then
        throw "Module `${key}' has an unsupported attribute `${head (attrNames badAttrs)}'. This is caused by introducing a top-level `config' or `options' attribute. Add configuration attributes immediately on the top level instead, or move all of them (namely: ${toString (attrNames badAttrs)}) into the explicit `config' attribute."
      else
        common // {
          imports = m.imports or [ ];
          options = m.options or { };
          config = addFreeformType (addMeta (m.config or { }));
        }
    else if !isAttrs m then
      throw "module ${file} (${key}) does not look like a module."
    else
      common // {
        imports = m.require or [ ] ++ m.imports or [ ];
        options = { };
        config = addFreeformType (removeAttrs m shorthandKeys);
      };

  # Calls a module function. Each named argument is looked up lazily, first in the arguments the
  # module system passes, then in `_module.args`, under a context that names the argument and module;
  # defaults of formals never apply, since every name is always passed.
  applyModuleArgs = key: f: args@{ config, ... }:
    let
      context = name: ''while evaluating the module argument `${name}' in "${key}":'';
      extraArgs = mapAttrs
        (name: _: addErrorContext (context name) (args.${name} or config._module.args.${name}))
        (functionArgs f);
    in
    f (args // extraArgs);

  applyModuleArgsIfFunction = key: f: args: if isFunction f then applyModuleArgs key f args else f;

  setDefaultModuleLocation = file: m: { _file = file; imports = [ m ]; };

  # Collects the modules reachable from `initialModules` through imports: first the structure (each
  # module with its imports, in order), then the unique modules in breadth-first order without the
  # disabled ones, and the import graph.
  collectModules = class:
    let
      loadModule = args: fallbackFile: fallbackKey: m:
        if isFunction m then
          unifyModuleSyntax fallbackFile fallbackKey (applyModuleArgs fallbackKey m args)
        else if isAttrs m then
          if m._type or "module" == "module" then
            unifyModuleSyntax fallbackFile fallbackKey m
          else if m._type == "if" || m._type == "override" then
            loadModule args fallbackFile fallbackKey { config = m; }
          else
            throw "Expected a module, but found a value of type ${escapeNixString m._type}, while trying to load a module into ${toString fallbackFile}."
        else if isList m then
          throw "Module imports can't be nested lists. Perhaps you meant to remove one level of lists? Definitions:${showDefs [ { file = fallbackFile; value = m; } ]}"
        else
          unifyModuleSyntax (toString m) (toString m) (applyModuleArgsIfFunction (toString m) (import m) args);

      checkClass =
        if class == null then m: m
        else m:
          if m._class == null || m._class == class then m
          else throw ''
            The module `${m._file or m.key}' (class ${escapeNixString m._class}) cannot be imported into a module evaluation that expects class ${escapeNixString class}.

            Help:
            - Ensure that you are importing the correct module.
            - Verify that the module's `_class`, ${escapeNixString m._class} matches the expected `class` ${escapeNixString class}.
            - If you are using a custom class, make sure it is correctly defined and used consistently across your modules.
          '';

      # [ { key; module; modules; } ]: each module with the modules it imports, in order. Lazy, so an
      # import cycle is an infinite structure that only genericClosure walks.
      collectStructured = parentFile: parentKey: initialModules: args:
        imap1
          (n: x:
            let module = checkClass (loadModule args parentFile "${parentKey}:anon-${toString n}" x); in
            {
              inherit (module) key;
              inherit module;
              modules = collectStructured module._file module.key module.imports args;
            })
          initialModules;

      # Every module reachable through imports, once per key.
      reachable = structured: genericClosure { startSet = structured; operator = m: m.modules; };

      # The key a disabledModules entry stands for.
      disabledKey = modulesPath: file: m:
        if isString m then
          if substring 0 1 m == "/" then m else toString modulesPath + "/" + m
        else if isConvertibleWithToString m then
          if m ? key && m.key != toString m then
            throw "Module `${file}` contains a disabledModules item that is an attribute set that can be converted to a string (${toString m}) but also has a `.key` attribute (${m.key}) with a different value. This makes it ambiguous which module should be disabled."
          else toString m
        else if m ? key then m.key
        else if isAttrs m then
          throw "Module `${file}` contains a disabledModules item that is an attribute set, presumably a module, that does not have a `key` attribute. This means that the module system doesn't have any means to identify the module that should be disabled. Make sure that you've put the correct value in disabledModules: a string path relative to modulesPath, a path value, or an attribute set with a `key` attribute."
        else
          throw "Each disabledModules item must be a path, string, or a attribute set with a key attribute, or a value supported by toString. However, one of the disabledModules items in `${toString file}` is none of that, but is of type ${typeOf m}.";

      # The keys that the disabledModules of every reachable module name, disabled ones included.
      disabledKeys = modulesPath: structured:
        concatMap (m: map (disabledKey modulesPath m.module._file) m.module.disabledModules) (reachable structured);

      # Unique modules in breadth-first order: genericClosure keeps the first module of each key.
      filterModules = disabled: structured:
        let enabled = filter (m: !elem m.key disabled); in
        map (m: m.module) (genericClosure {
          startSet = enabled structured;
          operator = m: enabled m.modules;
        });

      toGraph = disabled: structured:
        let
          node = m: {
            inherit (m) key;
            file = m.module._file;
            disabled = elem m.key disabled;
            imports = map node m.modules;
          };
        in
        map node (filter (m: m.key != internalModuleKey) structured);
    in
    modulesPath: initialModules: args:
    let
      structured = collectStructured unknownModule "" initialModules args;
      disabled = disabledKeys modulesPath structured;
    in
    {
      modules = filterModules disabled structured;
      graph = toGraph disabled structured;
    };

  internalModuleKey = "lib/modules.nix";

  ## Merging declarations and definitions.

  mergeModules = prefix: modules:
    mergeModules' prefix modules
      (concatMap (m: map (config: { file = m._file; inherit config; }) (pushDownProperties m.config)) modules);

  # Walks the declarations and the (pushed-down) definitions together, one attribute level at a time.
  # Returns the options with their values (matchedOptions) and the definitions no option declares,
  # each with its path below `prefix` (unmatchedDefns).
  mergeModules' = prefix: modules: configs:
    let
      # name -> the declarations below `name`, with their file and position.
      declsByName = zipAttrsWith (_: concatLists) (map
        (module:
          let subtree = module.options; in
          if !isAttrs subtree then
            throw ''
              An option declaration for `${concatStringsSep "." prefix}' has type
              `${typeOf subtree}' rather than an attribute set.
              Did you mean to define this outside of `options'?
            ''
          else
            mapAttrs (n: option: [ { inherit (module) _file; pos = unsafeGetAttrPos n subtree; options = option; } ]) subtree)
        modules);

      checkedConfigs = map
        (c:
          if isAttrs c.config then c
          else throw ''
            In module `${c.file}', you're trying to define a value of type `${typeOf c.config}'
            rather than an attribute set for the option
            `${concatStringsSep "." prefix}'!

            This usually happens if `${concatStringsSep "." prefix}' has option
            definitions inside that are not matched. Please check how to properly define
            this option by e.g. referring to `man 5 configuration.nix'!
          '')
        configs;

      # name -> the definitions of `name`, pushed down for descending into namespaces...
      pushedDownDefinitionsByName = zipAttrsWith (_: concatLists) (map
        (module: mapAttrs (_: value: map (config: { inherit (module) file; inherit config; }) (pushDownProperties value)) module.config)
        checkedConfigs);
      # ...and as written, for options (whose merge discharges the properties itself).
      rawDefinitionsByName = zipAttrsWith (_: concatLists) (map
        (module: mapAttrs (_: value: [ { inherit (module) file; inherit value; } ]) module.config)
        checkedConfigs);

      resultsByName = mapAttrs
        (name: decls:
          let
            loc = prefix ++ [ name ];
            defns = pushedDownDefinitionsByName.${name} or [ ];
            defns' = rawDefinitionsByName.${name} or [ ];
            optionDecls = filter
              (m: isAttrs m.options && m.options ? _type
                && (m.options._type == "option" || throwDeclarationTypeError loc m.options._type m._file))
              decls;
          in
          if length optionDecls == length decls then
            {
              matchedOptions = evalOptionValue loc (fixupOptionType loc (mergeOptionDecls loc decls)) defns';
              unmatchedDefns = [ ];
            }
          else if optionDecls != [ ] then
            if all (d: d.options.type.name or null == "submodule") optionDecls then
              # Plain declarations beside a submodule option become modules of that submodule.
              {
                matchedOptions = evalOptionValue loc
                  (fixupOptionType loc (mergeOptionDecls loc (map optionTreeToOption decls)))
                  defns';
                unmatchedDefns = [ ];
              }
            else
              let first = head optionDecls; in
              throw "The option `${showOption loc}' in module `${first._file}' would be a parent of the following options, but its type `${first.options.type.description or "<no description>"}' does not support nested options.\n${showRawDeclarations loc (filter (m: !isOption m.options) decls)}"
          else
            mergeModules' loc decls defns)
        declsByName;

      matchedOptions = mapAttrs (_: v: v.matchedOptions) resultsByName;

      # name -> definitions without an option: those found further down, plus those at this level
      # whose name no declaration mentions.
      unmatchedDefnsByName =
        mapAttrs (_: v: v.unmatchedDefns) resultsByName
        // removeAttrs rawDefinitionsByName (attrNames matchedOptions);
    in
    {
      inherit matchedOptions;
      unmatchedDefns =
        # Without definitions nothing can be unmatched; returning early avoids evaluating options.
        if configs == [ ] then [ ]
        else concatLists (map
          (name: map (def: def // { prefix = [ name ] ++ (def.prefix or [ ]); }) unmatchedDefnsByName.${name})
          (attrNames unmatchedDefnsByName));
    };

  throwDeclarationTypeError = loc: actualTag: file:
    let
      name = lib.options.showOption [ (last loc) ];
      paragraphs =
        [ "In module ${file}: expected an option declaration at option path `${showOption loc}` but got an attribute set with type ${actualTag}" ]
        ++ optional (actualTag == "option-type") ''
          When declaring an option, you must wrap the type in a `mkOption` call. It should look somewhat like:
              ${"#"} ${file}
              ${name} = lib.mkOption {
                description = ...;
                type = <the type you wrote for ${name}>;
                ...
              };
        '';
    in
    throw (concatStringsSep "\n\n" paragraphs);

  showRawDeclarations = loc: decls:
    concatStringsSep "\n" (sort (a: b: a < b) (concatMap
      (decl: map
        (sub: "  - option(s) with prefix `${showOption (loc ++ [ sub ])}' in module `${decl._file}'")
        (attrNames decl.options))
      decls));

  optionTreeToOption = decl:
    if isOption decl.options then decl
    else decl // {
      options = mkOption {
        type = types.submoduleWith {
          modules = [ { options = decl.options; } ];
          # null means "whatever the other declarations of the submodule say".
          shorthandOnlyDefinesConfig = null;
        };
      };
    };

  # Merges several declarations of one option. Each of default, example, description and apply may
  # come from one declaration only, and the types must merge. The submodules of submodule types are
  # collected in `options`, with the declaring file as their location.
  mergeOptionDecls = loc: opts:
    foldl'
      (res: opt:
        let
          bothHave = k: opt.options ? ${k} && res ? ${k};
          mergedType = res.type.typeMerge opt.options.type.functor;
          typesMergeable = mergedType != null;
        in
        if bothHave "default" || bothHave "example" || bothHave "description" || bothHave "apply"
          || (bothHave "type" && !typesMergeable)
        then
          throw "The option `${showOption loc}' in `${opt._file}' is already declared in ${showFiles res.declarations}."
        else
          let
            getSubModules = opt.options.type.getSubModules or null;
            submodules =
              if getSubModules != null then map (setDefaultModuleLocation opt._file) getSubModules ++ res.options
              else res.options;
          in
          opt.options // res // {
            declarations = res.declarations ++ [ opt._file ];
            # Modules built by functions have no positions; the file is all there is.
            declarationPositions = res.declarationPositions
              ++ [ (if opt.pos != null then opt.pos else { file = opt._file; line = null; column = null; }) ];
            options = submodules;
          } // (if bothHave "type" then { type = mergedType; } else { }))
      { inherit loc; declarations = [ ]; declarationPositions = [ ]; options = [ ]; }
      opts;

  # Gives an option its type (unspecified when it has none) and its submodules to a submodule type.
  fixupOptionType = loc: opt:
    if opt.type.getSubModules or null == null
    then opt // { type = opt.type or types.unspecified; }
    else opt // { type = opt.type.substSubModules opt.options; options = [ ]; };

  # The evaluated option: its declaration plus the value and what it was made from.
  evalOptionValue = loc: opt: defs:
    let
      defs' = optional (opt ? default) { file = head opt.declarations; value = mkOptionDefault opt.default; } ++ defs;
      res =
        if opt.readOnly or false && length defs' > 1 then
          let
            # Each definition merged on its own, to show what each one says.
            separateDefs = map (def: def // { value = (mergeDefinitions loc opt.type [ def ]).mergedValue; }) defs';
          in
          throw "The option `${showOption loc}' is read-only, but it's set multiple times. Definition values:${showDefs separateDefs}"
        else
          mergeDefinitions loc opt.type defs';
      value = if opt ? apply then opt.apply res.mergedValue else res.mergedValue;
      deprecated = opt.type.deprecationMessage or null;
      warnDeprecation = warnIf (deprecated != null)
        "The type `types.${opt.type.name}' of option `${showOption loc}' defined in ${showFiles opt.declarations} is deprecated. ${deprecated}";
    in
    warnDeprecation opt // {
      value = addErrorContext "while evaluating the option `${showOption loc}':" value;
      inherit (res.defsFinal') highestPrio;
      definitions = map (def: def.value) res.defsFinal;
      files = map (def: def.file) res.defsFinal;
      definitionsWithLocations = res.defsFinal;
      # nixj's addition: every definition (the default included) with its file and priority, those that lost too.
      _definitionsWithPriorities = res.defsFinal'.all;
      inherit (res) isDefined;
      # "${options.a.b}" is "a.b".
      __toString = _: showOption loc;
    };

  # Discharges properties, keeps the highest priority, sorts by order, checks the type and merges.
  mergeDefinitions = loc: type: defs: rec {
    defsFinal' =
      let
        discharged = concatMap
          (m: map
            (value: if value._type or null == "definition" then value else { inherit (m) file; inherit value; })
            (addErrorContext "while evaluating definitions from `${m.file}':" (dischargeProperties m.value)))
          defs;
        filtered = filterOverrides' discharged;
        sorted =
          if any (def: def.value._type or "" == "order") filtered.values
          then sortProperties filtered.values
          else filtered.values;
      in
      { values = sorted; inherit (filtered) highestPrio all; };
    defsFinal = defsFinal'.values;

    mergedValue =
      if isDefined then
        if all (def: type.check def.value) defsFinal then type.merge loc defsFinal
        else
          let allInvalid = filter (def: !type.check def.value) defsFinal; in
          throw "A definition for option `${showOption loc}' is not of type `${type.description}'. Definition values:${showDefs allInvalid}"
      else
        throw "The option `${showOption loc}' was accessed but has no value defined. Try setting the option.";

    isDefined = defsFinal != [ ];

    optionalValue = if isDefined then { value = mergedValue; } else { };
  };

  ## evalModules.

  evalModules = evalModulesArgs@{ modules, prefix ? [ ], specialArgs ? { }, class ? null
    # Deprecated: set config._module.args and config._module.check instead.
    , args ? { }, check ? true }:
    let
      withWarnings = x:
        warnIf (evalModulesArgs ? args) "The args argument to evalModules is deprecated. Please set config._module.args instead."
          (warnIf (evalModulesArgs ? check) "The check argument to evalModules is deprecated. Please set config._module.check instead." x);

      legacyModules =
        optional (evalModulesArgs ? args) { config._module.args = args; }
        ++ optional (evalModulesArgs ? check) { config._module.check = mkDefault check; };
      regularModules = modules ++ legacyModules;

      # The options of the module system itself, under `_module`.
      internalModule = {
        _file = internalModuleKey;
        key = internalModuleKey;
        options = {
          _module.args = mkOption {
            # Lazy in each argument, so an unused argument (a whole package set) is never evaluated;
            # mkIf on arguments is useless anyway, as modules cannot see which arguments were given.
            type = types.lazyAttrsOf types.raw;
            internal = true;
            description = "Additional arguments passed to each module in addition to ones like `lib`, `config`, and `pkgs`, `modulesPath`.";
          };
          _module.check = mkOption {
            type = types.bool;
            internal = true;
            default = true;
            description = "Whether to check whether all option definitions have matching declarations.";
          };
          _module.freeformType = mkOption {
            type = types.nullOr (types.uniq types.attrs);
            internal = true;
            default = null;
            description = "If set, merge all definitions that don't have an associated option together using this type. The result then gets combined with the values of all declared options to produce the final `config` value. If this is `null`, definitions without an option will throw an error unless {option}`_module.check` is turned off.";
          };
          _module.specialArgs = mkOption {
            readOnly = true;
            internal = true;
            description = "Externally provided module arguments that can't be modified from within a configuration, but can be used in module imports.";
          };
        };
        config = {
          _module.args = { inherit extendModules; moduleType = type; };
          _module.specialArgs = specialArgs;
        };
      };

      collected = collectModules class (specialArgs.modulesPath or "") (regularModules ++ [ internalModule ])
        ({
          inherit lib options specialArgs;
          _class = class;
          _prefix = prefix;
          config = addErrorContext "if you get an infinite recursion here, you probably reference `config` in `imports`. If you are trying to achieve a conditional import behavior dependent on `config`, consider importing unconditionally, and using `mkEnableOption` and `mkIf` to control its effect." config;
        } // specialArgs);

      # Definitions merge in the reverse of the collection order.
      merged = mergeModules prefix (reverseList collected.modules);

      options = merged.matchedOptions;

      config =
        let
          declaredConfig = mapAttrsRecursiveCond (v: !isOption v) (_: v: v.value) options;
          freeformConfig =
            let defs = map (def: { inherit (def) file; value = setAttrByPath def.prefix def.value; }) merged.unmatchedDefns; in
            if defs == [ ] then { } else declaredConfig._module.freeformType.merge prefix defs;
        in
        if declaredConfig._module.freeformType == null then declaredConfig
        # Declared options are never in freeformConfig, so the update only adds the freeform paths.
        else recursiveUpdate freeformConfig declaredConfig;

      checkUnmatched =
        if config._module.check && config._module.freeformType == null && merged.unmatchedDefns != [ ] then
          let
            firstDef = head merged.unmatchedDefns;
            optText = showOption (prefix ++ firstDef.prefix);
            defText = addErrorContext "while evaluating the error message for definitions for `${optText}', which is an option that does not exist"
              (addErrorContext "while evaluating a definition from `${firstDef.file}'" (showDefs [ firstDef ]));
            baseMsg = "The option `${optText}' does not exist. Definition values:${defText}${suggestions firstDef.prefix}";
          in
          if attrNames options == [ "_module" ] then
            if showOption prefix == "" then
              throw ''
                ${baseMsg}

                It seems as if you're trying to declare an option by placing it into `config' rather than `options'!
              ''
            else
              throw ''
                ${baseMsg}

                However there are no options defined in `${showOption prefix}'. Are you sure you've
                declared your options properly? This can happen if you e.g. declared your options in `types.submodule'
                under `config' rather than `options'.
              ''
          else throw baseMsg
        else null;

      # "Did you mean ...?" for an undeclared path: the names declared beside its first unknown part.
      suggestions = path:
        let
          # The deepest namespace of `options` along `path`, and the name that is missing in it.
          find = set: rest:
            if rest != [ ] && set ? ${head rest} && !isOption set.${head rest}
            then let found = find set.${head rest} (tail rest); in found // { parents = [ (head rest) ] ++ found.parents; }
            else { inherit set; parents = [ ]; missing = if rest == [ ] then null else head rest; };
          found = find options path;
          names = filter (n: n != "_module") (attrNames found.set);
          scored = map (n: { name = n; distance = levenshtein found.missing n; }) names;
          close = if length names < 100 then scored else filter (s: s.distance <= 2) scored;
          ranked = sort (a: b: a.distance < b.distance) close;
          best = map (s: "`${showOption (prefix ++ found.parents ++ [ s.name ])}'") (take 3 ranked);
          n = length best;
        in
        if found.missing == null || n == 0 then ""
        else if n == 1 then "\n\nDid you mean ${head best}?"
        else "\n\nDid you mean ${concatStringsSep ", " (take (n - 1) best)} or ${last best}?";

      checked = seq checkUnmatched;

      extendModules = extendArgs@{ modules ? [ ], specialArgs ? { }, prefix ? [ ] }:
        evalModules (evalModulesArgs // {
          inherit class;
          modules = regularModules ++ modules;
          specialArgs = evalModulesArgs.specialArgs or { } // specialArgs;
          prefix = extendArgs.prefix or evalModulesArgs.prefix or [ ];
        });

      type = types.submoduleWith { inherit modules specialArgs class; };
    in
    withWarnings {
      _type = "configuration";
      options = checked options;
      config = checked (removeAttrs config [ "_module" ]);
      _module = checked config._module;
      inherit (collected) graph;
      inherit extendModules type class;
    };

  ## Renaming and removing options.

  mkOptionDefault = mkOverride 1500;
  mkDefault = mkOverride 1000;

  mkAliasIfDef = option: mkIf (isOption option && option.isDefined);

  mkAliasAndWrapDefinitions = wrap: option: mkAliasIfDef option (wrap (mkMerge option.definitions));

  # Like mkAliasAndWrapDefinitions, but the definitions keep the priority they had.
  mkAliasAndWrapDefsWithPriority = wrap: option:
    let prio = option.highestPrio or defaultOverridePriority; in
    mkAliasIfDef option (wrap (mkMerge (map (mkOverride prio) option.definitions)));

  doRename = { from, to, visible, warn, use, withPriority ? true, condition ? true }:
    { config, options, ... }:
    let
      fromOpt = getAttrFromPath from options;
      toOf = attrByPath to (abort "Renaming error: option `${showOption to}' does not exist.");
      toType = (attrByPath to { } options).type or (types.submodule { });
    in
    {
      options = setAttrByPath from (mkOption {
        inherit visible;
        description = "Alias of {option}`${showOption to}`.";
        apply = _: use (toOf config);
      } // (if toType != null then { type = toType; } else { }));
      config = mkIf condition (mkMerge [
        (if options ? warnings then {
          warnings = optional (warn && fromOpt.isDefined)
            "The option `${showOption from}' defined in ${showFiles fromOpt.files} has been renamed to `${showOption to}'.";
        } else { })
        (if withPriority
         then mkAliasAndWrapDefsWithPriority (setAttrByPath to) fromOpt
         else mkAliasAndWrapDefinitions (setAttrByPath to) fromOpt)
      ]);
    };

  mkMergedOptionModule = from: to: mergeFn:
    { config, options, ... }:
    let
      # The default marks an old option nobody defined, so mergeFn can read all of them.
      unset = "_mkMergedOptionModule";
    in
    {
      options = foldl' recursiveUpdate { } (map
        (path: setAttrByPath path (mkOption { visible = false; default = unset; }))
        from);
      config = {
        warnings = filter (x: x != "") (map
          (f:
            if getAttrFromPath f config != unset
            then "The option `${showOption f}' defined in ${showFiles (getAttrFromPath f options).files} has been changed to `${showOption to}' that has a different type. Please read `${showOption to}' documentation and update your configuration accordingly."
            else "")
          from);
      } // setAttrByPath to (mkMerge
        (optional (any (f: getAttrFromPath f config != unset) from) (mergeFn config)));
    };

  mkAliasOptionModule = from: to: doRename {
    inherit from to;
    visible = true;
    warn = false;
    use = x: x;
  };
in
{
  inherit evalModules collectModules unifyModuleSyntax applyModuleArgs applyModuleArgsIfFunction
    setDefaultModuleLocation mergeModules mergeModules' mergeOptionDecls evalOptionValue mergeDefinitions
    pushDownProperties dischargeProperties sortProperties fixupOptionType
    mkIf mkAssert mkMerge mkOverride mkOrder mkOptionDefault mkDefault
    mkAliasAndWrapDefinitions mkAliasAndWrapDefsWithPriority mkAliasIfDef
    defaultOverridePriority defaultOrderPriority
    doRename mkMergedOptionModule mkAliasOptionModule;

  filterOverrides = defs: (filterOverrides' defs).values;
  inherit filterOverrides';

  mkImageMediaOverride = mkOverride 60;
  mkForce = mkOverride 50;
  mkVMOverride = mkOverride 10;
  mkBefore = mkOrder 500;
  mkAfter = mkOrder 1500;
  mkFixStrictness = x: x;

  # A definition with its own file: { file, value } as the module system stores definitions.
  mkDefinition = args@{ file, value, ... }: args // { _type = "definition"; };

  # The value of another option as a definition with that option's priority.
  mkDerivedConfig = opt: f: mkOverride (opt.highestPrio or defaultOverridePriority) (f opt.value);

  mkAliasDefinitions = mkAliasAndWrapDefinitions (x: x);

  fixMergeModules = modules: args: evalModules { inherit modules args; check = false; };

  mkRemovedOptionModule = optionName: replacementInstructions:
    { options, ... }:
    {
      options = setAttrByPath optionName (mkOption {
        visible = false;
        apply = _: throw "The option `${showOption optionName}' can no longer be used since it's been removed. ${replacementInstructions}";
      });
      config.assertions =
        let opt = getAttrFromPath optionName options; in
        [{
          assertion = !opt.isDefined;
          message = ''
            The option definition `${showOption optionName}' in ${showFiles opt.files} no longer has any effect; please remove it.
            ${replacementInstructions}
          '';
        }];
    };

  mkRenamedOptionModule = from: to: doRename {
    inherit from to;
    visible = false;
    warn = true;
    use = builtins.trace "Obsolete option `${showOption from}' is used. It was renamed to `${showOption to}'.";
  };

  mkRenamedOptionModuleWith = { from, to, sinceRelease }:
    let warn = lib.trivial.oldestSupportedReleaseIsAtLeast sinceRelease; in
    doRename {
      inherit from to warn;
      visible = false;
      use = warnIf warn "Obsolete option `${showOption from}' is used. It was renamed to `${showOption to}'.";
    };

  mkChangedOptionModule = from: to: changeFn: mkMergedOptionModule [ from ] to changeFn;

  mkAliasOptionModuleMD = mkAliasOptionModule;

  # A module from a file that is a function of a static argument, located at that file.
  importApply = modulePath: staticArg:
    setDefaultModuleLocation modulePath (import modulePath staticArg);

  importJSON = file: { _file = file; config = builtins.fromJSON (builtins.readFile file); };
  importTOML = file: { _file = file; config = builtins.fromTOML (builtins.readFile file); };
}
