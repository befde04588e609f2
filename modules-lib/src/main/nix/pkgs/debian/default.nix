# Debian's binary packages as derivations (docs/design/debian.md; the decisions of BUILD.md):
# for each package of a pin file (made by nixj's pin generator, see bookworm-amd64.nix),
#   - the .deb is a fixed-output derivation of Nix's builtin:fetchurl: url = mirror://debian/pool/... (or
#     mirror://debian-security/pool/updates/...), with the pinned SHA-256; debianPackage and debianVersion let
#     nixj fetch it with the host's `apt-get download NAME=VERSION`, debianSize lets --dry-run tell the size;
#   - the package is a builtin:nixj-unpack-deb derivation of that .deb (structured attributes, src = the .deb):
#     its files unchanged at their paths, the control members and the owners the store cannot keep under
#     nix-support/debian/.
# The result is an attribute set by Debian package name; each value is the unpacked package's derivation with
# `pname` and `version` (Debian's), plus `deb` (the .deb's derivation), `debian` (the pin: filename, size,
# sha256, description, dependencies), and nixpkgs' `outputs` and `meta` (description, license, platforms).
{ pins ? import ./bookworm-amd64.nix }:
let
  # Store names allow letters, digits and + - . _ ? =; Debian versions also use ~ and (for the epoch) :.
  storeSafe = builtins.replaceStrings [ "~" ":" ] [ "_" "_" ];
  withoutEpoch = version:
    let m = builtins.match "[0-9]+:(.*)" version;
    in if m == null then version else builtins.head m;

  fetchDeb = pin: derivation {
    name = storeSafe (baseNameOf pin.filename);
    system = "builtin";
    builder = "builtin:fetchurl";
    url = pin.url;
    outputHashMode = "flat";
    outputHashAlgo = "sha256";
    outputHash = pin.sha256;
    debianPackage = pin.pname;
    debianVersion = pin.version;
    debianSize = pin.size;
    preferLocalBuild = true;
  };

  # `out` and `all` name the package itself, as nixpkgs' packages do: `pkg.out` keeps `debian` and `meta`.
  unpackDeb = pin:
    let
      deb = fetchDeb pin;
      package = derivation {
        name = "${pin.pname}-${storeSafe (withoutEpoch pin.version)}";
        system = "builtin";
        builder = "builtin:nixj-unpack-deb";
        __structuredAttrs = true;
        inherit (pin) pname version;
        src = deb;
      } // {
        inherit deb;
        debian = pin;
        outputs = [ "out" ];
        out = package;
        all = [ package ];
        meta = {
          inherit (pin) description;
          # Every pinned package comes from Debian's main archive, whose packages all meet the DFSG.
          license = debianMainLicense;
          platforms = debianPlatforms.${pin.architecture};
        };
      };
    in
    package;

  debianMainLicense = {
    shortName = "debian-main";
    fullName = "Free software by the Debian Free Software Guidelines (Debian's main archive)";
    free = true;
    redistributable = true;
  };
  # Debian's architectures as Nix systems; `all` is a package without machine code.
  debianPlatforms = { amd64 = [ "x86_64-linux" ]; arm64 = [ "aarch64-linux" ]; all = [ "x86_64-linux" "aarch64-linux" ]; };
in
builtins.mapAttrs (name: unpackDeb) pins
