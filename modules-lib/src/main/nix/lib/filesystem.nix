# Inspecting the file system: the type of a path, listing files, finding a file up the tree.
{ lib }:
let
  inherit (builtins) readDir pathExists dirOf baseNameOf attrNames concatMap;
in
rec {
  # "directory", "regular", "symlink" or "unknown". Nix before 2.14 has no readFileType: the type is then
  # read from the parent directory's listing (the root is a directory).
  pathType =
    builtins.readFileType or (path:
      if !pathExists path then
        abort "lib.filesystem.pathType: Path ${toString path} does not exist."
      else if toString path == "/" then
        "directory"
      else
        (readDir (dirOf path)).${baseNameOf path});

  pathIsDirectory = path: pathExists path && pathType path == "directory";

  pathIsRegularFile = path: pathExists path && pathType path == "regular";

  # Every file below `dir` (following no symlinks to directories), as paths, in name order.
  listFilesRecursive = dir:
    lib.lists.flatten (lib.attrsets.mapAttrsToList
      (name: type: if type == "directory" then listFilesRecursive (dir + "/${name}") else dir + "/${name}")
      (readDir dir));

  # The closest directory at or above `file`'s directory holding a file whose name matches `pattern`:
  # `{ path; matches; }` (the regex's match groups of the first such name), or null.
  locateDominatingFile = pattern: file:
    let
      go = dir:
        let
          names = attrNames (readDir dir);
          found = lib.lists.findFirst (name: builtins.match pattern name != null) null names;
          parent = dirOf dir;
        in
        if found != null then
          { path = dir; matches = builtins.match pattern found; }
        else if parent == dir then
          null
        else
          go parent;
      start = if pathIsDirectory file then file else dirOf file;
    in
    go start;

  # A package set from a directory tree: `NAME.nix` and `NAME/package.nix` become packages (through
  # `callPackage`), other directories nested sets; a `package.nix` at the top makes the whole directory
  # one package. With `newScope`, each nested set is a scope of its own (lib.makeScope), whose packages
  # are called with their siblings.
  packagesFromDirectoryRecursive = { callPackage, newScope ? null, directory, ... }:
    let
      inherit (lib.attrsets) nameValuePair mapAttrs' filterAttrs;
      isPackageEntry = name: type: type == "directory" || (type == "regular" && lib.strings.hasSuffix ".nix" name);
      nested = path:
        if newScope == null then
          packagesFromDirectoryRecursive { inherit callPackage; directory = path; }
        else
          lib.customisation.makeScope newScope (self:
            packagesFromDirectoryRecursive { inherit (self) callPackage newScope; directory = path; });
      entry = name: type:
        let
          path = directory + "/${name}";
        in
        if type == "directory" then
          nameValuePair name (if pathExists (path + "/package.nix") then callPackage (path + "/package.nix") { } else nested path)
        else
          nameValuePair (lib.strings.removeSuffix ".nix" name) (callPackage path { });
    in
    if pathExists (directory + "/package.nix") then
      callPackage (directory + "/package.nix") { }
    else
      mapAttrs' entry (filterAttrs isPackageEntry (readDir directory));
}
