/**
 * The Nix store model, free of evaluator types. {@link org.nixj.store.StorePath} and
 * {@link org.nixj.store.StoreDirectory} name store objects with Nix's fingerprint scheme;
 * {@link org.nixj.store.Nar} serialises file trees (filtered by a {@link org.nixj.store.PathFilter}) as Nix
 * does; {@link org.nixj.store.Derivation}, {@link org.nixj.store.ATerm}, {@link org.nixj.store.ATermParser}
 * and {@link org.nixj.store.DerivationHashes} are store derivations, their {@code .drv} text and the hash
 * modulo their output paths come from; {@link org.nixj.store.Store} is a store of valid paths and
 * {@link org.nixj.store.LocalStore} nixj's own, written atomically without root. Errors carry Nix's messages
 * ({@link org.nixj.store.BadStorePathException}); hashes are in {@code org.nixj.store.hash}.
 */
package org.nixj.store;
