package org.nixj.eval.value;

/** A path: absolute and canonical (no {@code .}, {@code ..}, double or trailing slashes), as a byte string. */
public record NixPath(String path) implements Value {
    @Override
    public String typeName() {
        return "path";
    }

    @Override
    public String showType() {
        return "a path";
    }
}
