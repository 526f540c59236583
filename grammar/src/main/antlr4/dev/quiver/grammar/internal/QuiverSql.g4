/*
 * The Quiver statement language (see shared/design/language.md). Lexer and parser in one grammar.
 * Keywords are case-insensitive. Only the operator words of filters are reserved (AND BETWEEN FALSE IN IS LIKE NOT
 * NULL OR TRUE); every other keyword (see `nonReserved`) may also be used as an identifier.
 */
grammar QuiverSql;

options { caseInsensitive = true; }

singleStatement
    : statementWithTimeout SEMICOLON* EOF
    ;

script
    : SEMICOLON* (statementWithTimeout (SEMICOLON+ statementWithTimeout)* SEMICOLON*)? EOF
    ;

standaloneExpression
    : booleanExpression EOF
    ;

statementWithTimeout
    : statement (TIMEOUT DURATION)?
    ;

statement
    // one sub-rule per kind of statement: a single rule with every alternative would compile to a method too large
    // for the JIT (over 8,000 bytes of bytecode), leaving the hottest rule of every parse interpreted
    : sessionStatement
    | databaseStatement
    | collectionStatement
    | partitionStatement
    | loadStatement
    | flushStatement
    | indexStatement
    | aliasStatement
    | writeStatement
    | queryStatement
    | accessStatement
    | copyStatement
    ;

sessionStatement
    : USE DATABASE? identifier                                                    #use
    | SET settingName EQ propertyValue                                            #setSetting
    | RESET settingName                                                           #resetSetting
    | SHOW SETTINGS                                                               #showSettings
    | SHOW VERSION                                                                #showVersion
    | SHOW HEALTH                                                                 #showHealth
    | EXPLAIN statement                                                           #explain
    ;

databaseStatement
    : CREATE DATABASE ifNotExists? identifier (WITH properties)?                  #createDatabase
    | DROP DATABASE ifExists? identifier                                          #dropDatabase
    | ALTER DATABASE identifier SET properties                                    #alterDatabase
    | SHOW DATABASES                                                              #showDatabases
    | describe DATABASE identifier                                                #describeDatabase
    ;

collectionStatement
    : CREATE collection ifNotExists? identifier
        LPAREN tableElement (COMMA tableElement)* RPAREN (WITH properties)? #createCollection
    | CREATE collection ifNotExists? identifier DIMENSION INTEGER_VALUE
        (METRIC identifier)? (WITH properties)?                                   #createCollectionQuick
    | DROP collection ifExists? identifier                                        #dropCollection
    | RENAME collection identifier TO identifier                                  #renameCollection
    | ALTER collection identifier SET properties                                  #alterCollection
    | ALTER collection identifier DROP PROPERTIES propertyKeys                    #alterCollectionDropProperties
    | ALTER collection identifier ADD COLUMN columnDefinition                     #addColumn
    | ALTER collection collectionName=identifier ALTER COLUMN column=identifier
        SET properties                                                            #alterColumn
    | ALTER collection collectionName=identifier ALTER COLUMN column=identifier
        DROP PROPERTIES propertyKeys                                              #alterColumnDropProperties
    | TRUNCATE collection identifier                                              #truncateCollection
    | describe collection? identifier                                             #describeCollection
    | SHOW CREATE collection identifier                                           #showCreateCollection
    | SHOW (COLLECTIONS | TABLES) (LIKE string)?                                  #showCollections
    | SHOW STATISTICS OF identifier (PARTITION identifier)?                       #showStatistics
    ;

partitionStatement
    : CREATE PARTITION ifNotExists? identifier inPreposition identifier           #createPartition
    | DROP PARTITION ifExists? identifier fromPreposition identifier              #dropPartition
    | SHOW PARTITIONS fromPreposition identifier                                  #showPartitions
    ;

loadStatement
    : LOAD collection identifier (WITH properties)? NOWAIT?                        #loadCollection
    | LOAD partitions identifierList fromPreposition identifier
        (WITH properties)? NOWAIT?                                                #loadPartitions
    | RELEASE collection identifier                                               #releaseCollection
    | RELEASE partitions identifierList fromPreposition identifier                #releasePartitions
    | SHOW LOAD STATE OF identifier (partitions identifierList)?                  #showLoadState
    | SHOW LOADING PROGRESS OF identifier (partitions identifierList)?            #showLoadingProgress
    ;

flushStatement
    : FLUSH ALL NOWAIT?                                                           #flushAll
    | FLUSH PARTITION identifier fromPreposition identifier NOWAIT?               #flushPartition
    | FLUSH collection? identifierList NOWAIT?                                    #flush
    | SHOW FLUSH STATE OF identifier AT integerValue                              #showFlushState
    | SHOW FLUSH ALL STATE AT integerValue                                        #showFlushAllState
    | COMPACT collection? identifier CLUSTERING?                                  #compact
    | SHOW COMPACTION STATE integerValue                                          #showCompactionState
    | SHOW SEGMENTS fromPreposition identifier                                    #showSegments
    ;

indexStatement
    : CREATE INDEX ifNotExists? indexName=identifier? ON target=identifier
        LPAREN field=identifier RPAREN (USING indexType=identifier)?
        (WITH properties)? NOWAIT?                                                #createIndex
    | DROP INDEX identifier ON identifier                                         #dropIndex
    | ALTER INDEX indexName=identifier ON target=identifier SET properties        #alterIndex
    | ALTER INDEX indexName=identifier ON target=identifier
        DROP PROPERTIES propertyKeys                                              #alterIndexDropProperties
    | SHOW (INDEXES | INDEX) fromPreposition identifier                           #showIndexes
    | describe INDEX identifier ON identifier                                     #describeIndex
    ;

aliasStatement
    : CREATE ALIAS identifier FOR identifier                                      #createAlias
    | ALTER ALIAS identifier FOR identifier                                       #alterAlias
    | DROP ALIAS identifier                                                       #dropAlias
    | SHOW ALIASES (FOR identifier)?                                              #showAliases
    | describe ALIAS identifier                                                   #describeAlias
    ;

writeStatement
    : (INSERT | UPSERT) INTO target=identifier (PARTITION partitionName=identifier)?
        (LPAREN columnNames+=identifier (COMMA columnNames+=identifier)* RPAREN)?
        VALUES valuesRow (COMMA valuesRow)*                                       #insertValues
    | (INSERT | UPSERT) INTO target=identifier (PARTITION partitionName=identifier)?
        ROWS literalValue (COMMA literalValue)*                                   #insertRows
    | DELETE FROM target=identifier (PARTITION partitionName=identifier)? (WHERE booleanExpression)?  #delete
    ;

queryStatement
    : SELECT selectItem (COMMA selectItem)* FROM target=identifier (partitions identifierList)?
        (WHERE booleanExpression)?
        (GROUP BY groupField=identifier)?
        (ORDER BY orderItem (COMMA orderItem)*)?
        (LIMIT limit=integerValue)?
        (OFFSET offset=integerValue)?
        (WITH properties)?                                                        #select
    ;

accessStatement
    : CREATE USER identifier PASSWORD stringOrParameter                           #createUser
    | ALTER USER identifier PASSWORD stringOrParameter
        (REPLACE stringOrParameter)?                                              #alterUser
    | DROP USER identifier                                                        #dropUser
    | SHOW USERS                                                                  #showUsers
    | CREATE ROLE identifier                                                      #createRole
    | DROP ROLE identifier                                                        #dropRole
    | GRANT ROLE identifier TO identifier                                         #grantRole
    | REVOKE ROLE identifier FROM identifier                                      #revokeRole
    | SHOW ROLES                                                                  #showRoles
    | GRANT privilege=nameOrStar ON grantObjectType object=nameOrStar TO identifier   #grantPrivilege
    | REVOKE privilege=nameOrStar ON grantObjectType object=nameOrStar FROM identifier #revokePrivilege
    | SHOW GRANTS FOR identifier                                                  #showGrants
    ;

copyStatement
    // COPY runs in the client (console, dev.quiver.io), which reads or writes the file; see docs/copy.md
    : COPY target=identifier (PARTITION partitionName=identifier)?
        (LPAREN columnNames+=identifier (COMMA columnNames+=identifier)* RPAREN)?
        FROM path=string (WITH properties)?                                       #copyFrom
    | COPY (target=identifier | LPAREN queryStatement RPAREN)
        TO path=string (WITH properties)?                                         #copyTo
    ;

collection : COLLECTION | TABLE ;
partitions : PARTITION | PARTITIONS ;
describe : DESCRIBE | DESC ;
ifNotExists : IF NOT EXISTS ;
ifExists : IF EXISTS ;
inPreposition : IN | ON | FROM ;
fromPreposition : FROM | IN | ON ;

identifierList
    : identifier (COMMA identifier)*
    ;

settingName
    : identifier (DOT identifier)*
    ;

properties
    : LPAREN property (COMMA property)* RPAREN
    ;

property
    : propertyKey EQ propertyValue
    ;

propertyKey
    : identifier (DOT identifier)*
    | string
    ;

propertyKeys
    : LPAREN propertyKey (COMMA propertyKey)* RPAREN
    ;

propertyValue
    : identifier                                                   #identifierValue
    | DURATION                                                     #durationValue
    | literalValue                                                 #literalPropertyValue
    | LBRACKET (propertyValue (COMMA propertyValue)*)? RBRACKET    #listPropertyValue
    ;

tableElement
    : functionDefinition
    | columnDefinition
    ;

columnDefinition
    : identifier dataType columnOption*
    ;

// FUNCTION name TYPE (input, ...) -> output, ...: a collection function such as BM25
functionDefinition
    : FUNCTION name=identifier type=identifier LPAREN inputs+=identifier (COMMA inputs+=identifier)* RPAREN
        ARROW outputs+=identifier (COMMA outputs+=identifier)*
    ;

dataType
    : identifier (LT dataType GT)? (LPAREN INTEGER_VALUE RPAREN)?
    ;

columnOption
    : PRIMARY KEY                  #primaryKeyOption
    | AUTO_ID                      #autoIdOption
    | NOT NULL                     #notNullOption
    | NULL                         #nullOption
    | DEFAULT literalValue         #defaultOption
    | COMMENT string               #commentOption
    | PARTITION KEY (WITH LPAREN numPartitionsKey=identifier EQ numPartitions=INTEGER_VALUE RPAREN)?  #partitionKeyOption
    | CLUSTERING KEY               #clusteringKeyOption
    | ANALYZER string?             #analyzerOption
    | MATCH                        #matchOption
    ;

valuesRow
    : LPAREN literalValue (COMMA literalValue)* RPAREN
    ;

selectItem
    : ASTERISK                                     #allColumns
    | COUNT LPAREN ASTERISK RPAREN                 #countAll
    | DISTANCE LPAREN RPAREN                       #distanceItem
    | identifier                                   #columnItem
    ;

orderItem
    : identifier distanceOperator literalValue (ASC | DESC)?     #vectorOrder
    | reranker=identifier LPAREN rerankArgument (COMMA rerankArgument)* RPAREN   #rerankOrder
    | DISTANCE LPAREN RPAREN (ASC | DESC)?                       #distanceOrder
    | identifier (ASC | DESC)?                                   #plainOrder
    ;

// the arguments of RRF(...) / WEIGHTED(...): numbers (k, weights) first, then the ANN searches to fuse
rerankArgument
    : identifier distanceOperator literalValue (WHERE booleanExpression)? (LIMIT integerValue)?  #annArgument
    | literalValue                                                                              #numberArgument
    ;

distanceOperator
    : L2_DISTANCE | IP_DISTANCE | COSINE_DISTANCE | HAMMING_DISTANCE | JACCARD_DISTANCE | TEXT_DISTANCE
    ;

grantObjectType : COLLECTION | TABLE | GLOBAL | USER ;

nameOrStar : identifier | ASTERISK ;

stringOrParameter : string | parameter ;

integerValue : INTEGER_VALUE | parameter ;

// ---- filters ----

booleanExpression
    : valueExpression predicate?                                    #predicated
    | (NOT | BANG) booleanExpression                                #logicalNot
    | booleanExpression (AND | DOUBLE_AMPERSAND) booleanExpression  #and
    | booleanExpression (OR | DOUBLE_PIPE) booleanExpression        #or
    ;

predicate
    : comparisonOperator right=valueExpression (comparisonOperator far=valueExpression)?   #comparison
    | NOT? BETWEEN lower=valueExpression AND upper=valueExpression                        #between
    | NOT? IN inList                                                                      #inPredicate
    | NOT? LIKE pattern=valueExpression                                                   #like
    | IS NOT? NULL                                                                        #nullPredicate
    | distanceOperator literalValue comparisonOperator bound=valueExpression              #distancePredicate
    | distanceOperator literalValue NOT? BETWEEN lower=valueExpression AND upper=valueExpression #distanceBetween
    ;

inList
    : LPAREN literalValue (COMMA literalValue)* RPAREN
    | literalValue
    | LBRACE identifier RBRACE
    ;

valueExpression
    : primaryExpression                                                        #valueDefault
    | left=valueExpression operator=POWER right=valueExpression  #arithmeticBinary
    | operator=(MINUS | PLUS) valueExpression                                  #arithmeticUnary
    | left=valueExpression operator=(ASTERISK | SLASH | PERCENT) right=valueExpression #arithmeticBinary
    | left=valueExpression operator=(PLUS | MINUS) right=valueExpression       #arithmeticBinary
    ;

primaryExpression
    : literalValue                                                        #literalExpression
    | LBRACE identifier RBRACE                                            #templateVariable
    | ISO string                                                          #timestampLiteral
    | INTERVAL string                                                     #intervalLiteral
    | identifier LPAREN (valueExpression (COMMA valueExpression)*)? RPAREN #functionCall
    | (identifier | DOLLAR_IDENTIFIER) pathStep*                          #fieldReference
    | LPAREN booleanExpression RPAREN                                     #parenthesized
    ;

pathStep
    : LBRACKET string RBRACKET
    | LBRACKET INTEGER_VALUE RBRACKET
    | NUMBER_LIST
    ;

comparisonOperator
    : EQ | DOUBLE_EQ | NEQ | LT | LTE | GT | GTE
    ;

// ---- literal values ----

literalValue
    : MINUS? number                                                       #numericLiteral
    | string                                                              #stringLiteral
    | (TRUE | FALSE)                                                      #booleanLiteral
    | NULL                                                                #nullLiteral
    | parameter                                                           #parameterLiteral
    | BINARY_LITERAL                                                      #binaryLiteral
    | NUMBER_LIST                                                         #numberList
    | LBRACKET (literalValue (COMMA literalValue)*)? RBRACKET             #arrayLiteral
    | LBRACE (objectEntry (COMMA objectEntry)*)? RBRACE                   #objectLiteral
    | LBRACE sparseEntry (COMMA sparseEntry)* RBRACE                      #sparseLiteral
    ;

objectEntry
    : string COLON literalValue
    | string NAMED_PARAMETER
    ;

sparseEntry
    : INTEGER_VALUE COLON MINUS? number
    ;

number : INTEGER_VALUE | DECIMAL_VALUE ;

string : STRING ;

parameter : QUESTION_MARK | NAMED_PARAMETER ;

identifier
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    | nonReserved
    ;

nonReserved
    // every keyword except the operator words of filters, which the expression renderer quotes
    : ADD | ALIAS | ALIASES | ALL | ALTER | ANALYZER | ASC | AT | AUTO_ID | BY | CLUSTERING | COLLECTION
    | COLLECTIONS | COLUMN | COMMENT | COMPACT | COMPACTION | COPY | COUNT | CREATE | DATABASE | DATABASES | DEFAULT
    | DELETE | DESC | DESCRIBE | DIMENSION | DISTANCE | DROP | EXISTS | EXPLAIN | FLUSH | FOR | FROM | FUNCTION
    | GLOBAL | GRANT | GRANTS | GROUP | HEALTH | IF | INDEX | INDEXES | INSERT | INTERVAL | INTO | ISO | KEY | LIMIT
    | LOAD | LOADING
    | MATCH | METRIC | NOWAIT | OF | OFFSET | ON | ORDER | PARTITION | PARTITIONS | PASSWORD | PRIMARY | PROGRESS
    | PROPERTIES | RELEASE | RENAME | REPLACE | RESET | REVOKE | ROLE | ROLES | ROWS | SEGMENTS | SELECT | SET
    | SETTINGS | SHOW | STATE | STATISTICS | TABLE | TABLES | TIMEOUT | TO | TRUNCATE | UPSERT | USE | USER | USERS
    | USING | VALUES | VERSION | WHERE | WITH
    ;

// ---- lexer ----

ADD: 'ADD';
ALIAS: 'ALIAS';
ALIASES: 'ALIASES';
ALL: 'ALL';
ALTER: 'ALTER';
ANALYZER: 'ANALYZER';
AND: 'AND';
ASC: 'ASC';
AT: 'AT';
AUTO_ID: 'AUTO_ID';
BETWEEN: 'BETWEEN';
BY: 'BY';
CLUSTERING: 'CLUSTERING';
COLLECTION: 'COLLECTION';
COLLECTIONS: 'COLLECTIONS';
COLUMN: 'COLUMN';
COMMENT: 'COMMENT';
COMPACT: 'COMPACT';
COMPACTION: 'COMPACTION';
COPY: 'COPY';
COUNT: 'COUNT';
CREATE: 'CREATE';
DATABASE: 'DATABASE';
DATABASES: 'DATABASES';
DEFAULT: 'DEFAULT';
DELETE: 'DELETE';
DESC: 'DESC';
DESCRIBE: 'DESCRIBE';
DIMENSION: 'DIMENSION';
DISTANCE: 'DISTANCE';
DROP: 'DROP';
EXISTS: 'EXISTS';
EXPLAIN: 'EXPLAIN';
FALSE: 'FALSE';
FLUSH: 'FLUSH';
FOR: 'FOR';
FROM: 'FROM';
FUNCTION: 'FUNCTION';
GLOBAL: 'GLOBAL';
GRANT: 'GRANT';
GRANTS: 'GRANTS';
GROUP: 'GROUP';
HEALTH: 'HEALTH';
IF: 'IF';
IN: 'IN';
INDEX: 'INDEX';
INDEXES: 'INDEXES';
INSERT: 'INSERT';
INTERVAL: 'INTERVAL';
INTO: 'INTO';
IS: 'IS';
ISO: 'ISO';
KEY: 'KEY';
LIKE: 'LIKE';
LIMIT: 'LIMIT';
LOAD: 'LOAD';
LOADING: 'LOADING';
MATCH: 'MATCH';
METRIC: 'METRIC';
NOT: 'NOT';
NOWAIT: 'NOWAIT';
NULL: 'NULL';
OF: 'OF';
OFFSET: 'OFFSET';
ON: 'ON';
OR: 'OR';
ORDER: 'ORDER';
PARTITION: 'PARTITION';
PARTITIONS: 'PARTITIONS';
PASSWORD: 'PASSWORD';
PRIMARY: 'PRIMARY';
PROGRESS: 'PROGRESS';
PROPERTIES: 'PROPERTIES';
RELEASE: 'RELEASE';
RENAME: 'RENAME';
REPLACE: 'REPLACE';
RESET: 'RESET';
REVOKE: 'REVOKE';
ROLE: 'ROLE';
ROLES: 'ROLES';
ROWS: 'ROWS';
SEGMENTS: 'SEGMENTS';
SELECT: 'SELECT';
SET: 'SET';
SETTINGS: 'SETTINGS';
SHOW: 'SHOW';
STATE: 'STATE';
STATISTICS: 'STATISTICS';
TABLE: 'TABLE';
TABLES: 'TABLES';
TIMEOUT: 'TIMEOUT';
TO: 'TO';
TRUE: 'TRUE';
TRUNCATE: 'TRUNCATE';
UPSERT: 'UPSERT';
USE: 'USE';
USER: 'USER';
USERS: 'USERS';
USING: 'USING';
VALUES: 'VALUES';
VERSION: 'VERSION';
WHERE: 'WHERE';
WITH: 'WITH';

L2_DISTANCE: '<->';
IP_DISTANCE: '<#>';
COSINE_DISTANCE: '<=>';
HAMMING_DISTANCE: '<~>';
JACCARD_DISTANCE: '<%>';
TEXT_DISTANCE: '@@';
ARROW: '->';

DOUBLE_EQ: '==';
EQ: '=';
NEQ: '<>' | '!=';
LTE: '<=';
LT: '<';
GTE: '>=';
GT: '>';
DOUBLE_AMPERSAND: '&&';
DOUBLE_PIPE: '||';
BANG: '!';
POWER: '**';
PLUS: '+';
MINUS: '-';
ASTERISK: '*';
SLASH: '/';
PERCENT: '%';
LPAREN: '(';
RPAREN: ')';
LBRACKET: '[';
RBRACKET: ']';
LBRACE: '{';
RBRACE: '}';
COMMA: ',';
DOT: '.';
COLON: ':';
SEMICOLON: ';';
QUESTION_MARK: '?';

// The fast path for vectors: a whole bracketed list of numbers is one token, scanned by hand into a primitive array.
NUMBER_LIST
    : '[' LIST_SPACE* LIST_NUMBER (LIST_SPACE* ',' LIST_SPACE* LIST_NUMBER)* LIST_SPACE* ']'
    ;

BINARY_LITERAL
    : 'X\'' HEX_DIGIT* '\''
    ;

STRING
    : '\'' ( ~['\\] | '\'\'' | '\\' . )* '\''
    | '"' ( ~["\\] | '""' | '\\' . )* '"'
    ;

DURATION
    : DIGIT+ ('MS' | 'S' | 'M' | 'H')
    ;

INTEGER_VALUE
    : DIGIT+
    ;

DECIMAL_VALUE
    : DIGIT+ '.' DIGIT* EXPONENT?
    | '.' DIGIT+ EXPONENT?
    | DIGIT+ EXPONENT
    ;

NAMED_PARAMETER
    : ':' LETTER (LETTER | DIGIT)*
    ;

IDENTIFIER
    : LETTER (LETTER | DIGIT)*
    ;

DOLLAR_IDENTIFIER
    : '$' LETTER (LETTER | DIGIT)*
    ;

QUOTED_IDENTIFIER
    : '`' ( ~'`' | '``' )* '`'
    ;

LINE_COMMENT
    : '--' ~[\r\n]* -> channel(HIDDEN)
    ;

BLOCK_COMMENT
    : '/*' .*? '*/' -> channel(HIDDEN)
    ;

WS
    : [ \t\r\n\f]+ -> channel(HIDDEN)
    ;

// Anything else is one token the parser cannot use, so it is reported as an unexpected token.
UNRECOGNIZED
    : .
    ;

fragment LIST_NUMBER : '-'? (DIGIT+ ('.' DIGIT*)? | '.' DIGIT+) EXPONENT? ;
fragment LIST_SPACE : [ \t\r\n\f] ;
fragment EXPONENT : 'E' [+-]? DIGIT+ ;
fragment DIGIT : [0-9] ;
fragment HEX_DIGIT : [0-9A-F] ;
fragment LETTER : [A-Z_] ;
