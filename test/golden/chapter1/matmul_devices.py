# The seed's CPU/GPU timing demo, made runnable. Timings vary, so only their
# type is printed. Without a GPU, TF places the '/gpu:0' work on the CPU.
import tensorflow as tf, timeit

for n in [1, 10, 100, 1000, 10000, 100000]:
    # 创建在cpu上运算的2个矩阵
    with tf.device('/cpu:0'):
        cpu_a = tf.random.normal([1, n])
        cpu_b = tf.random.normal([n, 1])
        print(cpu_a.device, cpu_b.device)
    # 创建在gpu上运算的2个矩阵
    with tf.device('/gpu:0'):
        gpu_a = tf.random.normal([1, n])
        gpu_b = tf.random.normal([n, 1])
        print(gpu_a.device, gpu_b.device)

    def cpu_run():
        with tf.device('cpu:0'):
            c = tf.matmul(cpu_a, cpu_b)
        return c

    def gpu_run():
        with tf.device('gpu:0'):
            c = tf.matmul(gpu_a, gpu_b)
        return c

    # 第一次计算需要热身
    cpu_time = timeit.timeit(cpu_run, number=10)
    gpu_time = timeit.timeit(gpu_run, number=10)
    # 计算10次,取平均值
    cpu_time = timeit.timeit(cpu_run, number=10)
    gpu_time = timeit.timeit(gpu_run, number=10)
    print(n, type(cpu_time), type(gpu_time), cpu_time >= 0, gpu_time >= 0)
    c = cpu_run()
    g = gpu_run()
    print(cpu_a.shape, cpu_b.shape, cpu_a.dtype, gpu_b.dtype)
    print(c.shape, c.dtype, c.device)
    print(g.shape, g.dtype, g.device)
