import numpy as np
a = np.array([1, 2, 3])
try:
    bool(a)
except ValueError as e:
    print('ValueError:', e)
try:
    a[5]
except IndexError as e:
    print('IndexError:', e)
try:
    a[0, 0]
except IndexError as e:
    print('IndexError:', e)
try:
    a + np.array([1, 2])
except ValueError as e:
    print('ValueError:', e)
try:
    a.reshape(2, 2)
except ValueError as e:
    print('ValueError:', e)
try:
    np.array([True]) - np.array([True])
except TypeError as e:
    print('TypeError:', e)
try:
    np.array([1], dtype=np.uint8) + 300
except OverflowError as e:
    print('OverflowError:', e)
try:
    np.random.seed(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    np.concatenate([np.zeros((2, 2)), np.zeros((3, 3))])
except ValueError as e:
    print('ValueError:', e)
try:
    np.zeros((2, 3)) @ np.zeros((2, 3))
except ValueError as e:
    print('ValueError:', e)
try:
    np.sum(np.zeros((2, 2)), axis=2)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.array([[1, 2], [3]])
except ValueError as e:
    print('ValueError:', e)
print(bool(np.array([5])), bool(np.array(0)))
x = np.arange(3)
x += 1.5
