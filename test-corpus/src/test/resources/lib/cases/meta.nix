# lib.meta and lib.licenses: names, priorities, executables, licenses by SPDX id.
{ lib }:
with lib;
let
  drv = {
    type = "derivation";
    name = "hello-2.12";
    pname = "hello";
    outPath = "/store/hello";
    bin = { type = "derivation"; outPath = "/store/hello-bin"; outputSpecified = true; };
    meta = { mainProgram = "hi"; };
  };
in
{
  addMetaAttrs-merges = { expr = (addMetaAttrs { b = 2; } { meta = { a = 1; }; }).meta; expected = { a = 1; b = 2; }; };
  addMetaAttrs-no-meta = { expr = (addMetaAttrs { b = 2; } { }).meta; expected = { b = 2; }; };
  dontDistribute-hydra = { expr = (dontDistribute { }).meta.hydraPlatforms; expected = [ ]; };
  setName-sets = { expr = (setName "x" { name = "y"; }).name; expected = "x"; };
  updateName-updates = { expr = (updateName (n: n + "-2") { name = "y"; }).name; expected = "y-2"; };
  appendToName-before-version = { expr = (appendToName "wrapped" { name = "foo-1.0"; }).name; expected = "foo-wrapped-1.0"; };
  lowPrio-hiPrio = { expr = [ (lowPrio { }).meta.priority (hiPrio { }).meta.priority meta.defaultPriority ]; expected = [ 10 (-10) 5 ]; };
  setPrio-value = { expr = (setPrio 3 { }).meta.priority; expected = 3; };
  lowPrioSet-only-derivations = {
    expr = mapAttrs (_: v: v.meta.priority or null) (lowPrioSet { d = { type = "derivation"; }; o = { }; });
    expected = { d = 10; o = null; };
  };
  getExe-mainProgram = { expr = getExe drv; expected = "/store/hello-bin/bin/hi"; };
  getExe'-named = { expr = getExe' drv "other"; expected = "/store/hello-bin/bin/other"; };
  getExe'-not-derivation = { expr = getExe' { } "x"; throws = true; };
  getExe'-nested-name = { expr = getExe' drv "a/b"; throws = true; };
  licenses-mit = {
    expr = licenses.mit;
    expected = { shortName = "mit"; spdxId = "MIT"; fullName = "MIT License"; url = "https://spdx.org/licenses/MIT.html"; free = true; redistributable = true; deprecated = false; };
  };
  licenses-unfree = { expr = { inherit (licenses.unfree) free redistributable; }; expected = { free = false; redistributable = false; }; };
  licenses-unfreeRedistributable = { expr = licenses.unfreeRedistributableFirmware.redistributable; expected = true; };
  licenses-gpl2-deprecated = { expr = licenses.gpl2.deprecated; expected = true; };
  licenses-all-have-short-names = { expr = all (n: licenses.${n}.shortName == n) (attrNames licenses); expected = true; };
  getLicenseFromSpdxId-known = { expr = (getLicenseFromSpdxId "Apache-2.0").shortName; expected = "asl20"; };
  getLicenseFromSpdxId-case-insensitive = { expr = (getLicenseFromSpdxId "mit").shortName; expected = "mit"; };
  getLicenseFromSpdxIdOr-default = { expr = getLicenseFromSpdxIdOr "No-Such" null; expected = null; };
  licensesSpdx-keys = { expr = licensesSpdx."GPL-3.0-or-later".shortName; expected = "gpl3Plus"; };
  maintainers-shape = { expr = all (m: m ? name && m ? github) (attrValues maintainers); expected = true; };
}
