// The command line, read as python(1) reads its own: interpreter options, then the first of
// `-c CMD`, `-m MOD`, `FILE` or `-` ends the options and everything after it is the program's
// sys.argv[1:] untouched (`tfts -c CMD -x` gives sys.argv == ['-c', '-x']). Short options combine
// (`-iu`, `-ic CMD`, `-cCMD`). `tfts run FILE` is the same as `tfts FILE`; a .ipynb file is run as
// a notebook. Commander checks the interpreter options and writes --help and --version.
import { Command, CommanderError } from 'commander';
import type { Program } from './protocol.js';
import { TF_VERSION, TFTS_VERSION } from '../version.js';

export interface Invocation {
  /** What to run; null: the REPL only. */
  program: Program | null;
  /** -i: the REPL after the program, in its namespace. */
  inspect: boolean;
  quiet: boolean;
  unbuffered: boolean;
}

/** A usage error: python's message and exit status 2. */
export class UsageError extends Error {}

export const USAGE = 'usage: tfts [option] ... [-c cmd | -m mod | file | -] [arg] ...';
export const VERSION_TEXT = `tfts ${TFTS_VERSION} (TensorFlow ${TF_VERSION} API, Python 3.11)`;

/** Short options that take a value (python's -c and -m end the options; -W and -X do not). */
const VALUE_OPTIONS = new Set(['c', 'm', 'W', 'X']);

/** `argv` without node and the script: process.argv.slice(2). Throws UsageError. */
export function parseArgs(argv: string[]): Invocation {
  const options: string[] = [];
  let program: Program | null = null;
  let i = 0;
  scan: while (i < argv.length) {
    const a = argv[i];
    if (a === '--') {
      i++;
      if (i < argv.length) program = fileProgram(argv[i], argv.slice(i + 1));
      break;
    }
    if (a === '-' || !a.startsWith('-')) {
      program = a === '-' ? { kind: 'stdin', argv0: '-', args: argv.slice(i + 1) } : positionalProgram(argv, i);
      break;
    }
    if (a.startsWith('--')) {
      options.push(a);
      i++;
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (!VALUE_OPTIONS.has(c)) {
        options.push(`-${c}`);
        continue;
      }
      let value = a.slice(j + 1);
      if (value === '') {
        if (++i >= argv.length) throw new UsageError(`Argument expected for the -${c} option`);
        value = argv[i];
      }
      if (c === 'c') program = { kind: 'command', code: value, args: argv.slice(i + 1) };
      else if (c === 'm') program = { kind: 'module', name: value, args: argv.slice(i + 1) };
      else options.push(`-${c}`, value);
      if (program) break scan;
      break;
    }
    i++;
  }
  const flags = checkOptions(options);
  return { program, inspect: !!flags.i, quiet: !!flags.q, unbuffered: !!flags.u };
}

function positionalProgram(argv: string[], i: number): Program {
  if (argv[i] !== 'run') return fileProgram(argv[i], argv.slice(i + 1));
  // `tfts run [--write OUT] [--allow-errors] FILE args...`
  let write: string | null = null;
  let allowErrors = false;
  const rest = argv.slice(i + 1);
  const takeNotebookOptions = (list: string[]): string[] => {
    const left: string[] = [];
    for (let k = 0; k < list.length; k++) {
      if (list[k] === '--allow-errors') allowErrors = true;
      else if (list[k] === '--write') {
        if (k + 1 >= list.length) throw new UsageError('Argument expected for the --write option');
        write = list[++k];
      } else if (list[k].startsWith('--write=')) write = list[k].slice('--write='.length);
      else left.push(list[k]);
    }
    return left;
  };
  let k = 0;
  while (k < rest.length && (rest[k] === '--allow-errors' || rest[k].startsWith('--write'))) k += rest[k] === '--write' ? 2 : 1;
  const leading = takeNotebookOptions(rest.slice(0, k));
  if (leading.length || k >= rest.length) throw new UsageError('tfts run: a FILE to run is required');
  const file = rest[k];
  if (!isNotebook(file)) {
    if (write !== null || allowErrors) throw new UsageError('tfts run: --write and --allow-errors are for notebooks (.ipynb)');
    return { kind: 'file', file, args: rest.slice(k + 1) };
  }
  const args = takeNotebookOptions(rest.slice(k + 1));
  return { kind: 'notebook', file, args, write, allowErrors };
}

function fileProgram(file: string, args: string[]): Program {
  return isNotebook(file) ? { kind: 'notebook', file, args, write: null, allowErrors: false } : { kind: 'file', file, args };
}

function isNotebook(file: string): boolean {
  return file.endsWith('.ipynb');
}

/** Commander validates the interpreter options; an unknown one is a usage error. */
function checkOptions(options: string[]): Record<string, unknown> {
  const cmd = new Command()
    .name('tfts')
    .usage('[option] ... [-c cmd | -m mod | file | -] [arg] ...')
    .description(
      'Run TensorFlow 2 Python scripts (and .ipynb notebooks) as python3 would.\n' +
        '  tfts run FILE [arg] ...   the same as tfts FILE: run a script or notebook\n' +
        '  tfts run NB.ipynb [--write OUT.ipynb] [--allow-errors]\n' +
        'With no program and stdin a terminal, start the interactive interpreter (REPL).',
    )
    .version(VERSION_TEXT, '-V, --version', 'print the tfts version and exit')
    .helpOption('-h, --help', 'print this help message and exit')
    .option('-c <cmd>', 'program passed in as string (terminates option list)')
    .option('-m <mod>', 'run library module as a script (terminates option list)')
    .option('-i', 'inspect interactively after running the program')
    .option('-q', "don't print version and copyright messages on interactive startup")
    .option('-u', 'unbuffered binary stdout and stderr')
    .option('-B', 'accepted for python compatibility; no effect')
    .option('-E', 'accepted for python compatibility; no effect')
    .option('-s', 'accepted for python compatibility; no effect')
    .option('-S', 'accepted for python compatibility; no effect')
    .option('-O', 'accepted for python compatibility; no effect')
    .option('-I', 'accepted for python compatibility; no effect')
    .option('-W <arg>', 'accepted for python compatibility; no effect')
    .option('-X <opt>', 'accepted for python compatibility; no effect')
    .helpCommand(false)
    .exitOverride()
    .configureOutput({ writeErr: () => undefined });
  try {
    cmd.parse(options, { from: 'user' });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') process.exit(0);
    const unknown = /'([^']+)'/.exec(e.message);
    if (e.code === 'commander.unknownOption' && unknown) {
      const name = unknown[1];
      throw new UsageError(name.startsWith('--') ? `unknown option ${name}` : `Unknown option: ${name}`);
    }
    throw new UsageError(e.message.replace(/^error: /, ''));
  }
  return cmd.opts();
}
