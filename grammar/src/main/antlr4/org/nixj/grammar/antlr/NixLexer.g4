/*
 * The tokens of the Nix language, as current Nix's flex lexer (src/libexpr/lexer.l) produces them.
 *
 * Nix's lexer is stateful: braces, strings, indented strings and interpolated paths push and pop lexer
 * states. The modes below are those states. Two things ANTLR modes cannot express are done by
 * org.nixj.parser.NixTokenSource, a subclass of this lexer: noticing where an interpolated path ends
 * (Nix uses a zero-width PATH_END token there) and ignoring a '}' that closes nothing.
 * No actions or predicates live in this file.
 */
lexer grammar NixLexer;

channels { DOC }

// ---- keywords (before ID: on a tie the first rule wins) ----
IF      : 'if';
THEN    : 'then';
ELSE    : 'else';
ASSERT  : 'assert';
WITH    : 'with';
LET     : 'let';
IN      : 'in';
REC     : 'rec';
INHERIT : 'inherit';
OR_KW   : 'or';

// ---- multi-character operators ----
ELLIPSIS  : '...';
EQ        : '==';
NEQ       : '!=';
LEQ       : '<=';
GEQ       : '>=';
AND       : '&&';
OR        : '||';
IMPL      : '->';
UPDATE    : '//';
CONCAT    : '++';
PIPE_FROM : '<|';
PIPE_INTO : '|>';

// ---- literals ----
ID    : [a-zA-Z_] [a-zA-Z0-9_'-]*;
INT   : [0-9]+;
FLOAT : ( [1-9] [0-9]* '.' [0-9]* | '0'? '.' [0-9]+ ) ( [Ee] [+-]? [0-9]+ )?;

// A path segment that ends in '/' and is directly followed by an interpolation: `./a/${x}`.
// The token includes the '${'; the token source then enters the interpolated-path state.
PATH_INTERP_START  : PATH_CHAR* '/' '${';
HPATH_INTERP_START : '~/${';
PATH  : PATH_CHAR* ('/' PATH_CHAR+)+ '/'?;
HPATH : '~' ('/' PATH_CHAR+)+ '/'?;
SPATH : '<' PATH_CHAR+ ('/' PATH_CHAR+)* '>';
URI   : [a-zA-Z] [a-zA-Z0-9+\-.]* ':' [a-zA-Z0-9%/?:@&=+$,\-_.!~*']+;

// ---- brackets that change lexer state ----
DOLLAR_CURLY    : '${' -> pushMode(DEFAULT_MODE);
LBRACE          : '{' -> pushMode(DEFAULT_MODE);
RBRACE          : '}' -> popMode;
STRING_OPEN     : '"' -> pushMode(STRING);
IND_STRING_OPEN : '\'\'' (' '* '\n')? -> pushMode(IND_STRING);

// ---- single-character tokens ----
COLON    : ':';
AT       : '@';
SEMI     : ';';
NOT      : '!';
DOT      : '.';
LPAREN   : '(';
RPAREN   : ')';
LBRACK   : '[';
RBRACK   : ']';
ASSIGN   : '=';
COMMA    : ',';
LT       : '<';
GT       : '>';
PLUS     : '+';
MINUS    : '-';
STAR     : '*';
SLASH    : '/';
QUESTION : '?';

// ---- layout ----
WS           : [ \t\r\n]+ -> skip;
LINE_COMMENT : '#' ~[\r\n]* -> skip;
// `/** ... */` (but not `/**/`) is a doc comment, kept for the REPL's :doc. Listed before BLOCK_COMMENT,
// which matches the same text, so that it wins the tie.
DOC_COMMENT   : '/**' ~[/*] ( ~'*' | '*'+ ~[*/] )* '*'+ '/' -> channel(DOC);
BLOCK_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'+ '/' -> skip;

// Any other byte: Nix hands it to the parser, which rejects it as "invalid token".
INVALID : .;

fragment PATH_CHAR : [a-zA-Z0-9._\-+];

// ---- "..." ----
mode STRING;
STR          : ( ~[$"\\] | '$' ~[{"\\] | '\\' . | '$\\' . )+;
// A '$' that ends the string text: `"a$"`. (Nix matches it with trailing context.)
STR_DOLLAR   : '$';
// A lone '\' or '$\' can only be left at the end of the input.
STR_TRUNCATED : '\\' | '$\\';
STR_INTERP   : '${' -> type(DOLLAR_CURLY), pushMode(DEFAULT_MODE);
STRING_CLOSE : '"' -> popMode;

// ---- ''...'' ----
mode IND_STRING;
IND_STR          : ( ~[$'] | '$' ~[{'] | '\'' ~['$] )+;
IND_ESC_DOLLAR   : '\'\'$';
IND_DOLLAR       : '$';
IND_ESC_QUOTES   : '\'\'\'';
IND_ESC_CHAR     : '\'\'\\' .;
IND_QUOTE        : '\'';
IND_INTERP       : '${' -> type(DOLLAR_CURLY), pushMode(DEFAULT_MODE);
IND_STRING_CLOSE : '\'\'' -> popMode;

// ---- the rest of an interpolated path, after its first '${...}' ----
mode IN_PATH;
PATH_FRAGMENT : [a-zA-Z0-9._\-+/]+;
// A token of its own, unlike the '${' of strings and attribute names, so that only an interpolation
// touching the path continues it: in `./a ${x}` the '${' is not part of the path.
PATH_DOLLAR_CURLY : '${' -> pushMode(DEFAULT_MODE);
