// Token types for the Python lexer and parser. Positions on the tokens the lexer hands out follow
// CPython's `ast` convention rather than chevrotain's: startLine/endLine are 1-based, while
// startColumn is 0-based and endColumn is exclusive (one past the last character), so a node's
// col_offset/end_col_offset can be copied straight from its first and last token.

import { createToken, Lexer, type TokenType } from './chevrotain.js';

// ---------------------------------------------------------------- layout tokens
// Produced by the indentation pass (layout.ts), never matched by a pattern.

export const Newline = createToken({ name: 'NEWLINE', pattern: Lexer.NA, label: 'NEWLINE' });
export const Indent = createToken({ name: 'INDENT', pattern: Lexer.NA, label: 'INDENT' });
export const Dedent = createToken({ name: 'DEDENT', pattern: Lexer.NA, label: 'DEDENT' });

// ---------------------------------------------------------------- raw tokens (scanned)

/** A physical line break; the layout pass turns it into NEWLINE or drops it. */
export const LineBreak = createToken({ name: 'LineBreak', pattern: /\n/, line_breaks: true });
export const Whitespace = createToken({ name: 'Whitespace', pattern: /[ \t\f]+/, group: Lexer.SKIPPED });
export const Comment = createToken({ name: 'Comment', pattern: /#[^\n]*/, group: Lexer.SKIPPED });
/** Backslash-newline joins physical lines; nothing of it reaches the parser. */
export const Continuation = createToken({
  name: 'Continuation',
  pattern: /\\\n/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
/** A backslash followed by anything but a newline: CPython's "unexpected character after line
 *  continuation character"; the layout pass reports it. */
export const BadContinuation = createToken({ name: 'BadContinuation', pattern: /\\/ });

const PREFIX = String.raw`(?:[rR][bBfF]?|[bBfF][rR]?|[uU])?`;
const TRIPLE_SQ = String.raw`'''(?:[^'\\]|\\[\s\S]|'(?!''))*'''`;
const TRIPLE_DQ = String.raw`"""(?:[^"\\]|\\[\s\S]|"(?!""))*"""`;
// `(?!'')`: an empty '' directly followed by a quote is the start of a triple-quoted string.
const SINGLE_SQ = String.raw`'(?!'')(?:[^'\\\n]|\\[\s\S])*'`;
const SINGLE_DQ = String.raw`"(?!"")(?:[^"\\\n]|\\[\s\S])*"`;
// Every character a string token may start with, so chevrotain keeps its first-char optimisation.
const STRING_START = ['r', 'R', 'b', 'B', 'f', 'F', 'u', 'U', "'", '"'];

/** Any complete string literal, prefix included; decoded by strings.ts. */
export const StringLit = createToken({
  name: 'STRING',
  pattern: new RegExp(`${PREFIX}(?:${TRIPLE_SQ}|${TRIPLE_DQ}|${SINGLE_SQ}|${SINGLE_DQ})`),
  line_breaks: true,
  start_chars_hint: STRING_START,
  label: 'STRING',
});
/** A triple-quoted literal running to the end of the file: reported by the layout pass. */
export const UnterminatedTriple = createToken({
  name: 'UnterminatedTriple',
  pattern: new RegExp(`${PREFIX}(?:'''|""")[\\s\\S]*`),
  line_breaks: true,
  start_chars_hint: STRING_START,
});
/** A one-line literal without its closing quote: reported by the layout pass. */
export const UnterminatedString = createToken({
  name: 'UnterminatedString',
  pattern: new RegExp(`${PREFIX}(?:'(?:[^'\\\\\\n]|\\\\[\\s\\S])*|"(?:[^"\\\\\\n]|\\\\[\\s\\S])*)`),
  line_breaks: true,
  start_chars_hint: STRING_START,
});

/** Number literals: hex/octal/binary ints, decimal ints, floats, imaginaries, with underscores.
 *  What may follow a number (CPython's "invalid decimal literal" family) is checked by layout.ts;
 *  numbers.ts turns the text into a value. */
export const NumberLit = createToken({
  name: 'NUMBER',
  pattern:
    /0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?/,
  start_chars_hint: ['.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  label: 'NUMBER',
});

// chevrotain indexes first characters below 256 one by one and those above in blocks of 256, so
// a hint holding every character 0x80-0xFF plus one per higher block stands for "any non-ASCII".
const NON_ASCII_STARTS: string[] = [];
for (let c = 0x80; c < 0x100; c++) NON_ASCII_STARTS.push(String.fromCharCode(c));
for (let c = 0x100; c <= 0xffff; c += 0x100) NON_ASCII_STARTS.push(String.fromCharCode(c));

// Identifiers: Unicode XID_Start/XID_Continue as PEP 3131.
const NAME_START: string[] = ['_'];
for (let c = 65; c <= 90; c++) NAME_START.push(String.fromCharCode(c), String.fromCharCode(c + 32));
for (const c of NON_ASCII_STARTS) NAME_START.push(c);
// chevrotain rebuilds regex patterns with only the i/y flags, losing `u`, so the Unicode-aware
// regex runs through a custom matcher. The sticky regex is stateless between calls except for
// lastIndex, which is set on every use.
const NAME_RE = /[_\p{XID_Start}][\p{XID_Continue}]*/uy;
function matchName(text: string, offset: number): RegExpExecArray | null {
  NAME_RE.lastIndex = offset;
  return NAME_RE.exec(text);
}
export const Name = createToken({
  name: 'NAME',
  pattern: { exec: matchName },
  line_breaks: false,
  start_chars_hint: NAME_START,
  label: 'NAME',
});

// ---------------------------------------------------------------- keywords

function keyword(word: string, categories?: TokenType[]): TokenType {
  return createToken({
    name: `KW_${word}`,
    pattern: new RegExp(word),
    longer_alt: Name,
    label: `'${word}'`,
    // chevrotain treats a present-but-undefined `categories` key as a category list.
    ...(categories ? { categories } : {}),
  });
}

export const False = keyword('False');
export const None = keyword('None');
export const True = keyword('True');
export const And = keyword('and');
export const As = keyword('as');
export const Assert = keyword('assert');
export const Async = keyword('async');
export const Await = keyword('await');
export const Break = keyword('break');
export const Class = keyword('class');
export const Continue = keyword('continue');
export const Def = keyword('def');
export const Del = keyword('del');
export const Elif = keyword('elif');
export const Else = keyword('else');
export const Except = keyword('except');
export const Finally = keyword('finally');
export const For = keyword('for');
export const From = keyword('from');
export const Global = keyword('global');
export const If = keyword('if');
export const Import = keyword('import');
export const In = keyword('in');
export const Is = keyword('is');
export const Lambda = keyword('lambda');
export const Nonlocal = keyword('nonlocal');
export const Not = keyword('not');
export const Or = keyword('or');
export const Pass = keyword('pass');
export const Raise = keyword('raise');
export const Return = keyword('return');
export const Try = keyword('try');
export const While = keyword('while');
export const With = keyword('with');
export const Yield = keyword('yield');

// Listed longest first: chevrotain takes the first keyword whose pattern matches, and `as` would
// otherwise claim the start of `assert` (whose longer_alt then yields a Name, not the keyword).
const KEYWORDS = [
  False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
  Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
  Return, Try, While, With, Yield,
].sort((a, b) => String(b.PATTERN).length - String(a.PATTERN).length);

/** The keyword words, for the "keyword follows a number" check in the layout pass. */
export const KEYWORD_TYPES: ReadonlySet<TokenType> = new Set(KEYWORDS);

// ---------------------------------------------------------------- operators and delimiters
// Categories let one CONSUME accept a family of operators, which keeps the grammar (and the
// parser's self-analysis) small; the action reads the concrete token type.

/** `+=`, `-=` ... : the augmented assignment operators. */
export const AugAssignOp = createToken({ name: 'AugAssignOp', pattern: Lexer.NA });
/** Binary operators handled by precedence climbing (everything but `**` and comparisons). */
export const BinaryOp = createToken({ name: 'BinaryOp', pattern: Lexer.NA });
/** `<`, `>`, `==`, `>=`, `<=`, `!=` (the keyword comparisons are separate). */
export const CompOp = createToken({ name: 'CompOp', pattern: Lexer.NA });

function punct(name: string, text: string, categories?: TokenType[]): TokenType {
  const escaped = text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return createToken({ name, pattern: new RegExp(escaped), label: `'${text}'`, ...(categories ? { categories } : {}) });
}

// Augmented assignments first: chevrotain takes the first pattern that matches, not the longest.
export const PowAssign = punct('PowAssign', '**=', [AugAssignOp]);
export const FloorDivAssign = punct('FloorDivAssign', '//=', [AugAssignOp]);
export const LShiftAssign = punct('LShiftAssign', '<<=', [AugAssignOp]);
export const RShiftAssign = punct('RShiftAssign', '>>=', [AugAssignOp]);
export const AddAssign = punct('AddAssign', '+=', [AugAssignOp]);
export const SubAssign = punct('SubAssign', '-=', [AugAssignOp]);
export const MulAssign = punct('MulAssign', '*=', [AugAssignOp]);
export const DivAssign = punct('DivAssign', '/=', [AugAssignOp]);
export const ModAssign = punct('ModAssign', '%=', [AugAssignOp]);
export const MatMulAssign = punct('MatMulAssign', '@=', [AugAssignOp]);
export const AndAssign = punct('AndAssign', '&=', [AugAssignOp]);
export const OrAssign = punct('OrAssign', '|=', [AugAssignOp]);
export const XorAssign = punct('XorAssign', '^=', [AugAssignOp]);

export const Ellipsis = punct('Ellipsis', '...');
export const Arrow = punct('Arrow', '->');
export const Walrus = punct('Walrus', ':=');
export const DoubleStar = punct('DoubleStar', '**');
export const FloorDiv = punct('FloorDiv', '//', [BinaryOp]);
export const LShift = punct('LShift', '<<', [BinaryOp]);
export const RShift = punct('RShift', '>>', [BinaryOp]);
export const EqEq = punct('EqEq', '==', [CompOp]);
export const NotEq = punct('NotEq', '!=', [CompOp]);
export const LtE = punct('LtE', '<=', [CompOp]);
export const GtE = punct('GtE', '>=', [CompOp]);
export const Lt = punct('Lt', '<', [CompOp]);
export const Gt = punct('Gt', '>', [CompOp]);
export const Plus = punct('Plus', '+', [BinaryOp]);
export const Minus = punct('Minus', '-', [BinaryOp]);
export const Star = punct('Star', '*', [BinaryOp]);
export const Slash = punct('Slash', '/', [BinaryOp]);
export const Percent = punct('Percent', '%', [BinaryOp]);
export const At = punct('At', '@', [BinaryOp]);
export const Amp = punct('Amp', '&', [BinaryOp]);
export const Pipe = punct('Pipe', '|', [BinaryOp]);
export const Caret = punct('Caret', '^', [BinaryOp]);
export const Tilde = punct('Tilde', '~');
export const Assign = punct('Assign', '=');
export const Dot = punct('Dot', '.');
export const Comma = punct('Comma', ',');
export const Colon = punct('Colon', ':');
export const Semi = punct('Semi', ';');
export const LParen = punct('LParen', '(');
export const RParen = punct('RParen', ')');
export const LBracket = punct('LBracket', '[');
export const RBracket = punct('RBracket', ']');
export const LBrace = punct('LBrace', '{');
export const RBrace = punct('RBrace', '}');
/** `!` alone is only meaningful inside f-strings; in code it is a syntax error. */
export const Bang = punct('Bang', '!');

/** Any character no other pattern accepts (`$`, `?`, a stray non-ASCII symbol); the layout pass
 *  reports it. Listed last, so it only ever sees what everything else refused. */
const ANY_START: string[] = [];
for (let c = 0; c < 0x80; c++) ANY_START.push(String.fromCharCode(c));
for (const c of NON_ASCII_STARTS) ANY_START.push(c);
export const ErrorChar = createToken({ name: 'ErrorChar', pattern: /[\s\S]/, start_chars_hint: ANY_START });

/** Scan order for the lexer: the first matching pattern wins. */
export const SCANNED_TOKENS: TokenType[] = [
  // The categories match nothing themselves but must be known to the lexer.
  AugAssignOp, BinaryOp, CompOp,
  LineBreak, Whitespace, Comment, Continuation, BadContinuation,
  StringLit, UnterminatedTriple, UnterminatedString,
  NumberLit,
  ...KEYWORDS,
  Name,
  PowAssign, FloorDivAssign, LShiftAssign, RShiftAssign, AddAssign, SubAssign, MulAssign,
  DivAssign, ModAssign, MatMulAssign, AndAssign, OrAssign, XorAssign,
  Ellipsis, Arrow, Walrus, DoubleStar, FloorDiv, LShift, RShift, EqEq, NotEq, LtE, GtE, Lt, Gt,
  Plus, Minus, Star, Slash, Percent, At, Amp, Pipe, Caret, Tilde, Assign, Dot, Comma, Colon,
  Semi, LParen, RParen, LBracket, RBracket, LBrace, RBrace, Bang,
  ErrorChar,
];

/** Every token type the parser may see (the vocabulary it is built with). */
export const ALL_TOKENS: TokenType[] = [
  Newline, Indent, Dedent, ...SCANNED_TOKENS,
];
