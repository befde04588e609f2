# Assertions with readable messages.
{ lib }:
rec {
  # `assert assertMsg cond msg; ...` throws `msg` instead of the plain assertion failure.
  assertMsg = pred: msg: pred || builtins.throw msg;

  # Asserts that `val` is one of `xs`; the message names the option `name`.
  assertOneOf = name: val: xs:
    assertMsg (builtins.elem val xs)
      "${name} must be one of ${lib.generators.toPretty { } xs}, but is: ${lib.generators.toPretty { } val}";

  # Asserts that every element of `vals` is one of `xs`.
  assertEachOneOf = name: vals: xs:
    assertMsg (lib.lists.all (val: builtins.elem val xs) vals)
      "each element in ${name} must be one of ${lib.generators.toPretty { } xs}, but is: ${lib.generators.toPretty { } vals}";

  # The check NixOS makes before it gives a system: `val` when every `{ assertion; message; }` holds (after
  # printing the warnings), else one error listing the messages of those that do not, one "- " line each.
  checkAssertWarn = assertions: warnings: val:
    let
      failed = map (a: a.message) (builtins.filter (a: !a.assertion) assertions);
    in
    if failed == [ ] then lib.trivial.showWarnings warnings val
    else throw "\nFailed assertions:\n${builtins.concatStringsSep "\n" (map (m: "- ${m}") failed)}";
}
