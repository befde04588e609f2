# Path values and "subpaths" (relative paths as strings like "./foo/bar"): joining, prefixes,
# normalisation.
{ lib }:
let
  inherit (builtins) isPath isString length elemAt filter head tail stringLength substring;
  inherit (lib.strings) splitString concatStringsSep hasPrefix;

  # The components of a path value ("/a/b" -> [ "a" "b" ]).
  pathComponents = path: filter (c: c != "") (splitString "/" (toString path));

  # Why a string is not a valid subpath, or null.
  subpathError = s:
    if !isString s then
      "The given value is of type ${builtins.typeOf s}, but a string was expected"
    else if s == "" then
      "The given string is empty"
    else if hasPrefix "/" s then
      "The given string \"${s}\" starts with a `/`, representing an absolute path"
    else if lib.lists.elem ".." (splitString "/" s) then
      "The given string \"${s}\" contains a `..` component, which is not allowed in subpaths"
    else
      null;

  subpathComponents = s: filter (c: c != "" && c != ".") (splitString "/" s);

  fromComponents = cs: if cs == [ ] then "./." else "./" + concatStringsSep "/" cs;

  checkSubpath = function: s:
    let
      error = subpathError s;
    in
    if error == null then s else throw "lib.path.${function}: Argument is not a valid subpath string:\n    ${error}.";
in
rec {
  # `path` with the subpath appended.
  append = path: subpath:
    assert lib.asserts.assertMsg (isPath path)
      "lib.path.append: The first argument is of type ${builtins.typeOf path}, but a path was expected";
    path + ("/" + concatStringsSep "/" (subpathComponents (checkSubpath "append" subpath)));

  # Whether `path2` is `path1` or below it.
  hasPrefix = path1: path2:
    let
      c1 = pathComponents path1;
    in
    lib.lists.take (length c1) (pathComponents path2) == c1;

  # `path2` relative to `path1`, as a normalised subpath.
  removePrefix = path1: path2:
    let
      c1 = pathComponents path1;
      c2 = pathComponents path2;
    in
    if hasPrefix path1 path2 then
      fromComponents (lib.lists.drop (length c1) c2)
    else
      throw "lib.path.removePrefix: The first path argument \"${toString path1}\" is not a component-wise prefix of the second path argument \"${toString path2}\".";

  # The file system root of a path and the rest as a subpath.
  splitRoot = path: {
    root = /.;
    subpath = fromComponents (pathComponents path);
  };

  # Whether a path is in the Nix store (possibly below a store path).
  hasStorePathPrefix = path:
    let
      store = pathComponents builtins.storeDir;
      c = pathComponents path;
    in
    length c > length store && lib.lists.take (length store) c == store;

  subpath = {
    isValid = s: subpathError s == null;

    # The subpaths joined, normalised.
    join = subpaths:
      fromComponents (lib.lists.concatMap (s: subpathComponents (checkSubpath "subpath.join" s)) subpaths);

    components = s: subpathComponents (checkSubpath "subpath.components" s);

    # "./" followed by the components, without empty or "." ones; "./." for none.
    normalise = s: fromComponents (subpathComponents (checkSubpath "subpath.normalise" s));
  };
}
