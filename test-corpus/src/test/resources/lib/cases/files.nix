# lib.filesystem, lib.sources and lib.path: file types, listings, source filters (without the store),
# path values and subpaths.
{ lib }:
with lib;
let
  tree = ../data/tree;
  keeps = src: path: type: src.filter (toString tree + "/" + path) type;
in
{
  pathType-kinds = { expr = [ (pathType tree) (pathType (tree + "/a.txt")) (pathType /.) ]; expected = [ "directory" "regular" "directory" ]; };
  pathIsDirectory-cases = { expr = [ (pathIsDirectory tree) (pathIsDirectory (tree + "/a.txt")) (pathIsDirectory (tree + "/missing")) ]; expected = [ true false false ]; };
  pathIsRegularFile-cases = { expr = [ (pathIsRegularFile (tree + "/a.txt")) (pathIsRegularFile tree) (pathIsRegularFile (tree + "/missing")) ]; expected = [ true false false ]; };
  listFilesRecursive-all = {
    expr = map (p: removePrefix (toString tree + "/") (toString p)) (filesystem.listFilesRecursive tree);
    expected = [ ".svn/entries" "a.txt" "c.nix" "sub/b.nix" ];
  };
  locateDominatingFile-finds = {
    expr = let r = filesystem.locateDominatingFile "(.*)\\.txt" (tree + "/sub/b.nix"); in [ (toString r.path == toString tree) r.matches ];
    expected = [ true [ "a" ] ];
  };
  locateDominatingFile-none = { expr = filesystem.locateDominatingFile "no-such-file-anywhere-[0-9]{9}" (tree + "/a.txt"); expected = null; };
  cleanSourceFilter-vcs-and-junk = {
    expr = map (p: cleanSourceFilter p.name p.type) [
      { name = "/s/.git"; type = "directory"; } { name = "/s/.svn"; type = "directory"; } { name = "/s/x.c~"; type = "regular"; }
      { name = "/s/.x.swp"; type = "regular"; } { name = "/s/lib.so"; type = "regular"; } { name = "/s/result"; type = "symlink"; }
      { name = "/s/sock"; type = "unknown"; } { name = "/s/main.c"; type = "regular"; } { name = "/s/result"; type = "regular"; }
    ];
    expected = [ false false false false false false false true true ];
  };
  cleanSource-shape = { expr = let s = cleanSource tree; in [ s._isLibCleanSourceWith (toString s.origSrc == toString tree) s.name ]; expected = [ true true "source" ]; };
  cleanSource-filter = { expr = [ (keeps (cleanSource tree) ".svn" "directory") (keeps (cleanSource tree) "a.txt" "regular") ]; expected = [ false true ]; };
  cleanSourceWith-composes = {
    expr = let s = cleanSourceWith { src = cleanSource tree; filter = p: t: !(hasSuffix ".txt" p); name = "mine"; }; in
      [ (keeps s "a.txt" "regular") (keeps s ".svn" "directory") (keeps s "c.nix" "regular") s.name (toString s.origSrc == toString tree) ];
    expected = [ false false true "mine" true ];
  };
  sourceByRegex-relative = {
    expr = let s = sourceByRegex tree [ "sub" "sub/.*" ".*\\.txt" ]; in map (p: keeps s p "regular") [ "a.txt" "c.nix" "sub" "sub/b.nix" ];
    expected = [ true false true true ];
  };
  sourceFilesBySuffices-keeps-dirs = {
    expr = let s = sourceFilesBySuffices tree [ ".nix" ]; in [ (keeps s "sub" "directory") (keeps s "c.nix" "regular") (keeps s "a.txt" "regular") ];
    expected = [ true true false ];
  };
  canCleanSource-path = { expr = canCleanSource tree; expected = true; };
  pathIsGitRepo-no = { expr = pathIsGitRepo tree; expected = false; };
  path-append = { expr = toString (path.append /a/b "c/./d"); expected = "/a/b/c/d"; };
  path-append-invalid = { expr = path.append /a "/abs"; throws = true; };
  path-hasPrefix = { expr = [ (path.hasPrefix /a /a/b) (path.hasPrefix /a /a) (path.hasPrefix /a/b /a) (path.hasPrefix /a /ab) ]; expected = [ true true false false ]; };
  path-removePrefix = { expr = [ (path.removePrefix /a /a/b/c) (path.removePrefix /a /a) ]; expected = [ "./b/c" "./." ]; };
  path-removePrefix-not-prefix = { expr = path.removePrefix /a /b; throws = true; };
  path-splitRoot = { expr = let r = path.splitRoot /foo/bar; in [ (toString r.root) r.subpath ]; expected = [ "/" "./foo/bar" ]; };
  path-hasStorePathPrefix = { expr = [ (path.hasStorePathPrefix (/. + "${builtins.storeDir}/abc-x/bin")) (path.hasStorePathPrefix /tmp) ]; expected = [ true false ]; };
  subpath-isValid = { expr = map path.subpath.isValid [ "foo/bar" "./x" "" "/abs" "a/../b" ".." "a/." ]; expected = [ true true false false false false true ]; };
  subpath-normalise = { expr = map path.subpath.normalise [ "foo//bar/" "./" "./a/./b" "." ]; expected = [ "./foo/bar" "./." "./a/b" "./." ]; };
  subpath-normalise-invalid = { expr = path.subpath.normalise "../x"; throws = true; };
  subpath-join = { expr = [ (path.subpath.join [ "a" "./b/c" "d/" ]) (path.subpath.join [ ]) (path.subpath.join [ "." "./." ]) ]; expected = [ "./a/b/c/d" "./." "./." ]; };
  subpath-components = { expr = [ (path.subpath.components "./a//b/") (path.subpath.components ".") ]; expected = [ [ "a" "b" ] [ ] ]; };
  packagesFromDirectoryRecursive-tree = {
    expr = let set = packagesFromDirectoryRecursive { callPackage = callPackageWith { base = 1; }; directory = ../data/pkgs; }; in
      [ (attrNames set) set.a.name set.a.base set.b.name (attrNames set.group) set.group.c.sibling set.group.d.name ];
    expected = [ [ "a" "b" "group" ] "a" 1 "b" [ "c" "d" ] "none" "d" ];
  };
  packagesFromDirectoryRecursive-scopes = {
    expr = let
      newScope = extra: callPackageWith ({ base = 1; } // extra);
      set = packagesFromDirectoryRecursive { callPackage = newScope { }; inherit newScope; directory = ../data/pkgs; };
    in [ set.group.c.sibling set.group.d.name ];
    expected = [ "d" "d" ];
  };
  packagesFromDirectoryRecursive-single-package = {
    expr = (packagesFromDirectoryRecursive { callPackage = callPackageWith { }; directory = ../data/pkgs/b; }).name;
    expected = "b";
  };
}
