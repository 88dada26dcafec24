// chevrotain, loaded from its single-file build. The package's entry point imports about 200
// lodash-es modules one by one, which cost ~450 ms of every `tfts` start; the single-file build
// that chevrotain ships (lib/chevrotain.min.mjs, same version, same API) loads in ~25 ms.
// The package's "exports" map does not list that file, so it is located next to the entry point.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ChevrotainApi from 'chevrotain';

const entry = createRequire(import.meta.url).resolve('chevrotain'); // …/chevrotain/lib/src/api.js
const bundle = join(dirname(entry), '..', 'chevrotain.min.mjs');
const chevrotain = (await import(pathToFileURL(bundle).href)) as typeof ChevrotainApi;

export const { createToken, createTokenInstance, EmbeddedActionsParser, EOF, Lexer } = chevrotain;
export type { IRecognitionException, IToken, TokenType } from 'chevrotain';
/** The Lexer class as a type (the value above is the class itself). */
export type Lexer = ChevrotainApi.Lexer;
