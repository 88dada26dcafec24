import tensorflow as tf
x = tf.constant(3.)
y = tf.constant(2.)
with tf.GradientTape(persistent=True) as tape:
    tape.watch([x, y])
    add = x + y
    sub = x - y
    mul = x * y
    div = x / y
    pw = x ** y
    sq = x ** 2
print(tape.gradient(add, [x, y]))
print(tape.gradient(sub, [x, y]))
print(tape.gradient(mul, [x, y]))
print(tape.gradient(div, [x, y]))
print(tape.gradient(pw, x))
print(tape.gradient(sq, x))
print(tape.gradient(mul, x))
del tape
with tf.GradientTape() as tape:
    tape.watch(x)
    z = tf.multiply(tf.add(x, 1.), tf.divide(x, 2.)) + tf.pow(x, 3.) - tf.subtract(x, 1.)
print(z, tape.gradient(z, x))
