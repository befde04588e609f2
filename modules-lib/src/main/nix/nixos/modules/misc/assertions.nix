# `assertions` and `warnings`: what modules require of a configuration, and what they advise. They are
# checked when the system is built (system.build.toplevel), as lib.asserts.checkAssertWarn does.
{ lib, ... }:
{
  options = {
    assertions = lib.mkOption {
      type = lib.types.listOf lib.types.unspecified;
      internal = true;
      default = [ ];
      example = [{ assertion = false; message = "this cannot be enabled together with that"; }];
      description = "Conditions the configuration must meet, each `{ assertion; message; }`.";
    };

    warnings = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      internal = true;
      default = [ ];
      example = [ "The `foo' service is deprecated." ];
      description = "Messages shown to the user when the system is evaluated.";
    };
  };
}
