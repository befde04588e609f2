package org.nixj.cli.repl;

import java.nio.file.Path;
import org.nixj.eval.Evaluator;
import org.nixj.eval.value.NixAttrs;

/**
 * What a REPL session works with, apart from its input and output.
 *
 * @param evaluator the evaluator every line runs in
 * @param autoArgs the {@code --arg}/{@code --argstr} values, for the functions {@code :l} loads
 * @param flakes flake loading, or {@code null} where flakes are not available
 * @param workingDirectory where relative paths start
 * @param editor how {@code :e} opens an editor
 */
record ReplContext(Evaluator evaluator, NixAttrs autoArgs, ReplFlakes flakes, Path workingDirectory, Editor editor) {}
