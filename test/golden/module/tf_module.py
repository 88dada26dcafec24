import tensorflow as tf


class SimpleModule(tf.Module):
    def __init__(self, name=None):
        super().__init__(name=name)
        self.a_variable = tf.Variable(5.0, name="train_me")
        self.non_trainable_variable = tf.Variable(5.0, trainable=False, name="do_not_train_me")

    def __call__(self, x):
        return self.a_variable * x + self.non_trainable_variable


simple_module = SimpleModule(name="simple")
print(simple_module(tf.constant(5.0)))
print("trainable variables:", simple_module.trainable_variables)
print("all variables:", simple_module.variables)
print(simple_module.name, simple_module.name_scope.name)


class Dense(tf.Module):
    def __init__(self, in_features, out_features, name=None):
        super().__init__(name=name)
        self.w = tf.Variable(tf.ones([in_features, out_features]), name='w')
        self.b = tf.Variable(tf.zeros([out_features]), name='b')

    def __call__(self, x):
        y = tf.matmul(x, self.w) + self.b
        return tf.nn.relu(y)


class SequentialModule(tf.Module):
    def __init__(self, name=None):
        super().__init__(name=name)
        self.dense_1 = Dense(in_features=3, out_features=3)
        self.dense_2 = Dense(in_features=3, out_features=2)

    def __call__(self, x):
        x = self.dense_1(x)
        return self.dense_2(x)


my_model = SequentialModule(name="the_model")
print("Model results:", my_model(tf.constant([[2.0, 2.0, 2.0]])))
print("Submodules:", [(type(s).__name__, s.name) for s in my_model.submodules])
for var in my_model.variables:
    print(var, "\n")
print(len(my_model.trainable_variables), [v.name for v in my_model.trainable_variables])
print(Dense(1, 1).name, SequentialModule().name)


class ScopedModule(tf.Module):
    def __init__(self):
        super().__init__()
        with self.name_scope:
            self.v = tf.Variable(1.0, name='v')
            self.u = tf.Variable(2.0)


m = ScopedModule()
print(m.v.name, m.u.name, m.name_scope.name)
with tf.name_scope('outer'):
    print(tf.Variable(1.0).name, tf.Variable(2.0, name='x').name)


class Nested(tf.Module):
    def __init__(self):
        super().__init__()
        self.layers = [Dense(2, 2, name='a'), Dense(2, 1, name='b')]
        self.table = {'z': tf.Variable(3.0, name='z'), 'k': tf.Variable(4.0, name='k')}
        self.same = self.table['z']


n = Nested()
print([v.name for v in n.trainable_variables])
print([s.name for s in n.submodules])
try:
    tf.Module(name='bad name')
except ValueError as e:
    print(e)
