# <nix/fetchurl.nix>, as nixj serves it: a fixed-output derivation built by Nix's builtin:fetchurl builder.
# It takes the arguments of Nix's own file and gives the same derivation, so the same .drv and output paths.
# (nixpkgs' stdenv bootstrap imports it to fetch its bootstrap tools.)
{
  system ? "", # unused, kept for old callers
  url,
  hash ? "", # an SRI hash; the others are the older way to give it
  md5 ? "",
  sha1 ? "",
  sha256 ? "",
  sha512 ? "",
  outputHash ?
    if hash != "" then hash
    else if sha512 != "" then sha512
    else if sha1 != "" then sha1
    else if md5 != "" then md5
    else sha256,
  outputHashAlgo ?
    if hash != "" then ""
    else if sha512 != "" then "sha512"
    else if sha1 != "" then "sha1"
    else if md5 != "" then "md5"
    else "sha256",
  executable ? false,
  unpack ? false,
  name ? baseNameOf (toString url),
  impure ? false
}:

let
  common = {
    builder = "builtin:fetchurl";
    system = "builtin";
    inherit name url executable unpack;
    # An executable or unpacked download is hashed as a NAR, a plain one as the file's bytes.
    outputHashMode = if unpack || executable then "recursive" else "flat";
    # Fetching is cheaper here than copying from a remote builder.
    preferLocalBuild = true;
    # The proxy settings of the caller reach the download; a fixed output keeps that harmless.
    impureEnvVars = [ "http_proxy" "https_proxy" "ftp_proxy" "all_proxy" "no_proxy" ];
    # nix-prefetch-url reads the URL from here.
    urls = [ url ];
  };
  fixedOrImpure = if impure then { __impure = true; } else { inherit outputHash outputHashAlgo; };
in
derivation (common // fixedOrImpure)
