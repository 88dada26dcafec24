# Long runs of every distribution (RandomState and Generator), summarised bit for bit by the
# hex of their float64 sums: rare rejection branches and strip edges all show up in the totals.
import numpy as np
def h(a): return float(np.asarray(a, dtype=np.float64).sum()).hex()
for seed in [3, 77]:
    np.random.seed(seed); g = np.random.default_rng(seed)
    for R in [np.random, g]:
        out = [h(R.binomial(500, 0.2, 20000)), h(R.binomial(40, 0.8, 5000)), h(R.binomial([5, 80, 1000], [0.01, 0.5, 0.97], (3000, 3))),
               h(R.poisson(37.5, 20000)), h(R.poisson([0.5, 9.99, 10.0, 1e4], (2000, 4))),
               h(R.gamma(0.2, size=5000)), h(R.gamma(7.5, size=5000)), h(R.beta(0.3, 0.4, 5000)), h(R.beta(0.2, 5, 3000)),
               h(R.hypergeometric(40, 60, 35, 5000)), h(R.hypergeometric(7, 1000, 500, 3000)), h(R.hypergeometric(3, 4, 5, 3000)),
               h(R.zipf(1.2, 5000)), h(R.zipf(3.5, 5000)), h(R.vonmises(1.0, [0.01, 0.5, 30.0], (2000, 3))), h(R.logseries(0.9, 5000)),
               h(R.wald(0.5, 3, 5000)), h(R.standard_t(3, 5000)), h(R.noncentral_chisquare([0.5, 4], [0.3, 7], (2000, 2))),
               h(R.negative_binomial(2.5, 0.4, 5000)), h(R.geometric([0.01, 0.3, 0.34, 0.9], (2000, 4))), h(R.dirichlet([0.3, 2, 5], 2000)),
               h(R.multinomial(100, [0.1, 0.3, 0.05, 0.55], 2000)), h(R.triangular(0, 3, 4, 3000)), h(R.laplace(0, 1, 3000)), h(R.gumbel(0, 1, 3000)),
               h(R.logistic(0, 1, 3000)), h(R.pareto(1.5, 3000)), h(R.power(0.5, 3000)), h(R.weibull(0.7, 3000)), h(R.rayleigh(1, 3000)),
               h(R.lognormal(0, 2, 3000)), h(R.f(2, 9, 3000)), h(R.standard_cauchy(3000)), h(R.chisquare(0.7, 3000)), h(R.exponential(2, 3000))]
        print(out)
