#!/usr/bin/env python3
"""Writes the secret test cases of Trail Length (run from the package directory)."""
import math
import random


def write(name, points):
    with open(f"data/secret/{name}.in", "w") as f:
        f.write(f"{len(points)}\n")
        f.writelines(f"{x} {y}\n" for x, y in points)
    total = sum(math.dist(points[i], points[i + 1]) for i in range(len(points) - 1))
    with open(f"data/secret/{name}.ans", "w") as f:
        f.write(f"{total:.9f}\n")


def main():
    rng = random.Random(2025)
    write("01-unit-diagonals", [(i % 2, i) for i in range(7)])
    write("02-standing-still", [(5, -5)] * 4)
    write("03-corners", [(-10**6, -10**6), (10**6, 10**6), (-10**6, 10**6), (10**6, -10**6)])
    write("04-small-steps",
          [(rng.randint(-3, 3), rng.randint(-3, 3)) for _ in range(10000)])
    write("05-long-hike",
          [(rng.randint(-10**6, 10**6), rng.randint(-10**6, 10**6)) for _ in range(10000)])


if __name__ == "__main__":
    main()
