# Compares every pair of socks: fine for group 1 (20 points), far too slow for group 2, and
# group 3 is then not judged.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
colours = data[1:1 + n]
pairs = 0
for i in range(n):
    c = colours[i]
    for j in range(i + 1, n):
        if colours[j] == c:
            pairs += 1
print(pairs)
