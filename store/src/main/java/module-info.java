/** The Nix store model: store paths, hashes, NAR, derivations, the local store. */
module org.nixj.store {
    exports org.nixj.store;
    exports org.nixj.store.hash;
}
