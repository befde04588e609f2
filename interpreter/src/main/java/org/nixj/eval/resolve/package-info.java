/**
 * Static scope analysis: which binding each variable refers to, known before evaluation (as in Nix, only
 * variables under a {@code with} are looked up dynamically).
 */
package org.nixj.eval.resolve;
