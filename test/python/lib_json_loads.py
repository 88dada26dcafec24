import json

text = '{"name": "Ada", "tags": ["x", "y"], "n": 3, "f": 2.50, "e": 1E3, "neg": -0, "t": true, "f2": false, "z": null, "u": "\\u00e9\\ud83d\\ude00", "esc": "a\\nb\\t\\"q\\"\\/"}'
obj = json.loads(text)
print(obj)
print(type(obj['n']).__name__, type(obj['f']).__name__, obj['e'], json.loads('12345678901234567890123'), json.loads(' [1, 2.0, "3"] '))
print(json.loads('NaN'), json.loads('[Infinity, -Infinity]'), json.loads('{"a": 1, "a": 2}'), json.loads('"\\u0041"'), json.loads(b'[1]'))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads('[1, 2]', parse_int=float), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
round_trip = {'a': [1, 2, {'b': None}], 'c': 'd', 'e': 1.25}
print(json.loads(json.dumps(round_trip)) == round_trip, json.loads(json.dumps(round_trip, indent=3)) == round_trip)
bad_docs = ['', '   ', '{"a": 1,}', '[1, 2', '[1,]', '{"a" 1}', '{"a": 1} x', '"abc', "{'a': 1}", '[1 2]', '{"a": }', 'tru', '"a\nb"',
            '"bad \\q escape"', '"\\u12"', '{"a": 1', '[', '01', '-', '{"a":1}\n\n  ]', '[1,\n 2,\n oops]', '{\n"k": [1,\n2,]\n}']
for doc in bad_docs:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
print(issubclass(json.JSONDecodeError, ValueError), json.decoder.JSONDecodeError is json.JSONDecodeError)
with open('lib_json_tmp.json', 'w') as f:
    json.dump({'k': [1, 2, 3], 'v': 'x'}, f, indent=2)
with open('lib_json_tmp.json') as f:
    print(repr(f.read()))
with open('lib_json_tmp.json') as f:
    print(json.load(f))
import os
os.remove('lib_json_tmp.json')
json.loads('{"config": [1, 2,]}')
