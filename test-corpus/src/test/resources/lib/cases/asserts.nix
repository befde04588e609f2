# lib.asserts: assertMsg, assertOneOf, assertEachOneOf.
{ lib }:
with lib;
{
  assertMsg-true = { expr = assertMsg true "never"; expected = true; };
  assertMsg-false-throws = { expr = assertMsg false "bad"; throws = true; };
  assertMsg-in-assert = { expr = assert assertMsg (1 == 1) "bad"; "ok"; expected = "ok"; };
  assertOneOf-member = { expr = assertOneOf "colour" "red" [ "red" "blue" ]; expected = true; };
  assertOneOf-not-member = { expr = assertOneOf "colour" "green" [ "red" "blue" ]; throws = true; };
  assertEachOneOf-all = { expr = asserts.assertEachOneOf "colours" [ "red" ] [ "red" "blue" ]; expected = true; };
  assertEachOneOf-some = { expr = asserts.assertEachOneOf "colours" [ "red" "x" ] [ "red" "blue" ]; throws = true; };
  assertOneOf-message = {
    expr = (builtins.tryEval (assertOneOf "colour" "green" [ "red" ])).success;
    expected = false;
  };
}
