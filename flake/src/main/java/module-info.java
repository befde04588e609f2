/** Flakes: references, {@code flake.nix}, {@code flake.lock}, locking and installables. */
module org.nixj.flake {
    requires transitive org.nixj.interpreter;
    requires com.google.gson;

    exports org.nixj.flake;

    // The interpreter reads the documentation of the flake builtins from this package.
    opens org.nixj.flake to org.nixj.interpreter;
}
