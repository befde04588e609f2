package org.nixj.cli.repl;

/** The text of {@code :?}: the commands of {@code nix repl} that nixj has, and its own. */
final class ReplHelp {
    private ReplHelp() {}

    static final String TEXT = """
            Commands:

              <expr>                     Evaluate an expression and print its value
              <x> = <expr>               Bind an expression to a variable (evaluated when used)
              :a, :add <expr>            Add the attributes of a set to the scope
              :b, :bl <expr>             Build a derivation (not available in nixj yet)
              :doc <expr>                Show the documentation of a builtin, a function or an attribute
              :e, :edit <expr>           Open the definition of a function, attribute or package in $EDITOR
              :l, :load <path>           Load a Nix file (or <nixpkgs>) and add its attributes to the scope
              :lf, :load-flake <ref>     Load a flake and add its outputs and inputs to the scope
              :ll, :last-loaded          List the variables added by the last load
              :o, :option <name>         Show a NixOS option: value, type, default, description, definitions
              :p, :print <expr>          Evaluate and print completely (strings without quotes)
              :q, :quit                  Leave (so does Ctrl-D)
              :r, :reload                Load everything loaded so far again, reading files anew
              :t <expr>                  Show the type of a value
              :te, :trace-enable [bool]  Show error traces: on, off, or toggle
              :?, :help                  Show this help

            Input continues on the next line while brackets, strings or let are open. Ctrl-C stops an
            evaluation; Tab completes variables, attribute paths, commands, files and option names.
            """;
}
