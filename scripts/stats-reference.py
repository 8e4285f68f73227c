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


def main():
    reference = {
        'generatedBy': 'scripts/stats-reference.py',
        'scipy': scipy.__version__,
        'numpy': np.__version__,
        'python': sys.version.split()[0],
        'mannWhitney': mann_whitney_cases(),
        'medianCiRanks': median_ci_ranks(),
        'normalSf': normal_sf(),
    }
    with open(OUT, 'w') as out:
        json.dump(reference, out, indent=1)
        out.write('\n')
    print(f'wrote {os.path.normpath(OUT)}: {len(reference["mannWhitney"])} Mann-Whitney cases')


if __name__ == '__main__':
    main()
