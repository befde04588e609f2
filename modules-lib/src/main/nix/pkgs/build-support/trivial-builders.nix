# nixpkgs' trivial builders, made with nixj's in-process builders (../../../../../build: org.nixj.build.files)
# instead of shell scripts, so that `nixj build` can build them: the arguments and the outputs are nixpkgs',
# the derivations are nixj's own. `runCommand` and its relatives evaluate as in nixpkgs (a derivation whose
# builder is a shell), which `nixj build` refuses, naming it: nixj runs no shell scripts yet.
{ lib, system, runtimeShell }:
let
  # A derivation built in-process by `builtin:<builder>`, its arguments passed as structured attributes.
  # `meta` and `passthru` stay out of the derivation, as in nixpkgs.
  inProcess = builder: { name, meta ? { }, passthru ? { }, ... }@args:
    let
      drv = derivation (removeAttrs args [ "meta" "passthru" ] // {
        inherit name system;
        builder = "builtin:${builder}";
        __structuredAttrs = true;
        preferLocalBuild = true;
        allowSubstitutes = false;
      });
    in
    drv // passthru // { inherit meta; };

  writeTextFile =
    { name
    , text
    , executable ? false
    , destination ? ""
    , checkPhase ? ""
    , meta ? { }
    , passthru ? { }
    , allowSubstitutes ? false
    , preferLocalBuild ? true
    , derivationArgs ? { }
    }:
    inProcess "nixj-write-text" (derivationArgs // {
      inherit name text executable destination checkPhase meta passthru;
    });

  writeText = name: text: writeTextFile { inherit name text; };

  writeTextDir = path: text: writeTextFile {
    inherit text;
    name = baseNameOf path;
    destination = "/${path}";
  };

  writeScript = name: text: writeTextFile { inherit name text; executable = true; };

  writeScriptBin = name: text: writeTextFile {
    inherit name text;
    executable = true;
    destination = "/bin/${name}";
  };

  shellScript = text: ''
    #!${runtimeShell}
    ${text}
  '';

  runCommandWith = { name, derivationArgs ? { }, ... }: buildCommand:
    derivation (derivationArgs // {
      inherit name system buildCommand;
      builder = runtimeShell;
      args = [ "-c" ''eval "$buildCommand"'' ];
      passAsFile = [ "buildCommand" ];
    });
in
{
  inherit writeTextFile writeText writeTextDir writeScript writeScriptBin;

  writeShellScript = name: text: writeTextFile { inherit name; executable = true; text = shellScript text; };

  writeShellScriptBin = name: text: writeTextFile {
    inherit name;
    executable = true;
    destination = "/bin/${name}";
    text = shellScript text;
  };

  symlinkJoin = { name, paths, postBuild ? "", meta ? { }, passthru ? { }, ... }:
    inProcess "nixj-symlink-join" {
      inherit name postBuild meta passthru;
      paths = map toString paths;
    };

  buildEnv =
    { name
    , paths
    , pathsToLink ? [ "/" ]
    , extraOutputsToInstall ? [ ]
    , ignoreCollisions ? false
    , checkCollisionContents ? true
    , extraPrefix ? ""
    , postBuild ? ""
    , mergeUsr ? false
    , meta ? { }
    , passthru ? { }
    , ...
    }:
    let
      # The packages and, as nixpkgs' buildEnv follows propagated-user-env-packages, what they propagate.
      closure = map (item: item.package) (builtins.genericClosure {
        startSet = map (package: { key = toString package; inherit package; }) paths;
        operator = item: map (package: { key = toString package; inherit package; })
          (item.package.propagatedUserEnvPkgs or [ ]);
      });
      # Each package's outputs to install (meta.outputsToInstall, else its default output), plus the extras.
      outputsOf = pkg:
        let
          wanted = (pkg.meta.outputsToInstall or [ pkg.outputName or "out" ]) ++ extraOutputsToInstall;
        in
        if pkg ? outputs
        then map (output: toString pkg.${output}) (lib.filter (output: pkg ? ${output}) (lib.unique wanted))
        else [ (toString pkg) ];
    in
    inProcess "nixj-build-env" {
      inherit name pathsToLink ignoreCollisions extraPrefix postBuild mergeUsr meta;
      passthru = passthru // { inherit paths; };
      paths = lib.unique (lib.concatMap outputsOf closure);
    };

  # nixj's own: a derivation built by org.nixj.build's builder `builtin:<builder>`, its arguments structured.
  nixjInProcess = inProcess;

  # nixj's own: a folder of listed files, links and copies (see org.nixj.build.files.TreeBuilder), behind
  # NixOS's `etc` and the system's top-level folder.
  nixjTree = { name, entries, meta ? { }, passthru ? { } }:
    inProcess "nixj-tree" { inherit name entries meta passthru; };

  runCommand = name: env: runCommandWith { inherit name; derivationArgs = env; };
  runCommandLocal = name: env: runCommandWith { inherit name; derivationArgs = env; };
  runCommandNoCC = name: env: runCommandWith { inherit name; derivationArgs = env; };
  inherit runCommandWith;
}
