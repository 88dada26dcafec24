// tf.name_scope's stack in eager mode: the names only prefix what is named while a scope is
// open (tf.Variable names, as `outer/x:0`). A scope name ending in '/' is absolute, as in TF.
const stack: string[] = [];

/** Enters `name` and returns the full scope ('outer/inner/'). */
export function enterNameScope(name: string): string {
  const full = name.endsWith('/') ? name : `${currentNameScope()}${name}/`;
  stack.push(full);
  return full;
}

export function exitNameScope(): void {
  stack.pop();
}

/** The innermost open scope ('' at the top level). */
export function currentNameScope(): string {
  return stack.length ? stack[stack.length - 1] : '';
}
