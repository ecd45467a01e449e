#!/usr/bin/env python3
"""Writes the secret test cases of Ledger (run from the package directory).

03-million is the point of the problem: 10^6 amounts, about 8 MB on one line."""
import random


def write(name, amounts):
    with open(f"data/secret/{name}.in", "w") as f:
        f.write(f"{len(amounts)}\n{' '.join(map(str, amounts))}\n")
    balance = lowest = 0
    for amount in amounts:
        balance += amount
        lowest = min(lowest, balance)
    with open(f"data/secret/{name}.ans", "w") as f:
        f.write(f"{balance} {lowest}\n")


def main():
    rng = random.Random(1000000)
    write("01-single-deposit", [7])
    write("02-always-down", [-10**6] * 1000)
    write("03-million", [rng.randint(-10**6, 10**6) for _ in range(10**6)])


if __name__ == "__main__":
    main()
