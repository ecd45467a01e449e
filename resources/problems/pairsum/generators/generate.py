#!/usr/bin/env python3
"""Writes the secret test cases of Pair Sum (run from the package directory).

Each .ans holds one valid pair (or `impossible`); the output validator accepts any pair."""
import random


def answer(values, x):
    seen = {}
    for j, v in enumerate(values, 1):
        if x - v in seen:
            return f"{seen[x - v]} {j}"
        seen.setdefault(v, j)
    return "impossible"


def write(name, values, x):
    with open(f"data/secret/{name}.in", "w") as f:
        f.write(f"{len(values)} {x}\n{' '.join(map(str, values))}\n")
    with open(f"data/secret/{name}.ans", "w") as f:
        f.write(answer(values, x) + "\n")


def main():
    rng = random.Random(7)
    write("01-same-value-twice", [3, 8, 3], 6)
    write("02-negative", [-5, 12, -7, 0], -12)
    write("03-extremes", [10**9, -10**9, 10**9], 2 * 10**9)
    write("04-many-pairs", [rng.randint(1, 50) for _ in range(1000)], 50)
    evens = [2 * rng.randint(-5 * 10**8, 5 * 10**8 - 1) for _ in range(200000)]
    write("05-large-impossible", evens, 1)
    evens[123456] = 10**9 - 1
    evens[54321] = 1 - (10**9 - 1)
    write("06-large-one-pair", evens, 1)


if __name__ == "__main__":
    main()
