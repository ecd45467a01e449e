# Scientific notation is a valid way to write a float: 6.41421356237e+00.
import math
import sys

data = sys.stdin.read().split()
n = int(data[0])
points = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
print("%.11e" % sum(math.dist(points[i], points[i + 1]) for i in range(n - 1)))
