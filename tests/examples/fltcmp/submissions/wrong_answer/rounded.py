# Rounds to an integer: 1/4 becomes 0.
n = int(input())
for _ in range(n):
    print(round(1 / float(input())))
