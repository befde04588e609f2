# Option types: what a definition may be (check), how several definitions combine (merge), how the
# type is named in messages (description), and how two declarations of one option merge their types
# (functor and typeMerge).
{ lib }:
let
  inherit (builtins)
    all any attrNames concatLists concatMap concatStringsSep elem elemAt filter foldl' head
    isAttrs isBool isFloat isFunction isInt isList isPath isString length mapAttrs match stringLength
    substring toJSON typeOf zipAttrsWith;
  inherit (lib.options) getFiles mergeDefaultOption mergeEqualOption mergeOneOption mergeUniqueOption showFiles showOption;
  inherit (lib.modules) mergeDefinitions mergeOptionDecls fixupOptionType setDefaultModuleLocation;

  inherit (lib.lists) imap1 last;
  inherit (lib.attrsets) isDerivation;
  inherit (lib.strings) isStringLike isStorePath;
  inherit (lib.path) hasStorePathPrefix;

  # A type's description inside another's: bare when its class reads well there, else in parentheses.
  optionDescriptionPhrase = unparenthesize: t:
    if unparenthesize (t.descriptionClass or null) then t.description else "(${t.description})";

  nounOrComposite = class: class == "noun" || class == "composite";
  nounOrConjunction = class: class == "noun" || class == "conjunction";

  isOptionType = x: isAttrs x && x._type or null == "option-type";

  # What typeMerge works with: the type's constructor and its arguments, either types (`wrapped`)
  # or other values (`payload`, combined with `binOp`).
  defaultFunctor = name: {
    inherit name;
    type = types.${name} or null;
    wrapped = null;
    payload = null;
    binOp = a: b: null;
  };

  # Two declarations' types merge when they come from the same constructor and their arguments merge;
  # null means they do not.
  defaultTypeMerge = f: f':
    let
      mergedWrapped = f.wrapped.typeMerge f'.wrapped.functor;
      mergedPayload = f.binOp f.payload f'.payload;
    in
    if f.name != f'.name then null
    else if f.wrapped == null && f'.wrapped == null && f.payload == null && f'.payload == null then f.type
    else if f.wrapped != null && f'.wrapped != null && mergedWrapped != null then f.type mergedWrapped
    else if f.payload != null && f'.payload != null && mergedPayload != null then f.type mergedPayload
    else null;

  mkOptionType =
    { name
    , description ? null
    , descriptionClass ? null
    , check ? (x: true)
    , merge ? mergeDefaultOption
    , emptyValue ? { }
    , getSubOptions ? prefix: { }
    , getSubModules ? null
    , substSubModules ? m: null
    , typeMerge ? defaultTypeMerge functor
    , functor ? defaultFunctor name
    , deprecationMessage ? null
    , nestedTypes ? { }
    }:
    {
      _type = "option-type";
      inherit name check merge emptyValue getSubOptions getSubModules substSubModules typeMerge functor
        deprecationMessage nestedTypes descriptionClass;
      description = if description == null then name else description;
    };

  # A type whose only argument is an element type.
  elemFunctor = name: elemType: defaultFunctor name // { wrapped = elemType; };

  addCheck = elemType: check: elemType // { check = x: elemType.check x && check x; };

  # A store path as a minimal derivation, for packages given as paths.
  toDerivation = path:
    let
      path' = builtins.storePath path;
      res = {
        type = "derivation";
        name = substring 33 (-1) (baseNameOf path');
        outPath = path';
        outputs = [ "out" ];
        out = res;
        outputName = "out";
      };
    in
    res;

  types = rec {
    inherit isOptionType mkOptionType defaultFunctor defaultTypeMerge addCheck;

    isType = type: x: (x._type or "") == type;
    setType = typeName: value: value // { _type = typeName; };

    raw = mkOptionType {
      name = "raw";
      description = "raw value";
      descriptionClass = "noun";
      check = _: true;
      merge = mergeOneOption;
    };

    # Sets merge key by key, functions merge their results, anything else must be equal.
    anything = mkOptionType {
      name = "anything";
      description = "anything";
      descriptionClass = "noun";
      check = _: true;
      merge = loc: defs:
        let
          kind = v: if isAttrs v && isStringLike v then "stringCoercibleSet" else typeOf v;
          commonKind = foldl'
            (k: def:
              if kind def.value == k then k
              else throw "The option `${showOption loc}' has conflicting option types in ${showFiles (getFiles defs)}")
            (kind (head defs).value)
            defs;
          mergeOfKind = {
            set = (attrsOf anything).merge;
            # A package: one definition only.
            stringCoercibleSet = mergeOneOption;
            lambda = loc: defs: arg: anything.merge (loc ++ [ "<function body>" ])
              (map (def: { inherit (def) file; value = def.value arg; }) defs);
          }.${commonKind} or mergeEqualOption;
        in
        mergeOfKind loc defs;
    };

    unspecified = mkOptionType {
      name = "unspecified";
      description = "unspecified value";
      descriptionClass = "noun";
    };

    bool = mkOptionType {
      name = "bool";
      description = "boolean";
      descriptionClass = "noun";
      check = isBool;
      merge = mergeEqualOption;
    };

    boolByOr = mkOptionType {
      name = "boolByOr";
      description = "boolean (merged using or)";
      descriptionClass = "noun";
      check = isBool;
      merge = loc: defs: foldl' (result: def: result || def.value) false defs;
    };

    int = mkOptionType {
      name = "int";
      description = "signed integer";
      descriptionClass = "noun";
      check = isInt;
      merge = mergeEqualOption;
    };

    ints =
      let
        betweenDesc = lowest: highest: "${toString lowest} and ${toString highest} (both inclusive)";
        between = lowest: highest:
          if lowest > highest then throw "ints.between: lowest must be smaller than highest"
          else addCheck int (x: x >= lowest && x <= highest) // {
            name = "intBetween";
            description = "integer between ${betweenDesc lowest highest}";
          };
        unsign = bit: range: between 0 (range - 1) // {
          name = "unsignedInt${toString bit}";
          description = "${toString bit} bit unsigned integer";
        };
        sign = bit: range: between (0 - (range / 2)) (range / 2 - 1) // {
          name = "signedInt${toString bit}";
          description = "${toString bit} bit signed integer";
        };
      in
      rec {
        inherit between;
        unsigned = addCheck int (x: x >= 0) // {
          name = "unsignedInt";
          description = "unsigned integer, meaning >=0";
          descriptionClass = "nonRestrictiveClause";
        };
        positive = addCheck int (x: x > 0) // {
          name = "positiveInt";
          description = "positive integer, meaning >0";
          descriptionClass = "nonRestrictiveClause";
        };
        u8 = unsign 8 256;
        u16 = unsign 16 65536;
        u32 = unsign 32 4294967296;
        s8 = sign 8 256;
        s16 = sign 16 65536;
        s32 = sign 32 4294967296;
        u = unsigned;
      };

    port = ints.u16;

    float = mkOptionType {
      name = "float";
      description = "floating point number";
      descriptionClass = "noun";
      check = isFloat;
      merge = mergeEqualOption;
    };

    number = either int float;

    numbers =
      let betweenDesc = lowest: highest: "${toJSON lowest} and ${toJSON highest} (both inclusive)"; in
      {
        between = lowest: highest:
          if lowest > highest then throw "numbers.between: lowest must be smaller than highest"
          else addCheck number (x: x >= lowest && x <= highest) // {
            name = "numberBetween";
            description = "integer or floating point number between ${betweenDesc lowest highest}";
          };
        nonnegative = addCheck number (x: x >= 0) // {
          name = "numberNonnegative";
          description = "nonnegative integer or floating point number, meaning >=0";
          descriptionClass = "nonRestrictiveClause";
        };
        positive = addCheck number (x: x > 0) // {
          name = "numberPositive";
          description = "positive integer or floating point number, meaning >0";
          descriptionClass = "nonRestrictiveClause";
        };
      };

    str = mkOptionType {
      name = "str";
      description = "string";
      descriptionClass = "noun";
      check = isString;
      merge = mergeEqualOption;
    };

    nonEmptyStr = mkOptionType {
      name = "nonEmptyStr";
      description = "non-empty string";
      descriptionClass = "noun";
      check = x: str.check x && match "[[:space:]]*" x == null;
      inherit (str) merge;
    };

    # A string without line breaks, except for one at its end, which the merge removes.
    singleLineStr = mkOptionType {
      name = "singleLineStr";
      description = "(optionally newline-terminated) single-line string";
      descriptionClass = "noun";
      check = x: str.check x && match "[^\n\r]*\n?" x != null;
      merge = loc: defs: lib.strings.removeSuffix "\n" (mergeEqualOption loc defs);
    };

    strMatching = pattern: mkOptionType {
      name = "strMatching ${toJSON pattern}";
      description = "string matching the pattern ${pattern}";
      descriptionClass = "noun";
      check = x: str.check x && match pattern x != null;
      inherit (str) merge;
      functor = defaultFunctor "strMatching" // {
        type = payload: strMatching payload.pattern;
        payload = { inherit pattern; };
        binOp = lhs: rhs: if lhs == rhs then lhs else null;
      };
    };

    # Strings joined with a separator, in merge order.
    separatedString = sep: mkOptionType {
      name = "separatedString";
      description = if sep == "" then "Concatenated string" else "strings concatenated with ${toJSON sep}";
      descriptionClass = "noun";
      check = isString;
      merge = loc: defs: concatStringsSep sep (map (def: def.value) defs);
      functor = defaultFunctor "separatedString" // {
        type = separatedString;
        payload = sep;
        binOp = a: b: if a == b then a else null;
      };
    };

    lines = separatedString "\n";
    commas = separatedString ",";
    envVar = separatedString ":";

    passwdEntry = entryType: addCheck entryType (s: match "[^:\n]*" s != null) // {
      name = "passwdEntry ${entryType.name}";
      description = "${optionDescriptionPhrase (class: class == "noun") entryType}, not containing newlines or colons";
      descriptionClass = "noun";
    };

    attrs = mkOptionType {
      name = "attrs";
      description = "attribute set";
      check = isAttrs;
      merge = loc: foldl' (res: def: res // def.value) { };
      emptyValue = { value = { }; };
    };

    # A derivation, or a store path turned into one.
    package = mkOptionType {
      name = "package";
      descriptionClass = "noun";
      check = x: isDerivation x || isStorePath x;
      merge = loc: defs:
        let res = mergeOneOption loc defs; in
        if isPath res || (isString res && !builtins.hasContext res) then toDerivation res else res;
    };

    pathWith = { inStore ? null, absolute ? null }:
      if inStore != null && absolute != null && inStore && !absolute then
        throw "In pathWith, inStore means the path must be absolute"
      else
        mkOptionType {
          name = "path";
          description =
            (if absolute == null then "" else if absolute then "absolute " else "relative ")
            + "path"
            + (if inStore == null then "" else if inStore then " in the Nix store" else " not in the Nix store");
          descriptionClass = "noun";
          merge = mergeEqualOption;
          functor = defaultFunctor "path" // {
            type = pathWith;
            payload = { inherit inStore absolute; };
            binOp = lhs: rhs: if lhs == rhs then lhs else null;
          };
          check = x:
            let
              s = toString x;
              expectedKind = if inStore == null || inStore then isStringLike x else isString x;
            in
            expectedKind
            && (inStore == null || inStore == hasStorePathPrefix s)
            && (absolute == null || absolute == (substring 0 1 s == "/"));
        };

    path = pathWith { absolute = true; };
    pathInStore = pathWith { inStore = true; };
    externalPath = pathWith { absolute = true; inStore = false; };

    # Lists concatenate; each element is merged on its own, so `mkIf false` elements disappear.
    listOf = elemType: mkOptionType {
      name = "listOf";
      description = "list of ${optionDescriptionPhrase nounOrComposite elemType}";
      descriptionClass = "composite";
      check = isList;
      merge = loc: defs:
        map (x: x.value) (filter (x: x ? value) (concatLists (imap1
          (n: def: imap1
            (m: element: (mergeDefinitions
              (loc ++ [ "[definition ${toString n}-entry ${toString m}]" ])
              elemType
              [ { inherit (def) file; value = element; } ]).optionalValue)
            def.value)
          defs)));
      emptyValue = { value = [ ]; };
      getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "*" ]);
      getSubModules = elemType.getSubModules;
      substSubModules = m: listOf (elemType.substSubModules m);
      functor = elemFunctor "listOf" elemType;
      nestedTypes.elemType = elemType;
    };

    nonEmptyListOf = elemType:
      let list = addCheck (listOf elemType) (l: l != [ ]); in
      list // {
        description = "non-empty ${optionDescriptionPhrase (class: class == "noun") list}";
        # No value: an option without definitions has none either.
        emptyValue = { };
        substSubModules = m: nonEmptyListOf (elemType.substSubModules m);
      };

    attrsOf = elemType: attrsWith { inherit elemType; };
    lazyAttrsOf = elemType: attrsWith { inherit elemType; lazy = true; };

    # Sets merge key by key, each key with the full priority handling. The strict form drops keys whose
    # definitions all vanished (mkIf false, lower priorities), which needs every key's definitions
    # evaluated; the lazy form keeps every key and merges a value only when it is read.
    attrsWith = { elemType, lazy ? false, placeholder ? "name" }:
      let
        withFiles = defs: map (def: mapAttrs (_: value: { inherit (def) file; inherit value; }) def.value) defs;
        mergeKey = loc: name: defs: mergeDefinitions (loc ++ [ name ]) elemType defs;
      in
      mkOptionType {
        name = if lazy then "lazyAttrsOf" else "attrsOf";
        description = (if lazy then "lazy attribute set" else "attribute set")
          + " of ${optionDescriptionPhrase nounOrComposite elemType}";
        descriptionClass = "composite";
        check = isAttrs;
        merge =
          if lazy then
            loc: defs: zipAttrsWith
              (name: defs:
                let merged = mergeKey loc name defs; in
                # mergedValue raises the right error when the key has neither value nor empty value.
                merged.optionalValue.value or elemType.emptyValue.value or merged.mergedValue)
              (withFiles defs)
          else
            loc: defs:
              let
                merged = zipAttrsWith (name: defs: (mergeKey loc name defs).optionalValue) (withFiles defs);
              in
              builtins.listToAttrs (concatMap
                (name: if merged.${name} ? value then [ { inherit name; value = merged.${name}.value; } ] else [ ])
                (attrNames merged));
        emptyValue = { value = { }; };
        getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "<${placeholder}>" ]);
        getSubModules = elemType.getSubModules;
        substSubModules = m: attrsWith { elemType = elemType.substSubModules m; inherit lazy placeholder; };
        functor = defaultFunctor "attrsWith" // {
          wrapped = elemType;
          payload = { inherit lazy placeholder; };
          type = attrsWith;
        };
        # Same laziness and mergeable element types; differing placeholders fall back to "name".
        typeMerge = f':
          let mergedElem = if f'.name == "attrsWith" then elemType.typeMerge f'.wrapped.functor else null; in
          if mergedElem == null || f'.payload.lazy != lazy then null
          else attrsWith {
            elemType = mergedElem;
            inherit lazy;
            placeholder = if f'.payload.placeholder == placeholder then placeholder else "name";
          };
        nestedTypes.elemType = elemType;
      };

    uniq = unique { message = ""; };

    # The element type, but only one definition is allowed.
    unique = { message }: type: mkOptionType {
      name = "unique";
      inherit (type) description descriptionClass check;
      merge = mergeUniqueOption { inherit message; inherit (type) merge; };
      emptyValue = type.emptyValue;
      getSubOptions = type.getSubOptions;
      getSubModules = type.getSubModules;
      substSubModules = m: unique { inherit message; } (type.substSubModules m);
      functor = elemFunctor "unique" type // { type = unique { inherit message; }; };
      nestedTypes.elemType = type;
    };

    nullOr = elemType: mkOptionType {
      name = "nullOr";
      description = "null or ${optionDescriptionPhrase nounOrConjunction elemType}";
      descriptionClass = "conjunction";
      check = x: x == null || elemType.check x;
      merge = loc: defs:
        let nulls = length (filter (def: def.value == null) defs); in
        if nulls == length defs then null
        else if nulls != 0 then
          throw "The option `${showOption loc}' is defined both null and not null, in ${showFiles (getFiles defs)}."
        else elemType.merge loc defs;
      emptyValue = { value = null; };
      getSubOptions = elemType.getSubOptions;
      getSubModules = elemType.getSubModules;
      substSubModules = m: nullOr (elemType.substSubModules m);
      functor = elemFunctor "nullOr" elemType;
      nestedTypes.elemType = elemType;
    };

    # Functions whose results merge: the merged function applies every definition to its argument.
    functionTo = elemType: mkOptionType {
      name = "functionTo";
      description = "function that evaluates to a(n) ${optionDescriptionPhrase nounOrComposite elemType}";
      descriptionClass = "composite";
      check = isFunction;
      merge = loc: defs: {
        # The named arguments of all definitions; one has a default when it has one everywhere.
        __functionArgs = zipAttrsWith (_: all (x: x)) (map (fn: builtins.functionArgs fn.value) defs);
        __functor = _: args: (mergeDefinitions (loc ++ [ "<function body>" ]) elemType
          (map (fn: { inherit (fn) file; value = fn.value args; }) defs)).mergedValue;
      };
      getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "<function body>" ]);
      getSubModules = elemType.getSubModules;
      substSubModules = m: functionTo (elemType.substSubModules m);
      functor = elemFunctor "functionTo" elemType;
      nestedTypes.elemType = elemType;
    };

    submodule = modules: submoduleWith {
      shorthandOnlyDefinesConfig = true;
      modules = if isList modules then modules else [ modules ];
    };

    # Each definition is a module; the value is the configuration of all of them, evaluated under the
    # option's path with `name` set to the last element of that path.
    submoduleWith =
      { modules
      , specialArgs ? { }
      , shorthandOnlyDefinesConfig ? false
      , description ? null
      , class ? null
      }@attrs:
      let
        allModules = defs: map
          ({ value, file }:
            if isAttrs value && shorthandOnlyDefinesConfig == true
            then { _file = file; config = value; }
            else { _file = file; imports = [ value ]; })
          defs;

        base = lib.modules.evalModules {
          inherit class specialArgs;
          modules = [{
            # For documentation and freeform types, before any definition names the submodule; the
            # angle quotes keep it apart from a real name.
            _module.args.name = lib.modules.mkOptionDefault "‹name›";
          }] ++ modules;
        };

        freeformType = base._module.freeformType;
      in
      mkOptionType {
        name = "submodule";
        description = if description != null then description else freeformType.description or "submodule";
        check = x: isAttrs x || isFunction x || path.check x;
        merge = loc: defs:
          (base.extendModules {
            modules = [ { _module.args.name = last loc; } ] ++ allModules defs;
            prefix = loc;
          }).config;
        emptyValue = { value = { }; };
        getSubOptions = prefix:
          (base.extendModules { inherit prefix; }).options
          // (if freeformType != null then { _freeformOptions = freeformType.getSubOptions prefix; } else { });
        getSubModules = modules;
        substSubModules = m: submoduleWith (attrs // { modules = m; });
        nestedTypes = if freeformType != null then { inherit freeformType; } else { };
        functor = defaultFunctor "submodule" // {
          type = submoduleWith;
          payload = { inherit modules class specialArgs shorthandOnlyDefinesConfig description; };
          binOp = lhs: rhs: {
            class =
              if lhs.class == null then rhs.class
              else if rhs.class == null then lhs.class
              else if lhs.class == rhs.class then lhs.class
              else throw "A submoduleWith option is declared multiple times with conflicting class values \"${toString lhs.class}\" and \"${toString rhs.class}\".";
            modules = lhs.modules ++ rhs.modules;
            specialArgs =
              let intersecting = builtins.intersectAttrs lhs.specialArgs rhs.specialArgs; in
              if intersecting == { } then lhs.specialArgs // rhs.specialArgs
              else throw "A submoduleWith option is declared multiple times with the same specialArgs \"${toString (attrNames intersecting)}\"";
            # null: a tree of plain declarations merged into the submodule, which does not decide.
            shorthandOnlyDefinesConfig =
              if lhs.shorthandOnlyDefinesConfig == null then rhs.shorthandOnlyDefinesConfig
              else if rhs.shorthandOnlyDefinesConfig == null then lhs.shorthandOnlyDefinesConfig
              else if lhs.shorthandOnlyDefinesConfig == rhs.shorthandOnlyDefinesConfig then lhs.shorthandOnlyDefinesConfig
              else throw "A submoduleWith option is declared multiple times with conflicting shorthandOnlyDefinesConfig values";
            description =
              if lhs.description == null then rhs.description
              else if rhs.description == null then lhs.description
              else if lhs.description == rhs.description then lhs.description
              else throw "A submoduleWith option is declared multiple times with conflicting descriptions";
          };
        };
      };

    deferredModule = deferredModuleWith { };

    # Modules kept as modules: the value imports every definition, for another evalModules to use.
    deferredModuleWith = attrs@{ staticModules ? [ ] }: mkOptionType {
      name = "deferredModule";
      description = "module";
      descriptionClass = "noun";
      check = x: isAttrs x || isFunction x || path.check x;
      merge = loc: defs: {
        imports = staticModules
          ++ map (def: setDefaultModuleLocation "${def.file}, via option ${showOption loc}" def.value) defs;
      };
      inherit (submoduleWith { modules = staticModules; }) getSubOptions getSubModules;
      substSubModules = m: deferredModuleWith (attrs // { staticModules = m; });
      functor = defaultFunctor "deferredModuleWith" // {
        type = deferredModuleWith;
        payload = { inherit staticModules; };
        binOp = lhs: rhs: { staticModules = lhs.staticModules ++ rhs.staticModules; };
      };
    };

    # Option types as values; several definitions merge as several declarations of one option would.
    optionType = mkOptionType {
      name = "optionType";
      description = "optionType";
      descriptionClass = "noun";
      check = isOptionType;
      merge = loc: defs:
        if length defs == 1 then (head defs).value
        else
          (fixupOptionType loc (mergeOptionDecls loc (map
            ({ value, file }: { _file = file; pos = null; options = lib.options.mkOption { type = value; }; })
            defs))).type;
    };

    enum = values:
      let
        show = v:
          if isString v then ''"${v}"''
          else if isInt v then toString v
          else if isBool v then (if v then "true" else "false")
          else "<${typeOf v}>";
      in
      mkOptionType {
        name = "enum";
        description =
          # Empty and one-value enums occur when modules extend an enum declared elsewhere.
          if values == [ ] then "impossible (empty enum)"
          else if length values == 1 then "value ${show (head values)} (singular enum)"
          else "one of ${concatStringsSep ", " (map show values)}";
        descriptionClass = if length values < 2 then "noun" else "conjunction";
        check = x: elem x values;
        merge = mergeEqualOption;
        functor = defaultFunctor "enum" // {
          payload = { inherit values; };
          type = payload: enum payload.values;
          binOp = a: b: { values = lib.lists.unique (a.values ++ b.values); };
        };
      };

    # Either type: all definitions of the first, or all of the second, else exactly one definition.
    either = t1: t2: mkOptionType rec {
      name = "either";
      description =
        if t1.descriptionClass or null == "nonRestrictiveClause" then
          # "unsigned integer, meaning >=0, or string" reads better with the comma.
          "${t1.description}, or ${optionDescriptionPhrase nounOrConjunction t2}"
        else
          "${optionDescriptionPhrase nounOrConjunction t1} or ${optionDescriptionPhrase (class: class == "noun" || class == "conjunction" || class == "composite") t2}";
      descriptionClass = "conjunction";
      check = x: t1.check x || t2.check x;
      merge = loc: defs:
        let values = map (d: d.value) defs; in
        if all t1.check values then t1.merge loc defs
        else if all t2.check values then t2.merge loc defs
        else mergeOneOption loc defs;
      typeMerge = f':
        let
          mt1 = t1.typeMerge (elemAt f'.wrapped 0).functor;
          mt2 = t2.typeMerge (elemAt f'.wrapped 1).functor;
        in
        if name == f'.name && mt1 != null && mt2 != null then functor.type mt1 mt2 else null;
      functor = defaultFunctor name // { wrapped = [ t1 t2 ]; };
      nestedTypes.left = t1;
      nestedTypes.right = t2;
    };

    oneOf = ts:
      if ts == [ ] then throw "types.oneOf needs to get at least one type in its argument"
      else foldl' either (head ts) (builtins.tail ts);

    # Values of coercedType are converted with coerceFunc; the result must be a finalType.
    coercedTo = coercedType: coerceFunc: finalType:
      if coercedType.getSubModules != null then
        throw "coercedTo: coercedType must not have submodules (it’s a ${coercedType.description})"
      else
        mkOptionType {
          name = "coercedTo";
          description = "${optionDescriptionPhrase (class: class == "noun") finalType} or ${optionDescriptionPhrase (class: class == "noun") coercedType} convertible to it";
          check = x: (coercedType.check x && finalType.check (coerceFunc x)) || finalType.check x;
          merge = loc: defs:
            let coerce = v: if coercedType.check v then coerceFunc v else v; in
            finalType.merge loc (map (def: def // { value = coerce def.value; }) defs);
          emptyValue = finalType.emptyValue;
          getSubOptions = finalType.getSubOptions;
          getSubModules = finalType.getSubModules;
          substSubModules = m: coercedTo coercedType coerceFunc (finalType.substSubModules m);
          typeMerge = _: null;
          functor = elemFunctor "coercedTo" finalType;
          nestedTypes.coercedType = coercedType;
          nestedTypes.finalType = finalType;
        };
  };
in
types
