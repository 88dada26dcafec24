import copy
import string
from collections import namedtuple, defaultdict, Counter, OrderedDict

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2), copy.deepcopy({'a': {1, 2}}))

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return f'Node({self.name}, {[c.name for c in self.children]})'
root = Node('root')
child = Node('child')
root.children.append(child)
child.children.append(root)
r2 = copy.deepcopy(root)
print(r2, r2.children[0].children[0] is r2, r2 is not root, copy.copy(root).children is root.children)
shared = [1]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)

class Config:
    def __init__(self):
        self.values = {'lr': 0.1}
    def __copy__(self):
        print('custom copy')
        new = Config()
        new.values = self.values
        return new
    def __deepcopy__(self, memo):
        print('custom deepcopy', type(memo).__name__)
        new = Config()
        new.values = dict(self.values)
        return new
c = Config()
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2.values is c.values, c3.values is c.values, c3.values)
P = namedtuple('P', 'x y')
p = P([1], 2)
print(copy.deepcopy(p), copy.copy(p), copy.deepcopy(p).x is p.x)
dd = defaultdict(list, {'a': [1]})
dd2 = copy.deepcopy(dd)
dd2['a'].append(2); dd2['b'].append(3)
print(dd, dd2, copy.copy(Counter('aab')), copy.deepcopy(OrderedDict(x=1)))

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable), string.ascii_uppercase)
print(string.capwords('hello   world  of python'), string.capwords('a-b-c', '-'))
tpl = string.Template('$who likes ${what}s, $$5 each')
print(tpl.substitute(who='tim', what='kung pao'), tpl.substitute({'who': 'ann', 'what': 'pie'}), tpl.safe_substitute(who='x'), tpl.get_identifiers())
for bad in [lambda: tpl.substitute(who='x'), lambda: string.Template('cost: $').substitute(), lambda: string.Template('a\nb ${x').substitute(x=1)]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
