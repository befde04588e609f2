# lib.versions: components of version strings.
{ lib }:
with lib;
{
  splitVersion-components = { expr = versions.splitVersion "1.2.3-rc1"; expected = [ "1" "2" "3" "rc" "1" ]; };
  major-minor-patch = { expr = [ (versions.major "1.2.3") (versions.minor "1.2.3") (versions.patch "1.2.3") ]; expected = [ "1" "2" "3" ]; };
  majorMinor-three = { expr = versions.majorMinor "5.15.102"; expected = "5.15"; };
  majorMinor-two = { expr = versions.majorMinor "6.1"; expected = "6.1"; };
  majorMinor-one = { expr = versions.majorMinor "7"; expected = "7"; };
  pad-extends = { expr = versions.pad 3 "1.2"; expected = "1.2.0"; };
  pad-truncates = { expr = versions.pad 2 "1.2.3"; expected = "1.2"; };
  pad-keeps-suffix = { expr = versions.pad 3 "1.2-beta"; expected = "1.2.0-beta"; };
  flattened-splitVersion = { expr = splitVersion "2.8pre"; expected = [ "2" "8" "pre" ]; };
}
