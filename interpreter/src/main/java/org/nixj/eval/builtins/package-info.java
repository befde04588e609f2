/**
 * The builtins and their extension point. {@link org.nixj.eval.builtins.Builtins} builds the base environment
 * from one explicit list of groups (types, control, attribute sets, lists, arithmetic, strings, contexts,
 * regular expressions, versions, hashes, JSON, XML, TOML, files, derivations, the store, fetchers, constants),
 * each registering into a {@link org.nixj.eval.builtins.BuiltinTable}. A builtin's body
 * ({@link org.nixj.eval.builtins.Builtin}) gets its {@link org.nixj.eval.builtins.Args}, whose typed accessors
 * force the arguments with Nix's error frames. Modules outside the interpreter add builtins as a
 * {@link org.nixj.eval.builtins.BuiltinGroup}; every builtin is documented
 * ({@link org.nixj.eval.builtins.BuiltinDoc}, {@link org.nixj.eval.builtins.BuiltinDocs}).
 */
package org.nixj.eval.builtins;
