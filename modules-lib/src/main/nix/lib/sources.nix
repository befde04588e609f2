# Source trees for builds: filters that leave out version-control data, editor files and build results,
# composable with cleanSourceWith. Filtering is lazy: a filtered source only reaches the store when its
# `outPath` is used.
{ lib }:
let
  inherit (lib.strings) hasSuffix hasPrefix removePrefix;
  inherit (builtins) baseNameOf match readFile pathExists;

  # { value = commit; } or { error = message; }.
  commitIdOrError = path:
    let
      dotGit = path + "/.git";
      # A linked work tree or submodule has a .git file pointing at the real git directory.
      gitDir =
        if lib.filesystem.pathIsRegularFile dotGit then
          let
            target = match "gitdir: (.*)\n?" (readFile dotGit);
          in
          if target == null then
            null
          else
            /. + (if hasPrefix "/" (builtins.head target) then "" else toString path + "/") + builtins.head target
        else if lib.filesystem.pathIsDirectory dotGit then
          dotGit
        else
          null;
      head = readFile (gitDir + "/HEAD");
      ref = match "ref: ([^\n]*)\n?" head;
      packed = gitDir + "/packed-refs";
      fromPacked = refName:
        let
          lines = lib.strings.splitString "\n" (readFile packed);
          entry = line: match "([0-9a-f]{40}) (.*)" line;
          hits = lib.lists.concatMap
            (line: let m = entry line; in if m != null && builtins.elemAt m 1 == refName then [ (builtins.head m) ] else [ ])
            lines;
        in
        if pathExists packed && hits != [ ] then
          { value = builtins.head hits; }
        else
          { error = "Not a git repository (no ref ${refName}): ${toString path}"; };
    in
    if gitDir == null then
      { error = "Not a git repository: ${toString path}"; }
    else if ref == null then
      { value = lib.strings.trim head; }
    else if pathExists (gitDir + "/${builtins.head ref}") then
      { value = lib.strings.fileContents (gitDir + "/${builtins.head ref}"); }
    else
      fromPacked (builtins.head ref);

  # A path or cleanSourceWith result as its origin, filter and name.
  toSourceAttributes = src:
    if src ? _isLibCleanSourceWith then
      { inherit (src) origSrc filter name; }
    else
      { origSrc = src; filter = _path: _type: true; name = "source"; };

  fromSourceAttributes = { origSrc, filter, name }: {
    _isLibCleanSourceWith = true;
    inherit origSrc filter name;
    outPath = builtins.path { inherit filter name; path = origSrc; };
  };
in
rec {
  # Leaves out .git/.svn/.hg/CVS, editor backups and swap files, object files, `result` links of
  # nix-build, and files that cannot be in the store (sockets, devices).
  cleanSourceFilter = name: type:
    let
      baseName = baseNameOf (toString name);
    in
    !(baseName == ".git"
      || (type == "directory" && (baseName == ".svn" || baseName == "CVS" || baseName == ".hg"))
      || hasSuffix "~" baseName
      || match "^\\.sw[a-z]$" baseName != null
      || match "^\\..*\\.sw[a-z]$" baseName != null
      || hasSuffix ".o" baseName
      || hasSuffix ".so" baseName
      || (type == "symlink" && hasPrefix "result" baseName)
      || type == "unknown");

  # `src` (a path, or an earlier cleanSourceWith result) with `filter` applied on top of its own.
  cleanSourceWith = { src, filter ? _path: _type: true, name ? null }:
    let
      orig = toSourceAttributes src;
    in
    fromSourceAttributes {
      inherit (orig) origSrc;
      filter = path: type: filter path type && orig.filter path type;
      name = if name != null then name else orig.name;
    };

  cleanSource = src: cleanSourceWith { filter = cleanSourceFilter; inherit src; };

  # Keeps the files whose path relative to the source root matches one of `regexes` (directories must
  # match too, for their contents to be reached).
  sourceByRegex = src: regexes:
    let
      root = toString (toSourceAttributes src).origSrc;
    in
    cleanSourceWith {
      inherit src;
      filter = path: type:
        let
          relPath = removePrefix (root + "/") (toString path);
        in
        lib.lists.any (re: match re relPath != null) regexes;
    };

  # Keeps directories and the files ending in one of `exts`.
  sourceFilesBySuffices = src: exts:
    cleanSourceWith {
      inherit src;
      filter = name: type: type == "directory" || lib.lists.any (ext: hasSuffix ext (baseNameOf (toString name))) exts;
    };

  pathHasContext = builtins.hasContext;

  canCleanSource = src: src ? _isLibCleanSourceWith || !(pathHasContext (toString src));

  # The commit checked out in a git work tree (its HEAD, following a branch ref into refs/ or packed-refs).
  commitIdFromGitRepo = path:
    let
      result = commitIdOrError path;
    in
    result.value or (throw result.error);

  pathIsGitRepo = path: (commitIdOrError path) ? value;
}
