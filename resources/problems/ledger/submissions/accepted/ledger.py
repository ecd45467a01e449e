# Reads the whole input as bytes at once and splits it: fast enough in CPython.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
balance = lowest = 0
for amount in map(int, data[1:n + 1]):
    balance += amount
    if balance < lowest:
        lowest = balance
print(balance, lowest)
