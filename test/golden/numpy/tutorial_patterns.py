import numpy as np
import tensorflow as tf
np.random.seed(7)
X = np.random.rand(100, 3).astype(np.float32)
w_true = np.array([[2.0], [-3.0], [1.0]], dtype=np.float32)
y = X @ w_true + 0.5 + np.random.randn(100, 1).astype(np.float32) * 0.1
print(X.shape, y.shape, X.dtype, y.dtype, y[:3])
Xn = (X - X.mean(axis=0)) / X.std(axis=0)
print(Xn.mean(axis=0), Xn.std(axis=0))
labels = np.array([0, 2, 1, 2])
onehot = np.eye(3)[labels]
print(onehot)
z = np.zeros((len(labels), 3)); z[np.arange(len(labels)), labels] = 1
print(z)
logits = np.array([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
e = np.exp(logits - logits.max(axis=1, keepdims=True))
p = e / e.sum(axis=1, keepdims=True)
print(p, p.sum(axis=1), np.argmax(p, axis=1))
idx = np.random.permutation(100)
Xs, ys = X[idx], y[idx]
for i in range(0, 100, 40):
    xb = Xs[i:i+40]
    print(i, xb.shape, round(float(xb.sum()), 4))
acc = np.mean(np.argmax(p, axis=1) == np.array([2, 0]))
print("accuracy: %.2f" % acc, "{:.3f}".format(np.float32(1.23456)), f"{acc:.1%}")
hist = {'loss': [np.float32(0.5), np.float32(0.25)]}
print(hist, np.mean(hist['loss']), min(hist['loss']))
a = tf.constant([[1., 2.], [3., 4.]]).numpy()
print(a.reshape(-1).tolist(), a.max(), a[1, 0], a[:, 0] * 2)
print(np.sum(np.square(a - 1)), np.sqrt(np.mean((a - 2) ** 2)))
x = np.linspace(-2, 2, 5)
print(np.maximum(0, x), 1 / (1 + np.exp(-x)))
print(np.array(5) > 3, np.all(x < 3), np.any(x > 1.5), x.argmax(), sorted(np.array([3, 1, 2])))
m = np.arange(6).reshape(2, 3)
print(list(zip(*m)), dict(zip(['a', 'b'], np.array([1, 2]))), sum(np.arange(4)), max(np.array([1.5, 0.5])))
print(x[x > 0].sum())
