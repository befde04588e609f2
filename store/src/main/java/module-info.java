/** The Nix store model: store paths, hashes, NAR, derivations, the local store. */
module org.nixj.store {
    requires transitive org.nixj.os;

    exports org.nixj.store;
    exports org.nixj.store.hash;
}
