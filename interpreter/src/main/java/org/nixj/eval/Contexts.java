package org.nixj.eval;

/** String-context elements as Nix shows them to users. */
public final class Contexts {
    private Contexts() {}

    /** {@code !out!/nix/store/x.drv} as {@code /nix/store/x.drv^out}; the others without their marker. */
    public static String display(String element) {
        if (element.startsWith("!")) {
            int second = element.indexOf('!', 1);
            return element.substring(second + 1) + "^" + element.substring(1, second);
        }
        return element.startsWith("=") ? element.substring(1) : element;
    }
}
