#!/usr/bin/env python3
"""Write the SciPy reference vectors that __tests__/stats/ reproduces.

Run from the repository root:  python3 scripts/stats-reference.py
(needs python3 with SciPy: `apt-get install -y python3-scipy`). The output, __fixtures__/stats/scipy-reference.json, is
committed so the TypeScript tests run without Python; rerun this script only when the checked cases change.
"""
import json
import os
import sys

import numpy as np
import scipy
from scipy import stats
# The exact signed-rank null distribution SciPy's wilcoxon uses; not public API, imported for the critical ranks.
from scipy.stats._wilcoxon import WilcoxonDistribution

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '__fixtures__', 'stats', 'scipy-reference.json')
rng = np.random.default_rng(20261125)


def as_list(values):
    return [float(v) for v in values]


def mann_whitney_case(a, b, note):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    ties = len(np.unique(np.concatenate([a, b]))) < len(a) + len(b)
    asymptotic = stats.mannwhitneyu(a, b, alternative='two-sided', method='asymptotic', use_continuity=True)
    case = {
        'note': note,
        'a': as_list(a),
        'b': as_list(b),
        'u': float(asymptotic.statistic),
        'asymptotic': float(asymptotic.pvalue),
        # SciPy's exact distribution assumes no ties; with ties only the asymptotic p-value is a reference.
        'exact': None if ties else float(stats.mannwhitneyu(a, b, alternative='two-sided', method='exact').pvalue),
    }
    return case


def mann_whitney_cases():
    cases = []
    # Continuous samples (no ties), from equal to clearly shifted, at sizes on both sides of the exact/asymptotic switch.
    for n1, n2 in [(1, 1), (1, 5), (2, 3), (3, 4), (5, 5), (5, 12), (7, 7), (8, 8), (9, 11), (10, 10), (12, 15), (20, 20),
                   (30, 25), (50, 50)]:
        for shift in [0.0, 0.5, 1.5]:
            a = rng.normal(100.0, 5.0, n1)
            b = rng.normal(100.0 * (1 + shift * 0.05), 5.0, n2)
            cases.append(mann_whitney_case(a, b, f'normal n={n1},{n2} shift={shift}'))
    # Complete separation: the smallest p-value the exact distribution gives.
    for n in [5, 7, 10]:
        cases.append(mann_whitney_case(np.arange(n), np.arange(n) + n, f'separated n={n}'))
        cases.append(mann_whitney_case(np.arange(n) + n, np.arange(n), f'separated reversed n={n}'))
    # Ties: integer-valued samples from a small range, so the tie correction matters.
    for n1, n2 in [(4, 6), (5, 5), (10, 12), (30, 30), (40, 20)]:
        for top in [3, 6]:
            a = rng.integers(0, top, n1)
            b = rng.integers(1, top + 1, n2)
            cases.append(mann_whitney_case(a, b, f'ties n={n1},{n2} values<={top}'))
    cases.append(mann_whitney_case([7, 7, 7, 7, 7], [7, 7, 7, 7, 7], 'all equal'))
    cases.append(mann_whitney_case([1, 2, 2, 3], [2, 3, 3, 4, 4], 'hand-made ties'))
    return cases


def median_ci_ranks():
    # Distribution-free 95 % CI of the median by binomial order statistics: SciPy's quantile_test gives the same
    # interval; on the data 1..n its bounds are the 1-based ranks.
    ranks = []
    for n in range(6, 81):
        ci = stats.quantile_test(np.arange(1, n + 1, dtype=float), q=(n + 1) / 2, p=0.5).confidence_interval(0.95)
        ranks.append({'n': n, 'lower': int(ci.low), 'upper': int(ci.high)})
    return ranks


def normal_sf():
    return [{'z': z, 'sf': float(stats.norm.sf(z))} for z in
            [-6.0, -3.1, -1.96, -1.0, -0.25, 0.0, 0.1, 0.5, 1.0, 1.6448536269514722, 1.96, 2.5, 2.575829303549, 3.0, 3.7, 4.5,
             5.5, 7.0, 8.5]]


def wilcoxon_case(d, note):
    d = np.asarray(d, dtype=float)
    nonzero = d[d != 0]
    ties = len(np.unique(np.abs(nonzero))) < len(nonzero)
    zeros = len(d) - len(nonzero)
    # SciPy 1.17 defaults: zero_method='wilcox', correction=False, method='auto'. Its 'auto' takes the exact
    # distribution up to 50 differences without ties or zeros; with them, a permutation test up to 13 differences (all
    # 2^n sign assignments: 2^13 is below its 9999 resamples), else the normal approximation. 'autoMethod' restates
    # that rule from scipy/stats/_wilcoxon.py so the test can check the TypeScript picks the same branch.
    if len(d) > 50:
        auto_method = 'asymptotic'
    elif not ties and zeros == 0:
        auto_method = 'exact'
    elif len(d) <= 13:
        auto_method = 'permutation'
    else:
        auto_method = 'asymptotic'
    auto = stats.wilcoxon(d)
    case = {
        'note': note,
        'd': as_list(d),
        'statistic': float(auto.statistic),
        'auto': float(auto.pvalue),
        'autoMethod': auto_method,
        'asymptotic': float(stats.wilcoxon(d, method='asymptotic').pvalue),
        # SciPy's 'exact' is exact only without ties and zeros; with them it rounds R+ conservatively (gh-19872).
        'exact': float(stats.wilcoxon(d, method='exact').pvalue) if len(nonzero) > 0 and len(d) <= 50 else None,
        'permutation': (float(stats.wilcoxon(d, method=stats.PermutationMethod()).pvalue)
                        if 2 <= len(d) <= 13 and len(nonzero) > 0 else None),
    }
    case.update(hodges_lehmann(d))
    return case


def hodges_lehmann(d):
    """SciPy has no Hodges-Lehmann estimator or signed-rank interval, so both are computed here from first principles:
    the Walsh averages (d_i + d_j)/2 for i <= j, their median, and the interval [W(k), W(M+1-k)] whose critical rank k
    is the largest with P(R+ <= k-1) <= 2.5 % under SciPy's exact signed-rank distribution (n <= 50), or
    floor(n(n+1)/4 + 1/2 - z sigma) with z = norm.ppf(0.975) above (normal approximation, continuity corrected)."""
    n = len(d)
    i, j = np.triu_indices(n)
    walsh = np.sort((d[i] + d[j]) / 2)
    if n <= 50:
        distribution = WilcoxonDistribution(n)
        k = 0
        while distribution.cdf(k) <= 0.025:
            k += 1
        method = 'exact'
    else:
        sigma = np.sqrt(n * (n + 1) * (2 * n + 1) / 24)
        k = int(np.floor(n * (n + 1) / 4 + 0.5 - stats.norm.ppf(0.975) * sigma))
        method = 'asymptotic'
    return {
        'hlEstimate': float(np.median(walsh)),
        'hlCriticalRank': k if k > 0 else None,
        'hlCi': [float(walsh[k - 1]), float(walsh[len(walsh) - k])] if k > 0 else None,
        'hlMethod': method,
    }


def wilcoxon_cases():
    cases = []
    # Continuous differences (no ties, no zeros), centred at 0 or shifted, around every switch of 'auto'.
    for n in [1, 2, 3, 5, 6, 7, 8, 10, 13, 14, 20, 25, 30, 49, 50, 51, 60, 80, 120]:
        for shift in [0.0, 0.3, 1.0]:
            cases.append(wilcoxon_case(rng.normal(shift, 1.0, n), f'normal n={n} shift={shift}'))
    # Log ratios of throughput-like pairs, as comparePaired feeds them.
    for n in [9, 40, 90]:
        base = rng.lognormal(np.log(7e7), 0.2, n)
        cases.append(wilcoxon_case(np.log(base * 0.8 * rng.lognormal(0, 0.05, n)) - np.log(base),
                                   f'log ratios n={n} head 20 % slower'))
    # Ties and zeros: integer differences from a small range (RTT nanoseconds are integers), on each side of 13 and 50.
    for n in [4, 6, 9, 12, 13, 14, 20, 35, 50, 51, 70]:
        for low, high in [(-2, 3), (-1, 5)]:
            d = rng.integers(low, high, n).astype(float)
            if np.all(d == 0):
                continue
            cases.append(wilcoxon_case(d, f'ties and zeros n={n} values in [{low}, {high})'))
    cases.append(wilcoxon_case([1, 2, 3, 4, 5, 6, 7, 8], 'all positive n=8'))
    cases.append(wilcoxon_case([-1, -2, -3, -4, -5, -6, -7, -8, -9, -10], 'all negative n=10'))
    cases.append(wilcoxon_case([0, 0, 1.5, -1.5, 2, 2, -3], 'hand-made zeros and ties'))
    return cases


def main():
    reference = {
        'generatedBy': 'scripts/stats-reference.py',
        'scipy': scipy.__version__,
        'numpy': np.__version__,
        'python': sys.version.split()[0],
        'mannWhitney': mann_whitney_cases(),
        'medianCiRanks': median_ci_ranks(),
        'normalSf': normal_sf(),
        'wilcoxon': wilcoxon_cases(),
    }
    with open(OUT, 'w') as out:
        json.dump(reference, out, indent=1)
        out.write('\n')
    print(f'wrote {os.path.normpath(OUT)}: {len(reference["mannWhitney"])} Mann-Whitney cases, '
          f'{len(reference["wilcoxon"])} Wilcoxon signed-rank cases')


if __name__ == '__main__':
    main()
