/**
 * Code the test suites share (test scope only; it depends on no other nixj module):
 * {@link org.nixj.testsupport.NixOracle} runs the real {@code nix-instantiate} in a private store,
 * {@link org.nixj.testsupport.InProcessCli} runs a {@code nixj} command line in-process and captures what it
 * prints, and {@link org.nixj.testsupport.Goldens} compares with golden files and writes them under
 * {@code -Dnixj.accept}.
 */
package org.nixj.testsupport;
