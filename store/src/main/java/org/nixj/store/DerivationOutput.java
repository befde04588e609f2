package org.nixj.store;

/** One output of a derivation, by how its path is determined. */
public sealed interface DerivationOutput {
    /** An output whose path comes from the derivation's hash modulo (the usual kind). */
    record InputAddressed(StorePath path) implements DerivationOutput {}

    /** The output of a fixed-output derivation: its path comes from the expected content hash. */
    record Fixed(ContentAddress ca) implements DerivationOutput {}

    /** An output whose path is not known yet: what outputs are while the hash modulo is being computed. */
    record Deferred() implements DerivationOutput {}
}
