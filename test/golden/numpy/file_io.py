import numpy as np

d = np.loadtxt('points.csv', delimiter=',')
print(repr(d))
print(repr(np.loadtxt('points.csv', delimiter=',', usecols=(0, 2))), repr(np.loadtxt('points.csv', delimiter=',', usecols=1)))
print(repr(np.loadtxt('points.csv', delimiter=',', dtype=np.float32, skiprows=2)))
x, y, lab = np.loadtxt('points.csv', delimiter=',', unpack=True)
print(x, y, lab)
print(repr(np.loadtxt('table.txt', skiprows=1, dtype=int)))
print(repr(np.genfromtxt('missing.csv', delimiter=',')), repr(np.genfromtxt('table.txt', skip_header=1)))
a = np.arange(6, dtype=np.float32).reshape(2, 3)
np.save('/tmp/tfts_golden_np_a.npy', a)
np.save('/tmp/tfts_golden_np_b', np.array([True, False]))
print(repr(np.load('/tmp/tfts_golden_np_a.npy')), repr(np.load('/tmp/tfts_golden_np_b.npy')))
np.savez('/tmp/tfts_golden_np_c.npz', a, labels=np.array([1, 2, 3]), w=np.float64(2.5))
with np.load('/tmp/tfts_golden_np_c.npz') as data:
    print(sorted(data.files), repr(data['arr_0']), repr(data['labels']), repr(data['w']))
data = np.load('/tmp/tfts_golden_np_c.npz')
print('labels' in data, sorted(data.keys()), len(data))
try:
    np.load('/tmp/does_not_exist_tfts.npy')
except FileNotFoundError as e:
    print('FileNotFoundError:', e)
