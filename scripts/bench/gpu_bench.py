# The PyTorch peer of scripts/bench/gpu.mjs, run in the same call on the GPU machine:
#   python3 scripts/bench/gpu_bench.py      (prints `key seconds` lines, as the tfts side does)
# Each figure: seconds per op, best of a few timed rounds after a warm-up, the GPU synchronised
# at the end of each round (the seed's demo keeps its own timeit protocol, unsynchronised).
import sys, time, timeit
import torch

dev = torch.device('cuda')
torch.manual_seed(0)


def best_per_op(fn, reps, rounds=3):
    fn()
    torch.cuda.synchronize()
    best = 1e9
    for _ in range(rounds):
        t = time.perf_counter()
        for _ in range(reps):
            fn()
        torch.cuda.synchronize()
        best = min(best, (time.perf_counter() - t) / reps)
    return best


for tf32 in (False, True):
    torch.backends.cuda.matmul.allow_tf32 = tf32
    a = torch.randn(4096, 4096, device=dev)
    b = torch.randn(4096, 4096, device=dev)
    print('matmul4096_tf32_' + ('on' if tf32 else 'off'), best_per_op(lambda: a @ b, 20))
torch.backends.cuda.matmul.allow_tf32 = False

n = 10 ** 8
x = torch.randn(n, device=dev)
y = torch.randn(n, device=dev)
print('add_1e8', best_per_op(lambda: x + y, 10))
del x, y

# Tiny ops from a Python loop: per-op time including the interpreter.
s = torch.ones(1, device=dev)
steps = 20000
s = s * 1.0001 + 0.0001
torch.cuda.synchronize()
t = time.perf_counter()
for _ in range(steps):
    s = s * 1.0001 + 0.0001
torch.cuda.synchronize()
print('tiny_op', (time.perf_counter() - t) / (2 * steps))

# The seed's demo: matmul [1,n] x [n,1] on CPU and GPU, timeit(number=10) after a warm-up round.
for e in range(8):
    n = 10 ** e
    ca = torch.randn(1, n)
    cb = torch.randn(n, 1)
    ga = ca.to(dev)
    gb = cb.to(dev)
    cpu_run = lambda: torch.matmul(ca, cb)
    gpu_run = lambda: torch.matmul(ga, gb)
    timeit.timeit(cpu_run, number=10)
    timeit.timeit(gpu_run, number=10)
    print(f'demo_cpu_{n}', timeit.timeit(cpu_run, number=10) / 10)
    print(f'demo_gpu_{n}', timeit.timeit(gpu_run, number=10) / 10)
sys.stdout.flush()
