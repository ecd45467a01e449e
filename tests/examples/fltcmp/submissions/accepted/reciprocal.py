# repr of the double: 1000000000.0, 0.14285714285714285, -8.100000073e-06.
n = int(input())
for _ in range(n):
    print(1 / float(input()))
