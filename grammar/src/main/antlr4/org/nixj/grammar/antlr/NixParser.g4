/*
 * The grammar of the Nix language, following current Nix's bison grammar (src/libexpr/parser.y):
 * the same productions, precedences and associativities. Decisions are left-factored so that ANTLR
 * predicts them with one or two tokens of lookahead. No actions: org.nixj.parser.AstBuilder turns the
 * parse tree into the AST, doing Nix's desugaring and its parse-time checks (duplicate attributes,
 * duplicate formals, non-associative operators).
 */
parser grammar NixParser;

options {
  tokenVocab = NixLexer;
  // Every context carries the AST value built when its rule completes (see org.nixj.parser.AstBuilder).
  contextSuperClass = 'org.nixj.parser.AstContext';
}

file : expr EOF;

expr : exprFunction;

exprFunction
  : ID COLON exprFunction                         # simpleLambda
  | formalSet COLON exprFunction                  # formalsLambda
  | formalSet AT ID COLON exprFunction            # formalsAtLambda
  | ID AT formalSet COLON exprFunction            # atFormalsLambda
  | ASSERT expr SEMI exprFunction                 # assert
  | WITH expr SEMI exprFunction                   # with
  | LET binds IN exprFunction                     # let
  | exprIf                                        # ifLevel
  ;

exprIf
  : IF expr THEN expr ELSE expr                   # if
  | exprOp ( (PIPE_INTO exprOp)+ | (PIPE_FROM exprOp)+ )?   # pipe
  ;

// Highest precedence first, as ANTLR reads left-recursive alternatives. Nix's
// %nonassoc operators (== != < > <= >= ?) parse here as left-associative and
// are rejected by the AST builder when chained.
exprOp
  : MINUS exprOp                                  # negate
  | exprOp QUESTION attrPath                      # hasAttr
  | <assoc=right> exprOp CONCAT exprOp            # concat
  | exprOp op=(STAR | SLASH) exprOp               # mulDiv
  | exprOp op=(PLUS | MINUS) exprOp               # addSub
  | NOT exprOp                                    # not
  | <assoc=right> exprOp UPDATE exprOp            # update
  | exprOp op=(LT | GT | LEQ | GEQ) exprOp        # compare
  | exprOp op=(EQ | NEQ) exprOp                   # equality
  | exprOp AND exprOp                             # and
  | exprOp OR exprOp                              # or
  | <assoc=right> exprOp IMPL exprOp              # impl
  | exprApp                                       # app
  ;

exprApp : exprSelect+;

exprSelect
  : exprSimple ( DOT attrPath (OR_KW exprSelect)? | OR_KW )?
  ;

exprSimple
  : ID                                            # var
  | INT                                           # int
  | FLOAT                                         # float
  | STRING_OPEN stringPart* STRING_CLOSE          # string
  | IND_STRING_OPEN indStringPart* IND_STRING_CLOSE   # indString
  | (PATH | HPATH) pathPart*                      # path
  | (PATH_INTERP_START | HPATH_INTERP_START) expr RBRACE pathPart*   # interpolatedPath
  | SPATH                                         # searchPath
  | URI                                           # uri
  | LPAREN expr RPAREN                            # parens
  | LET LBRACE binds RBRACE                       # legacyLet
  | REC LBRACE binds RBRACE                       # recAttrs
  | LBRACE binds RBRACE                           # attrs
  | LBRACK exprSelect* RBRACK                     # list
  ;

stringPart
  : STR | STR_DOLLAR | STR_TRUNCATED
  | DOLLAR_CURLY expr RBRACE
  ;

indStringPart
  : IND_STR | IND_ESC_DOLLAR | IND_DOLLAR | IND_ESC_QUOTES | IND_ESC_CHAR | IND_QUOTE
  | DOLLAR_CURLY expr RBRACE
  ;

pathPart
  : PATH_FRAGMENT
  | PATH_DOLLAR_CURLY expr RBRACE
  ;

binds : bind*;

bind
  : attrPath ASSIGN expr SEMI                                  # binding
  | INHERIT (LPAREN expr RPAREN)? inheritName* SEMI            # inherit
  ;

inheritName : attrName | stringAttr;

attrPath : attrPathElement (DOT attrPathElement)*;

attrPathElement : attrName | stringAttr;

attrName : ID | OR_KW;

stringAttr
  : STRING_OPEN stringPart* STRING_CLOSE
  | DOLLAR_CURLY expr RBRACE
  ;

formalSet
  : LBRACE ( formal (COMMA formal)* (COMMA ELLIPSIS?)? | ELLIPSIS )? RBRACE
  ;

formal : ID (QUESTION expr)?;
