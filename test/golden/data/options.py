# tf.data.Options: defaults, typed properties and their errors, the deprecated aliases, merge(),
# with_options/options() down a pipeline, read-only options(), and tf.data.experimental's enums.
# golden: prints warnings
import tensorflow as tf
o = tf.data.Options()
print(o.deterministic, o.experimental_deterministic, o.autotune.enabled, o.threading.private_threadpool_size, o.experimental_optimization.map_parallelization, o.experimental_slack)
o.deterministic = False
o.threading.private_threadpool_size = 4
o.experimental_optimization.map_fusion = True
ds = tf.data.Dataset.range(5).with_options(o)
print(ds.options().deterministic, ds.options().threading.private_threadpool_size, ds.options().experimental_optimization.map_fusion)
print(list(ds.as_numpy_iterator()))
print(o == tf.data.Options(), tf.data.Options() == tf.data.Options())
try:
    o.foo = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    o.deterministic = 3
except Exception as e:
    print(type(e).__name__, e)
o2 = tf.data.Options()
o2.experimental_distribute.auto_shard_policy = tf.data.experimental.AutoShardPolicy.DATA
print(o2.experimental_distribute.auto_shard_policy)
print(tf.data.experimental.AutoShardPolicy.OFF, tf.data.experimental.AutoShardPolicy.AUTO)
print(ds.map(lambda x: x * 2).options().deterministic)
print(type(o).__name__, type(o.threading).__name__)
a = tf.data.Options(); a.deterministic = True
b = tf.data.Options(); b.threading.max_intra_op_parallelism = 1
print(tf.data.Dataset.range(2).with_options(a).with_options(b).options().deterministic)
try:
    a2 = tf.data.Options(); a2.deterministic = True
    b2 = tf.data.Options(); b2.deterministic = False
    tf.data.Dataset.range(2).with_options(a2).with_options(b2)
except Exception as e:
    print(type(e).__name__, e)
ds = tf.data.Dataset.range(3)
o = ds.options()
try:
    o.deterministic = True
except Exception as e:
    print(type(e).__name__, e)
print(o.deterministic)
print(ds.with_options(tf.data.Options()))
o = tf.data.Options()
o.experimental_deterministic = False
print(o.deterministic, o.experimental_deterministic)
o.threading.max_intra_op_parallelism = 1
print(o.experimental_threading.max_intra_op_parallelism)
print(o.autotune.enabled, o.autotune.cpu_budget, o.autotune.ram_budget)
o.autotune.enabled = False
print(o.experimental_optimization.apply_default_optimizations)
print(o.merge(tf.data.Options()).deterministic)
o2 = tf.data.Options(); o2.deterministic = True
print(o.merge(o2).deterministic)
try:
    o.threading = 5
except Exception as e:
    print(type(e).__name__, e)
print(tf.data.experimental.AutotuneAlgorithm.DEFAULT, tf.data.experimental.ExternalStatePolicy.WARN)
print(tf.data.Dataset.range(3).with_options(o).map(lambda x: x).options().autotune.enabled)
