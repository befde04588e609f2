# lib.cli: GNU-style command lines from attribute sets.
{ lib }:
with lib;
{
  toGNUCommandLine-kinds = {
    expr = cli.toGNUCommandLine { } { verbose = true; quiet = false; o = "out"; I = [ "a" "b" ]; n = 3; skip = null; };
    expected = [ "-I" "a" "-I" "b" "-n" "3" "-o" "out" "--verbose" ];
  };
  toGNUCommandLine-separator = {
    expr = cli.toGNUCommandLine { optionValueSeparator = "="; } { level = 2; };
    expected = [ "--level=2" ];
  };
  toGNUCommandLine-custom-names = {
    expr = cli.toGNUCommandLine { mkOptionName = k: "/${k}"; } { x = true; };
    expected = [ "/x" ];
  };
  toGNUCommandLineShell-quotes = {
    expr = cli.toGNUCommandLineShell { } { message = "hello world"; f = true; };
    expected = "-f --message 'hello world'";
  };
}
