#!/usr/bin/env python3
"""Record CPython's view of grammar test snippets into test/grammar/fixtures/*.json.

ast.json:    [{"src": ..., "dump": ast.dump(ast.parse(src), include_attributes=True)}]
errors.json: [{"src": ..., "kind", "msg", "lineno", "offset", "end_lineno", "end_offset"}]

The snippets live in test/grammar/fixtures/snippets.py (AST_SNIPPETS, ERROR_SNIPPETS) so the list
can grow without touching this script. Run with the Python the tests claim parity with (3.11):
    python3 scripts/record-ast-fixtures.py
"""
import ast
import json
import pathlib
import runpy
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / 'test' / 'grammar' / 'fixtures'


def main() -> None:
    if sys.version_info[:2] != (3, 11):
        sys.exit(f'need Python 3.11 (the parity target), got {sys.version.split()[0]}')
    snippets = runpy.run_path(str(FIXTURES / 'snippets.py'))
    asts = []
    for src in snippets['AST_SNIPPETS']:
        asts.append({'src': src, 'dump': ast.dump(ast.parse(src), include_attributes=True)})
    errors = []
    for src in snippets['ERROR_SNIPPETS']:
        try:
            compile(src, 'f.py', 'exec')
        except SyntaxError as e:
            errors.append({'src': src, 'kind': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno,
                           'offset': e.offset, 'end_lineno': e.end_lineno, 'end_offset': e.end_offset})
        else:
            sys.exit(f'expected a SyntaxError from {src!r}')
    (FIXTURES / 'ast.json').write_text(json.dumps(asts, indent=1, ensure_ascii=False) + '\n')
    (FIXTURES / 'errors.json').write_text(json.dumps(errors, indent=1, ensure_ascii=False) + '\n')
    print(f'recorded {len(asts)} ASTs and {len(errors)} errors')


if __name__ == '__main__':
    main()
