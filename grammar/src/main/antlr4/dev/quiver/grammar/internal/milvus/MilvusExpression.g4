// Milvus boolean filter expressions, as accepted by Milvus's own plan parser.
// Operator precedence follows Milvus: alternatives listed earlier bind tighter, so LIKE binds tightest,
// then '**', then the prefix operators (+ - not !), then * / %, + -, [not] in, < <= > >=, == !=, and, or.
// All binary operators are left-associative. Chained ranges (1 < x < 5, 5 > x > 1) are two relational
// operators in a row with a field in the middle; the AST builder turns them into a Range, as Milvus's own
// Range/ReverseRange rules do, while keeping every decision of this grammar short for precise error messages.
grammar MilvusExpression;

expression
    : expr EOF
    ;

expr
    : primary                                                        # primaryExpr
    | expr LIKE expr                                                 # likeExpr
    | expr POW expr                                                  # powerExpr
    | op=(ADD | SUB | NOT) expr                                      # unaryExpr
    | expr op=(MUL | DIV | MOD) expr                                 # multiplicativeExpr
    | expr op=(ADD | SUB) expr                                       # additiveExpr
    | expr NOT? IN expr                                              # inExpr
    | expr op=(LT | LE | GT | GE) expr                               # relationalExpr
    | expr op=(EQ | NE) expr                                         # equalityExpr
    | expr AND expr                                                  # andExpr
    | expr OR expr                                                   # orExpr
    ;

primary
    : INTEGER                                                        # integerLiteral
    | FLOAT                                                          # floatLiteral
    | BOOLEAN                                                        # booleanLiteral
    | (STRING | RAW_STRING)                                          # stringLiteral
    | ISO STRING                                                     # timestampLiteral
    | INTERVAL STRING                                                # intervalLiteral
    | name=IDENTIFIER LPAREN (expr (COMMA expr)*)? RPAREN            # functionCall
    | fieldPath (IS_NULL | IS_NOT_NULL)?                             # fieldReference
    | LBRACE IDENTIFIER RBRACE                                       # templateVariable
    | LPAREN expr RPAREN                                             # parenthesized
    | LBRACKET (expr (COMMA expr)* COMMA?)? RBRACKET                 # arrayLiteral
    ;

fieldPath
    : (IDENTIFIER | META) pathStep*
    ;

pathStep
    : LBRACKET (STRING | RAW_STRING | INTEGER) RBRACKET
    ;

LPAREN: '(';
RPAREN: ')';
LBRACKET: '[';
RBRACKET: ']';
LBRACE: '{';
RBRACE: '}';
COMMA: ',';

LE: '<=';
GE: '>=';
EQ: '==';
NE: '!=';
LT: '<';
GT: '>';

POW: '**';
ADD: '+';
SUB: '-';
MUL: '*';
DIV: '/';
MOD: '%';

AND: '&&' | 'and' | 'AND';
OR: '||' | 'or' | 'OR';
NOT: '!' | 'not' | 'NOT';
IN: 'in' | 'IN';
LIKE: 'like' | 'LIKE';
ISO: 'iso' | 'ISO';
INTERVAL: 'interval' | 'INTERVAL';
IS_NULL: I S Blank+ N U L L;
IS_NOT_NULL: I S Blank+ N O T Blank+ N U L L;

BOOLEAN: 'true' | 'True' | 'TRUE' | 'false' | 'False' | 'FALSE';

FLOAT
    : Digits? '.' Digits Exponent?
    | Digits '.' Exponent?
    | Digits Exponent
    | '0' [xX] HexDigits? '.'? HexDigits? [pP] [+-]? Digits
    ;

// Leading zeros, 0x, 0o and 0b prefixes are told apart (and checked) when the literal is converted.
INTEGER
    : Digits
    | '0' [xX] HexDigits
    | '0' [oO] [0-7]+
    | '0' [bB] [01]+
    ;

RAW_STRING
    : [rR] '"' (~["\\\r\n] | '\\' ~[\r\n])* '"'
    | [rR] '\'' (~['\\\r\n] | '\\' ~[\r\n])* '\''
    ;

STRING
    : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"'
    | '\'' (~['\\\r\n] | '\\' ~[\r\n])* '\''
    ;

META: '$meta';

IDENTIFIER: [a-zA-Z_] [a-zA-Z0-9_]*;

WS: [ \t\r\n]+ -> skip;

// A string that reaches the end of its line or of the input without its closing quote.
UNTERMINATED_STRING
    : [rR]? '"' (~["\\\r\n] | '\\' ~[\r\n])* '\\'?
    | [rR]? '\'' (~['\\\r\n] | '\\' ~[\r\n])* '\\'?
    ;

// Any other character: reported by the parser with its position instead of a lexer error.
ERROR_CHAR: .;

fragment Blank: [ \t\r\n];
fragment Digits: [0-9]+;
fragment HexDigits: [0-9a-fA-F]+;
fragment Exponent: [eE] [+-]? Digits;
fragment I: [iI];
fragment S: [sS];
fragment N: [nN];
fragment U: [uU];
fragment L: [lL];
fragment O: [oO];
fragment T: [tT];
