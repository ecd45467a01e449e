# Lets a value pair with itself: on 3 8 3 with x = 6 it answers "1 1", one position twice,
# which the validator rejects.
import sys

data = sys.stdin.buffer.read().split()
n, x = int(data[0]), int(data[1])
values = list(map(int, data[2:2 + n]))
position = {}
for i, value in enumerate(values, 1):
    position.setdefault(value, i)
for i, value in enumerate(values, 1):
    if x - value in position:
        print(i, position[x - value])
        break
else:
    print("impossible")
