package org.nixj.parser;

import static org.nixj.grammar.antlr.NixLexer.*;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * The names current Nix's parser gives tokens in syntax errors ({@code identifier}, {@code 'in'},
 * {@code end of file}, ...), and the order it lists expected tokens in: bison's symbol order, which is the
 * order tokens are declared and first used in Nix's {@code parser.y}.
 */
final class TokenNames {
    /** Bison lists at most four expected tokens; with more it names none. */
    static final int MAX_EXPECTED = 4;

    /** Our token types in bison's symbol order; types that name the same Nix token are grouped. */
    private static final List<int[]> BISON_ORDER = List.of(
            new int[] {EOF},
            new int[] {ID},
            new int[] {STR, STR_DOLLAR, PATH_FRAGMENT},
            new int[] {IND_STR, IND_ESC_DOLLAR, IND_DOLLAR, IND_ESC_QUOTES, IND_ESC_CHAR, IND_QUOTE},
            new int[] {INT},
            new int[] {FLOAT},
            new int[] {PATH, PATH_INTERP_START},
            new int[] {HPATH, HPATH_INTERP_START},
            new int[] {SPATH},
            new int[] {URI},
            new int[] {IF}, new int[] {THEN}, new int[] {ELSE}, new int[] {ASSERT}, new int[] {WITH},
            new int[] {LET}, new int[] {IN}, new int[] {REC}, new int[] {INHERIT},
            new int[] {EQ}, new int[] {NEQ}, new int[] {LEQ}, new int[] {GEQ}, new int[] {UPDATE},
            new int[] {CONCAT}, new int[] {AND}, new int[] {OR}, new int[] {IMPL}, new int[] {OR_KW},
            new int[] {PIPE_FROM}, new int[] {PIPE_INTO}, new int[] {DOLLAR_CURLY, PATH_DOLLAR_CURLY},
            new int[] {IND_STRING_OPEN}, new int[] {IND_STRING_CLOSE}, new int[] {ELLIPSIS},
            new int[] {LT}, new int[] {GT}, new int[] {PLUS}, new int[] {MINUS}, new int[] {STAR},
            new int[] {SLASH}, new int[] {QUESTION}, new int[] {COLON}, new int[] {AT}, new int[] {SEMI},
            new int[] {NOT}, new int[] {DOT}, new int[] {STRING_OPEN, STRING_CLOSE}, new int[] {LPAREN},
            new int[] {RPAREN}, new int[] {LBRACE}, new int[] {RBRACE}, new int[] {LBRACK},
            new int[] {RBRACK}, new int[] {ASSIGN}, new int[] {COMMA});

    private TokenNames() {}

    /** How Nix names a token of this type in "unexpected ..." and "expecting ...". */
    static String describe(int type) {
        return switch (type) {
            case Token.EOF -> "end of file";
            case ID -> "identifier";
            case STR, STR_DOLLAR, PATH_FRAGMENT -> "string";
            case IND_STR, IND_ESC_DOLLAR, IND_DOLLAR, IND_ESC_QUOTES, IND_ESC_CHAR, IND_QUOTE -> "indented string";
            case INT -> "integer";
            case FLOAT -> "floating-point literal";
            case PATH, PATH_INTERP_START -> "path";
            case HPATH, HPATH_INTERP_START -> "'~/\u2026' path";
            case SPATH -> "'<\u2026>' path";
            case URI -> "URI";
            case IND_STRING_OPEN -> "start of an indented string";
            case IND_STRING_CLOSE -> "end of an indented string";
            case STRING_OPEN, STRING_CLOSE -> "'\"'";
            case DOLLAR_CURLY, PATH_DOLLAR_CURLY -> "'${'";
            case INVALID -> "invalid token";
            default -> VOCABULARY.getLiteralName(type);
        };
    }

    /** "expecting a or b or c", or an empty string when the set is empty or too large for Nix to list. */
    static String expecting(IntervalSet expected) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int[] group : BISON_ORDER) {
            for (int type : group) {
                if (expected.contains(type)) {
                    out.append(count == 0 ? ", expecting " : " or ").append(describe(type));
                    count++;
                    break;
                }
            }
        }
        return count == 0 || count > MAX_EXPECTED ? "" : out.toString();
    }
}
