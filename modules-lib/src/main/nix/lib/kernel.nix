# Values for Linux kernel configuration options (`structuredExtraConfig`): y/n/m, free-form values, and
# `option` for settings that may be missing from a kernel version.
{ lib }:
{
  option = x: x // { optional = true; };

  yes = { tristate = "y"; optional = false; };
  no = { tristate = "n"; optional = false; };
  module = { tristate = "m"; optional = false; };
  unset = { tristate = null; optional = false; };
  freeform = x: { freeform = x; optional = false; };
}
