import random
for s in [0, 1, 42, 12345, 2**32, 2**40 + 7, -5, 10**30, 3.5, 'hello', b'abc', True]:
    random.seed(s)
    print(type(s).__name__, [random.random() for _ in range(3)], random.randint(1, 100), random.getrandbits(40), random.getrandbits(100))
random.seed(42)
print([random.randint(0, 10) for _ in range(20)])
print([random.randrange(10) for _ in range(10)], [random.randrange(5, 100, 7) for _ in range(10)], [random.randrange(100, 0, -3) for _ in range(5)])
print([random.randrange(2**70) for _ in range(3)], random.randrange(-2**65, 2**65))
l = list(range(20)); random.shuffle(l); print(l)
print(random.choice('abcdef'), random.choice([1, 2, 3]), random.choice(range(1000)))
print(random.sample(range(100), 10), random.sample('abcdefgh', 3), random.sample(range(10**6), 8), random.sample([1,2,3], 3))
print([random.uniform(1, 5) for _ in range(3)], [random.triangular(0, 10, 2) for _ in range(3)], random.triangular())
print([random.gauss(0, 1) for _ in range(7)], random.gauss(5, 2))
print([random.normalvariate(0, 1) for _ in range(5)], random.lognormvariate(0, 0.5))
print([random.expovariate(1.5) for _ in range(5)])
print([random.gammavariate(a, 2.0) for a in (0.5, 1.0, 2.5, 9.0)], [random.betavariate(2, 5) for _ in range(3)])
print(random.paretovariate(3), random.weibullvariate(1, 1.5), random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(0, 0))
print(random.choices('abc', k=5), random.choices(range(5), weights=[1, 0, 3, 5, 1], k=8), random.choices('xy', cum_weights=[0.3, 1.0], k=4), random.choices([10, 20]))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)], len(st[1]), st[0], st[2])
random.gauss()
st = random.getstate(); g1 = random.gauss(); random.setstate(st); print(g1 == random.gauss(), st[2] is not None)
r = random.Random(7)
print(r.random(), r.randint(1, 6), r.choice('xyz'), random.Random(7).random() == random.Random(7).random())
random.seed(99); x = random.random(); random.seed(99); print(x == random.random())
random.seed()
print(0 <= random.random() < 1)
for args in [(0,), (5, 2), (1, 10, 0), (10, 1, 1)]:
    try: random.randrange(*args)
    except ValueError as e: print('ValueError', e)
for f in [lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.sample(dict(a=1), 1), lambda: random.randint(5, 2),
          lambda: random.getrandbits(-1), lambda: random.seed([1]), lambda: random.choices('ab', 3), lambda: random.choices('ab', [1]),
          lambda: random.gammavariate(-1, 1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
