/** The errors evaluation reports, all {@link org.nixj.source.NixError}s printed in Nix's words. */
package org.nixj.eval.error;
