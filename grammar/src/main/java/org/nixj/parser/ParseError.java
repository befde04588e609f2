package org.nixj.parser;

import org.nixj.source.NixError;
import org.nixj.source.Pos;

/** Code that is not valid Nix: a syntax error, or one of the checks Nix makes while parsing. */
public final class ParseError extends NixError {
    public ParseError(String message, Pos pos) {
        super(message, pos);
    }
}
