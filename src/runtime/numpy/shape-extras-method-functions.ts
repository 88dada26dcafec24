// Module functions that are the ndarray method of the same name applied to asarray(a):
// np.repeat, np.take, np.trace, np.ravel, np.transpose, np.compress (numpy defines them so).
import type { PyValue } from '../../interpreter/objects/core.js';
import { typeError } from '../../interpreter/objects/exceptions.js';
import { callMethod, Kwargs } from '../../interpreter/ops/call.js';
import { arr } from './shape-extras-util.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;

/** np.name(..., a, ...) → asarray(a).name(rest...): `a` taken by position `at` or keyword `param`. */
function viaMethod(name: string, param = 'a', at = 0): Fn {
  return (args, kwargs) => {
    const rest = args.slice();
    let a: PyValue | undefined;
    const kw = kwargs ? new Map(kwargs) : null;
    if (kw && kw.has(param)) {
      a = kw.get(param)!;
      kw.delete(param);
    } else if (rest.length > at) a = rest.splice(at, 1)[0];
    if (a === undefined) throw typeError(`${name}() missing 1 required positional argument: '${param}'`);
    return callMethod(arr(a), name, rest, kw && kw.size ? kw : null);
  };
}

export const methodFunctions: Record<string, Fn> = {
  repeat: viaMethod('repeat'),
  take: viaMethod('take'),
  trace: viaMethod('trace'),
  ravel: viaMethod('ravel'),
  // The method takes axes only by position.
  transpose: (args, kwargs) => {
    const axes = kwargs?.get('axes');
    const rest = kwargs ? new Map([...kwargs].filter(([k]) => k !== 'axes')) : null;
    return viaMethod('transpose')(axes === undefined ? args : [...args, axes], rest && rest.size ? rest : null);
  },
  compress: viaMethod('compress', 'a', 1),
};
