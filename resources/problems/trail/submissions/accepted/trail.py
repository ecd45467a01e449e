# Prints Python's shortest round-trip form of the double (e.g. 6.414213562373095).
import math
import sys

data = sys.stdin.read().split()
n = int(data[0])
points = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
print(sum(math.dist(points[i], points[i + 1]) for i in range(n - 1)))
