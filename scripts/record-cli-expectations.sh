#!/usr/bin/env bash
# Records what python3 (CPython 3.11, the oracle) does for each command-line case in
# test/cli/cases.json: stdout, stderr and exit status, into test/cli/expected/NAME.{out,err,exit}.
# test/cli/modes.test.ts runs tfts with the same arguments and stdin and compares. Only the names
# differ between the two programs, so the recording writes them the way tfts says them:
# python's executable path becomes `tfts`, "Try `python -h'" becomes "Try `tfts -h'", and the
# fixtures' absolute folder becomes {DIR}. A status below 0 means death by that signal (-2: SIGINT). Usage: scripts/record-cli-expectations.sh [python3]
#
# It also records `tfts run NOTEBOOK.ipynb` for each case in test/cli/notebooks.json: python3 runs
# the code cells as IPython does (one namespace; the first line's indentation removed; the value of
# a final expression statement shown unless the cell ends with `;`), and the text around the
# cells' outputs is tfts's notebook view: `In [N]:` before each cell, `Out[N]: ` before a value, a
# blank line between cells; a failing cell's traceback goes to stderr (frames in the cell, named
# `<cell In[N]>`) and stops the run with status 1 unless --allow-errors.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${1:-python3}"
"$PYTHON" - <<'PY'
import json, os, signal, subprocess, sys, time
root = os.path.join('test', 'cli')
fixtures = os.path.realpath(os.path.join(root, 'fixtures'))
expected = os.path.join(root, 'expected')
exe = subprocess.run([sys.executable, '-c', 'import sys; print(sys.executable)'], capture_output=True, text=True).stdout.strip()
def normalize(text):
    for path in {exe, os.path.realpath(exe)}:
        text = text.replace(path, 'tfts')
    return text.replace("Try `python -h'", "Try `tfts -h'").replace(fixtures, '{DIR}')
for case in json.load(open(os.path.join(root, 'cases.json'))):
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    if 'interrupt_when' in case:
        # Ctrl-C once the program has printed this: SIGINT, as a terminal sends it.
        child = subprocess.Popen([sys.executable] + case['args'], cwd=fixtures, env=env, text=True,
                                 stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        first = child.stdout.readline()
        assert case['interrupt_when'] in first, first
        time.sleep(0.3)
        child.send_signal(signal.SIGINT)
        out, err = child.communicate()
        p = subprocess.CompletedProcess(child.args, child.returncode, first + out, err)
    else:
        p = subprocess.run([sys.executable] + case['args'], cwd=fixtures, input=case.get('stdin', ''),
                           capture_output=True, text=True, env=env)
    base = os.path.join(expected, case['name'])
    open(base + '.out', 'w').write(normalize(p.stdout))
    open(base + '.err', 'w').write(normalize(p.stderr))
    open(base + '.exit', 'w').write(f'{p.returncode}\n')
    print(f"{case['name']}: exit {p.returncode}")

NOTEBOOK_RUNNER = r'''
import ast, io, json, linecache, re, sys, traceback
file, allow_errors = sys.argv[1], sys.argv[2] == '1'
nb = json.load(open(file))
ns = {'__name__': '__main__', '__builtins__': __builtins__}
count, status = 0, 0
for cell in nb['cells']:
    if cell['cell_type'] != 'code':
        continue
    src = cell['source'] if isinstance(cell['source'], str) else ''.join(cell['source'])
    indent = re.match(r'[ \t]+', src)
    if indent:
        src = '\n'.join(l[len(indent.group(0)):] if l.startswith(indent.group(0)) else l for l in src.split('\n'))
    if not src.strip():
        continue
    count += 1
    print(('\n' if count > 1 else '') + f'In [{count}]:', flush=True)
    name = f'<cell In[{count}]>'
    linecache.cache[name] = (len(src), None, src.splitlines(True), name)
    lines = [l for l in src.split('\n') if l.strip()]
    hidden = re.sub(r'#.*$', '', lines[-1]).rstrip().endswith(';')
    try:
        tree = ast.parse(src, name)
        last = tree.body[-1] if tree.body and isinstance(tree.body[-1], ast.Expr) and not hidden else None
        if last is not None:
            tree.body.pop()
        exec(compile(tree, name, 'exec'), ns)
        if last is not None:
            value = eval(compile(ast.Expression(last.value), name, 'eval'), ns)
            if value is not None:
                text = repr(value)
                print(f'Out[{count}]: ' + ('\n' if '\n' in text else '') + text, flush=True)
    except BaseException as e:
        sys.stdout.flush()
        sys.stderr.write(''.join(traceback.format_exception(type(e), e, e.__traceback__.tb_next)))
        status = 1
        if not allow_errors:
            break
sys.exit(0 if allow_errors else status)
'''
for case in json.load(open(os.path.join(root, 'notebooks.json'))):
    p = subprocess.run([sys.executable, '-c', NOTEBOOK_RUNNER, case['file'], '1' if '--allow-errors' in case['args'] else '0'],
                       cwd=fixtures, capture_output=True, text=True)
    base = os.path.join(expected, case['name'])
    open(base + '.out', 'w').write(p.stdout)
    open(base + '.err', 'w').write(p.stderr)
    open(base + '.exit', 'w').write(f'{p.returncode}\n')
    print(f"{case['name']}: exit {p.returncode}")
PY
