package org.nixj.syntax;

/** The binary operators Nix keeps as operator nodes, with the symbol they print as. */
public enum BinaryOperator {
    EQ("=="),
    NEQ("!="),
    AND("&&"),
    OR("||"),
    IMPL("->"),
    UPDATE("//"),
    CONCAT_LISTS("++");

    private final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Nix. */
    public String symbol() {
        return symbol;
    }
}
