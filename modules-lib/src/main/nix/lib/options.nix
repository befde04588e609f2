# Option declarations and the helpers the module system uses to talk about them: mkOption and its
# friends, the default merge functions of option types, and the texts that name options, files and
# definition values in error messages.
{ lib }:
let
  inherit (builtins)
    all concatStringsSep elem foldl' head isAttrs isBool isFunction isInt isList isString length tail
    tryEval;

  inherit (lib.lists) last take;
  inherit (lib.strings) escapeNixIdentifier splitString;

  # Values as Nix-like source text; nested values deeper than ten levels are not evaluated, so that a
  # value that refers to itself (a `config` or `pkgs` set) is shown rather than followed for ever.
  pretty = v: lib.generators.toPretty { }
    (lib.generators.withRecursion { depthLimit = 10; throwOnDepthLimit = false; } v);

  # The value of each definition.
  getValues = map (def: def.value);

  # The file of each definition.
  getFiles = map (def: def.file);

  showOption = parts:
    let
      # Placeholders the types put into option paths in documentation; shown as they are.
      placeholders = [ "<name>" "*" "<function body>" ];
      part = p: if elem p placeholders then p else escapeNixIdentifier p;
    in
    concatStringsSep "." (map part parts);

  showFiles = files: concatStringsSep " and " (map (f: "`${toString f}'") files);

  # "\n- In `file': value" per definition. A value that cannot be evaluated is left out rather than
  # turning the message into a different error; long values are cut after five lines.
  showDefs = defs: concatStringsSep "" (map
    (def:
      let
        shown = tryEval (pretty def.value);
        lines = splitString "\n" shown.value;
        cut = concatStringsSep "\n    " (take 5 lines ++ (if length lines > 5 then [ "..." ] else [ ]));
        suffix =
          if !shown.success then ""
          else if length lines > 1 then ":\n    " + cut
          else ": " + cut;
      in
      "\n- In `${def.file}'${suffix}")
    defs);

  mergeUniqueOption = args@{ message, merge ? null }:
    let
      notUnique = loc: defs: throw ''
        The option `${showOption loc}' is defined multiple times while it's expected to be unique.
        ${message}
        Definition values:${showDefs defs}
        ${if args ? merge then "\nUse `lib.mkForce value` or `lib.mkDefault value` to change the priority on any of these definitions." else ""}
      '';
    in
    if merge == null
    then loc: defs: if length defs == 1 then (head defs).value else notUnique loc defs
    else loc: defs: if length defs == 1 then merge loc defs else notUnique loc defs;
in
{
  inherit getValues getFiles showOption showFiles showDefs mergeUniqueOption;

  isOption = x: isAttrs x && x._type or null == "option";

  # Declares an option. Only the attributes named here are accepted, as in nixpkgs.
  mkOption =
    { default ? null
    , defaultText ? null
    , example ? null
    , description ? null
    , relatedPackages ? null
    , type ? null
    , apply ? null
    , internal ? null
    , visible ? null
    , readOnly ? null
    }@attrs:
    attrs // { _type = "option"; };

  mkEnableOption = name: lib.options.mkOption {
    default = false;
    example = true;
    description = "Whether to enable ${name}.";
    type = lib.types.bool;
  };

  # An option for a package of `pkgs`, found by its attribute path (`name` or `default`).
  mkPackageOption = pkgs: name:
    { nullable ? false
    , default ? name
    , example ? null
    , extraDescription ? ""
    , pkgsText ? "pkgs"
    }:
    let
      name' = if isList name then last name else name;
      defaultPath = if isList default then default else [ default ];
      defaultText = concatStringsSep "." defaultPath;
      defaultValue = foldl'
        (set: attr: set.${attr} or (throw "${defaultText} cannot be found in ${pkgsText}"))
        pkgs
        defaultPath;
      defaults =
        if default != null then {
          default = defaultValue;
          defaultText = lib.options.literalExpression "${pkgsText}.${defaultText}";
        }
        else if nullable then { default = null; }
        else { };
      exampleText = if isList example then "${pkgsText}." + concatStringsSep "." example else example;
    in
    lib.options.mkOption (defaults // {
      description = "The ${name'} package to use." + (if extraDescription == "" then "" else " " + extraDescription);
      type = if nullable then lib.types.nullOr lib.types.package else lib.types.package;
    } // (if example != null then { example = lib.options.literalExpression exampleText; } else { }));

  # An option that accepts any definitions and ignores them.
  mkSinkUndeclaredOptions = attrs: lib.options.mkOption ({
    internal = true;
    visible = false;
    default = false;
    description = "Sink for option definitions.";
    type = lib.types.mkOptionType {
      name = "sink";
      check = _: true;
      merge = _: _: false;
    };
    apply = _: throw "Option value is not readable because the option is not declared.";
  } // attrs);

  literalExpression = text:
    if !isString text then throw "literalExpression expects a string."
    else { _type = "literalExpression"; inherit text; };

  literalMD = text:
    if !isString text then throw "literalMD expects a string."
    else { _type = "literalMD"; inherit text; };

  # The merge of `types.unspecified`: one value as is; otherwise functions, lists, sets, booleans,
  # strings and equal integers combine, anything else is an error.
  mergeDefaultOption = loc: defs:
    let list = getValues defs; in
    if length list == 1 then head list
    else if all isFunction list then x: lib.options.mergeDefaultOption loc (map (f: { inherit (f) file; value = f.value x; }) defs)
    else if all isList list then builtins.concatLists list
    else if all isAttrs list then foldl' (a: b: a // b) { } list
    else if all isBool list then foldl' (a: b: a || b) false list
    else if all isString list then concatStringsSep "" list
    else if all isInt list && all (x: x == head list) list then head list
    else throw "Cannot merge definitions of `${showOption loc}'. Definition values:${showDefs defs}";

  mergeOneOption = mergeUniqueOption { message = ""; };

  # All definitions must be equal. One definition is returned as is, which also works for functions.
  mergeEqualOption = loc: defs:
    if defs == [ ] then abort "This case should never happen."
    else if length defs == 1 then (head defs).value
    else (foldl'
      (first: def:
        if def.value != first.value then
          throw "The option `${showOption loc}' has conflicting definition values:${showDefs [ first def ]}\nUse `lib.mkForce value` or `lib.mkDefault value` to change the priority on any of these definitions."
        else first)
      (head defs)
      (tail defs)).value;

  # The option path of definitions and declarations with their locations, as the manual prints them.
  showOptionWithDefLocs = opt: ''
    ${showOption opt.loc}, with values defined in:
    ${concatStringsSep "\n" (map (file: "  - ${file}") opt.files)}
  '';

  unknownModule = "<unknown-file>";

  # The documentation of every option in `options` (an option tree, as evalModules returns it) and of the
  # options of their submodules, as the NixOS manual and options.json are made from: one entry per option, in
  # the order `collect` finds them, with its name, location, description, declaring files, visibility, type
  # and, where the option has them, its example and default rendered as literal expressions. An option whose
  # `visible` is "shallow" is listed but its submodule's options are not; one with `visible = false` neither.
  optionAttrSetToDocList = lib.options.optionAttrSetToDocList' [ ];

  optionAttrSetToDocList' = _: options:
    builtins.concatMap
      (opt:
        let
          name = showOption opt.loc;
          visible = if opt.visible or true == "shallow" then true else opt.visible or true;
          entry = {
            inherit (opt) loc;
            inherit name visible;
            description = opt.description or null;
            declarations = builtins.filter (file: file != lib.options.unknownModule) opt.declarations;
            internal = opt.internal or false;
            readOnly = opt.readOnly or false;
            type = opt.type.description or "unspecified";
          }
          // lib.attrsets.optionalAttrs (opt ? example) {
            example = builtins.addErrorContext "while evaluating the example of option `${name}`"
              (lib.options.renderOptionValue opt.example);
          }
          // lib.attrsets.optionalAttrs (opt ? defaultText || opt ? default) {
            default = builtins.addErrorContext
              "while evaluating the ${if opt ? defaultText then "defaultText" else "default value"} of option `${name}`"
              (lib.options.renderOptionValue (opt.defaultText or opt.default));
          }
          // lib.attrsets.optionalAttrs (opt ? relatedPackages && opt.relatedPackages != null) {
            inherit (opt) relatedPackages;
          };
          subOptions = opt.type.getSubOptions opt.loc;
          showSubOptions = visible && opt.visible or null != "shallow" && subOptions != { };
        in
        [ entry ] ++ (if showSubOptions then lib.options.optionAttrSetToDocList' opt.loc subOptions else [ ]))
      (lib.attrsets.collect lib.options.isOption options);

  # A value for the documentation: a literal expression or Markdown as it is, anything else printed as Nix.
  renderOptionValue = value:
    if value ? _type && value ? text then value
    else lib.options.literalExpression (lib.generators.toPretty { multiline = true; allowPrettyValues = true; } value);
}
