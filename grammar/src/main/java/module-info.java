/** The Nix grammar: parsing to a syntax tree with positions, parse errors, the canonical printer. */
module org.nixj.grammar {
    requires org.antlr.antlr4.runtime;
    requires transitive org.nixj.os;

    exports org.nixj.parser;
    exports org.nixj.source;
    exports org.nixj.stack;
    exports org.nixj.syntax;
}
