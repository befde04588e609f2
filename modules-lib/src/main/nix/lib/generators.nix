# Values rendered as configuration-file text (key=value, INI, git config, JSON, YAML) and as readable Nix
# (toPretty, used by the module system's error messages).
{ lib }:
let
  inherit (builtins) isInt isFloat isString isBool isList isAttrs isPath attrNames concatStringsSep
    concatLists elem filter length split typeOf;
  inherit (lib.attrsets) mapAttrsToList isDerivation;
  inherit (lib.strings) concatStrings concatMapStringsSep escape escapeNixIdentifier floatToString;
  # Not the builtins: these see through `__functor`.
  inherit (lib.trivial) isFunction functionArgs;
in
rec {
  ## Key-value and INI

  # A value as the text after `=`: numbers, strings, booleans, null and derivations (by path).
  mkValueStringDefault = { }: v:
    let
      unsupported = what: value: abort "generators.mkValueStringDefault: ${what} not supported: ${toPretty { } value}";
    in
    if isInt v then toString v
    else if isDerivation v then toString v
    else if isString v then v
    else if v == true then "true"
    else if v == false then "false"
    else if v == null then "null"
    else if isList v then unsupported "lists" v
    else if isAttrs v then unsupported "attrsets" v
    else if isFunction v then unsupported "functions" v
    else if isFloat v then floatToString v
    else unsupported "this value is" (toString v);

  # "key<sep>value", with `sep` escaped in the key.
  mkKeyValueDefault = { mkValueString ? mkValueStringDefault { } }: sep: k: v:
    "${escape [ sep ] k}${sep}${mkValueString v}";

  # One line per attribute; with `listsAsDuplicateKeys`, a list gives one line per element.
  toKeyValue = { mkKeyValue ? mkKeyValueDefault { } "=", listsAsDuplicateKeys ? false, indent ? "" }: attrs:
    let
      line = k: v: indent + mkKeyValue k v + "\n";
      lines =
        if listsAsDuplicateKeys then
          k: v: map (line k) (if isList v then v else [ v ])
        else
          k: v: [ (line k v) ];
    in
    concatStrings (concatLists (mapAttrsToList lines attrs));

  # Sections from a set of sets, separated by blank lines.
  toINI =
    { mkSectionName ? (name: escape [ "[" "]" ] name)
    , mkKeyValue ? mkKeyValueDefault { } "="
    , listsAsDuplicateKeys ? false
    }:
    attrsOfAttrs:
    let
      section = name: values:
        "[${mkSectionName name}]\n" + toKeyValue { inherit mkKeyValue listsAsDuplicateKeys; } values;
    in
    concatStringsSep "\n" (mapAttrsToList section attrsOfAttrs);

  # toINI preceded by keys outside any section.
  toINIWithGlobalSection =
    { mkSectionName ? (name: escape [ "[" "]" ] name)
    , mkKeyValue ? mkKeyValueDefault { } "="
    , listsAsDuplicateKeys ? false
    }:
    { globalSection, sections ? { } }:
    (if globalSection == { } then "" else toKeyValue { inherit mkKeyValue listsAsDuplicateKeys; } globalSection + "\n")
    + toINI { inherit mkSectionName mkKeyValue listsAsDuplicateKeys; } sections;

  # git-config syntax: `{ a.b.c = v; }` becomes key `c` in section `[a "b"]`; strings are quoted and
  # escaped, a list gives the key once per element.
  toGitINI = attrs:
    let
      sectionName = name:
        let
          dot = builtins.match "([^.]*)\\.(.*)" name;
        in
        if dot == null || lib.strings.hasInfix "\"" name then
          name
        else
          "${builtins.head dot} \"${builtins.elemAt dot 1}\"";
      gitValue = v:
        if isString v then
          "\"${lib.strings.replaceStrings [ "\n" "\t" "\"" "\\" ] [ "\\n" "\\t" "\\\"" "\\\\" ] v}\""
        else
          mkValueStringDefault { } v;
      mkKeyValue = k: v: concatMapStringsSep "\n" (e: "\t${escape [ " = " ] k} = ${gitValue e}") (lib.lists.toList v);
      # Sections are the dotted paths of the sets that hold leaves.
      sections = prefix: set:
        lib.lists.concatMap
          (name:
            let
              v = set.${name};
              path = if prefix == "" then name else "${prefix}.${name}";
              isSection = x: isAttrs x && !isDerivation x;
              leaves = lib.attrsets.filterAttrs (_: x: !isSection x) v;
              nested = lib.attrsets.filterAttrs (_: isSection) v;
            in
            if isSection v then
              lib.lists.optional (leaves != { }) { name = path; value = leaves; } ++ sections path nested
            else
              [ ])
          (attrNames set);
    in
    toINI { mkSectionName = sectionName; inherit mkKeyValue; } (builtins.listToAttrs (sections "" attrs));

  ## JSON and YAML

  toJSON = { }: builtins.toJSON;

  # JSON is YAML.
  toYAML = { }: builtins.toJSON;

  ## Nix

  # Limits how deep `toPretty` and friends descend: deeper values become "<unevaluated>" or an error.
  withRecursion = { depthLimit, throwOnDepthLimit ? true }:
    assert isInt depthLimit;
    let
      specialAttrs = [ "__functor" "__functionArgs" "__toString" "__pretty" ];
      stepIntoAttr = evalNext: name: if elem name specialAttrs then lib.trivial.id else evalNext;
      transform = depth:
        if depthLimit != null && depth > depthLimit then
          if throwOnDepthLimit then
            throw "Exceeded maximum eval-depth limit of ${toString depthLimit} while trying to evaluate with `generators.withRecursion'!"
          else
            lib.trivial.const "<unevaluated>"
        else
          lib.trivial.id;
      go = depth: v:
        let
          evalNext = x: go (depth + 1) (transform (depth + 1) x);
        in
        if isAttrs v then builtins.mapAttrs (stepIntoAttr evalNext) v
        else if isList v then map evalNext v
        else transform (depth + 1) v;
    in
    go 0;

  # A value as readable Nix: multi-line by default, strings escaped so they read back, functions as
  # "<function>" with their formal arguments, derivations as "<derivation NAME>". With
  # `allowPrettyValues`, a set `{ __pretty; val; }` is shown as `__pretty val`.
  toPretty = { allowPrettyValues ? false, multiline ? true, indent ? "" }:
    let
      go = indent: v:
        let
          introSpace = if multiline then "\n${indent}  " else " ";
          outroSpace = if multiline then "\n${indent}" else " ";
        in
        if isInt v then
          toString v
        else if isFloat v then
          # toString rounds to 6 significant digits; toJSON keeps the value.
          builtins.toJSON v
        else if isString v then
          prettyString introSpace outroSpace v
        else if v == true then
          "true"
        else if v == false then
          "false"
        else if v == null then
          "null"
        else if isPath v then
          toString v
        else if isList v then
          if v == [ ] then
            "[ ]"
          else
            "[" + introSpace + concatMapStringsSep introSpace (go (indent + "  ")) v + outroSpace + "]"
        else if isFunction v then
          let
            args = functionArgs v;
            shown = concatStringsSep ", "
              (mapAttrsToList (name: hasDefault: if hasDefault then name + "?" else name) args);
          in
          if args == { } then "<function>" else "<function, args: {${shown}}>"
        else if isAttrs v then
          if allowPrettyValues && v ? __pretty && v ? val then
            v.__pretty v.val
          else if v == { } then
            "{ }"
          else if v.type or null == "derivation" then
            "<derivation ${v.name or "???"}>"
          else
            "{" + introSpace
            + concatStringsSep introSpace (mapAttrsToList
              (name: value:
                let
                  shown = builtins.addErrorContext "while evaluating an attribute `${name}`" (go (indent + "  ") value);
                in
                "${escapeNixIdentifier name} = ${shown};")
              v)
            + outroSpace + "}"
        else
          abort "generators.toPretty: should never happen (v = ${v})";

      # One line in double quotes, or (when multi-line output is wanted) an indented '' string.
      prettyString = introSpace: outroSpace: v:
        let
          lines = filter (l: !isList l) (split "\n" v);
          singleLine = "\"" + concatStringsSep "\\n" (map (escape [ "\\" "\"" "\${" ]) lines) + "\"";
          escapedLines = map (lib.strings.replaceStrings [ "\${" "''" ] [ "''\${" "'''" ]) lines;
          lastLine = lib.lists.last escapedLines;
          # An empty last line puts the closing '' on its own line, at the outer indentation.
          multiLine = "''" + introSpace + concatStringsSep introSpace (lib.lists.init escapedLines)
            + (if lastLine == "" then outroSpace else introSpace + lastLine) + "''";
        in
        if multiline && length lines > 1 then multiLine else singleLine;
    in
    go indent;
}
