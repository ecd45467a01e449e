import sys

numbers = sys.stdin.buffer.read().split()
print(max(map(int, numbers[1:])))
