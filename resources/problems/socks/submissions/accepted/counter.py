# Counts each colour; Python's integers never overflow.
import sys
from collections import Counter

data = sys.stdin.buffer.read().split()
counts = Counter(data[1:])
print(sum(k * (k - 1) // 2 for k in counts.values()))
