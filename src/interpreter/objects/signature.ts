// Binding call arguments to parameters, with CPython's error texts. Used by Python functions and
// by builtins that behave like Python functions (the tensorflow API), so both report
// `matmul() missing 1 required positional argument: 'b'` the same way.
import type { PyValue } from './core.js';
import { typeError } from './exceptions.js';
import { PyTuple } from './values.js';

export interface ParamSpec {
  posonly: string[];
  args: string[];
  vararg: string | null;
  kwonly: string[];
  kwarg: string | null;
}

/** Builds a PyDict from collected **kwargs; installed by the dict module to avoid a cycle. */
export const kwargsDictFactory: { make: (entries: Map<string, PyValue>) => PyValue } = {
  make: () => {
    throw new Error('kwargsDictFactory not installed');
  },
};

export class Signature {
  /** Number of positional parameters (posonly + args). */
  readonly npos: number;
  /** Slot count: positional, then *args, then keyword-only, then **kwargs. */
  readonly nslots: number;
  private readonly positionalNames: string[];
  private readonly slotOfName = new Map<string, number>();
  /** The simplest signatures (positional only, no defaults) take a fast path. */
  readonly simple: boolean;

  constructor(
    readonly spec: ParamSpec,
    /** Defaults for the LAST positional parameters, as Python's __defaults__. */
    public defaults: PyValue[] = [],
    /** Keyword-only defaults, as __kwdefaults__. */
    public kwDefaults: Map<string, PyValue> = new Map(),
  ) {
    this.positionalNames = [...spec.posonly, ...spec.args];
    this.npos = this.positionalNames.length;
    let slot = 0;
    for (const n of this.positionalNames) this.slotOfName.set(n, slot++);
    if (spec.vararg) slot++;
    for (const n of spec.kwonly) this.slotOfName.set(n, slot++);
    if (spec.kwarg) slot++;
    this.nslots = slot;
    this.simple = !spec.vararg && !spec.kwarg && spec.kwonly.length === 0;
  }

  /** Returns the parameter slots, filled; throws Python's TypeError on a mismatch. */
  bind(qualname: string, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue[] {
    const { spec, npos } = this;
    if (this.simple && kwargs === null && args.length === npos) return args.slice();
    const slots: (PyValue | undefined)[] = new Array(this.nslots);
    const nGiven = Math.min(args.length, npos);
    for (let i = 0; i < nGiven; i++) slots[i] = args[i];
    let slot = npos;
    if (spec.vararg) slots[slot++] = new PyTuple(args.slice(npos));
    else if (args.length > npos) throw this.tooManyPositional(qualname, args.length, kwargs);
    const kwonlyStart = slot;
    const extraKw = spec.kwarg ? new Map<string, PyValue>() : null;
    if (kwargs) {
      for (const [name, value] of kwargs) {
        const idx = this.slotOfName.get(name);
        if (idx === undefined || idx < spec.posonly.length) {
          if (extraKw) {
            extraKw.set(name, value);
            continue;
          }
          if (idx !== undefined) {
            throw typeError(
              `${qualname}() got some positional-only arguments passed as keyword arguments: '${name}'`,
            );
          }
          throw typeError(`${qualname}() got an unexpected keyword argument '${name}'`);
        }
        if (slots[idx] !== undefined) throw typeError(`${qualname}() got multiple values for argument '${name}'`);
        slots[idx] = value;
      }
    }
    // Defaults, then report what is still missing, all at once as CPython does.
    const firstDefault = npos - this.defaults.length;
    const missing: string[] = [];
    for (let i = nGiven; i < npos; i++) {
      if (slots[i] !== undefined) continue;
      if (i >= firstDefault) slots[i] = this.defaults[i - firstDefault];
      else missing.push(this.positionalNames[i]);
    }
    if (missing.length) throw missingError(qualname, missing, 'positional');
    const missingKw: string[] = [];
    spec.kwonly.forEach((name, j) => {
      const idx = kwonlyStart + j;
      if (slots[idx] !== undefined) return;
      const d = this.kwDefaults.get(name);
      if (d !== undefined) slots[idx] = d;
      else missingKw.push(name);
    });
    if (missingKw.length) throw missingError(qualname, missingKw, 'keyword-only');
    if (spec.kwarg) slots[this.nslots - 1] = kwargsDictFactory.make(extraKw!);
    return slots as PyValue[];
  }

  private tooManyPositional(qualname: string, given: number, kwargs: Map<string, PyValue> | null) {
    const { npos } = this;
    const min = npos - this.defaults.length;
    const takes =
      min === npos ? `${npos} positional argument${npos === 1 ? '' : 's'}` : `from ${min} to ${npos} positional arguments`;
    let kwGiven = 0;
    if (kwargs) for (const name of kwargs.keys()) if (this.spec.kwonly.includes(name)) kwGiven++;
    const givenText =
      kwGiven > 0
        ? `${given} positional argument${given === 1 ? '' : 's'} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? '' : 's'}) were given`
        : `${given} ${given === 1 ? 'was' : 'were'} given`;
    return typeError(`${qualname}() takes ${takes} but ${givenText}`);
  }
}

function missingError(qualname: string, names: string[], kind: string) {
  const quoted = names.map((n) => `'${n}'`);
  let list: string;
  if (quoted.length === 1) list = quoted[0];
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  const n = names.length;
  return typeError(`${qualname}() missing ${n} required ${kind} argument${n === 1 ? '' : 's'}: ${list}`);
}

/** A ParamSpec with ordinary positional-or-keyword parameters and keyword-only ones. */
export function simpleSpec(positional: string[], kwonly: string[] = []): ParamSpec {
  return { posonly: [], args: positional, vararg: null, kwonly, kwarg: null };
}
