/**
 * Cryptographic hashes as Nix names, prints and parses them: the algorithms ({@code md5}, {@code sha1},
 * {@code sha256}, {@code sha512}), the four text formats (base-16, Nix's own base-32, base-64 and SRI
 * {@code sha256-...}) and Nix's rules for recognising a format from a string's length.
 *
 * <p>Pure code with no dependency on the evaluator: {@code builtins.hashString}, {@code builtins.convertHash}
 * and the store (fixed-output derivations, store paths, NAR hashes) all use it. Error texts are Nix's own
 * (libutil {@code hash.cc}), so callers can pass {@link org.nixj.store.hash.HashException#getMessage()}
 * straight to the user.
 */
package org.nixj.store.hash;
