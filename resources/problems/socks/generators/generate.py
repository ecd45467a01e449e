#!/usr/bin/env python3
"""Writes the secret test groups of Matching Socks (run from the package directory)."""
from collections import Counter
import random


def write(group, name, colours):
    with open(f"data/secret/{group}/{name}.in", "w") as f:
        f.write(f"{len(colours)}\n{' '.join(map(str, colours))}\n")
    pairs = sum(k * (k - 1) // 2 for k in Counter(colours).values())
    with open(f"data/secret/{group}/{name}.ans", "w") as f:
        f.write(f"{pairs}\n")


def main():
    rng = random.Random(11)
    write("group1", "1-distinct", [101, 202, 303, 404])
    write("group1", "2-big-colours", [rng.choice([10**9, 999999937, 202]) for _ in range(1000)])
    write("group2", "1-one-colour", [100] * 50000)
    write("group2", "2-random", [rng.randint(1, 100) for _ in range(50000)])
    write("group3", "1-three-colours", [rng.choice([1, 10**9, 65536]) for _ in range(200000)])
    write("group3", "2-random", [rng.randint(1, 10**9) for _ in range(200000)])


if __name__ == "__main__":
    main()
