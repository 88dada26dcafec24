import tensorflow as tf, timeit
print('never printed')
def cpu_run():
  return 1
# 计算10次,取平均值
cpu_time = 
timeit.timeit(cpu_run, number=10)
