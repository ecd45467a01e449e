# Right, but reads with os.read(0, 1): one system call per byte, eight million on the
# large case.
import os


def read_int():
    c = os.read(0, 1)
    while c.isspace():
        c = os.read(0, 1)
    digits = b""
    while c and not c.isspace():
        digits += c
        c = os.read(0, 1)
    return int(digits)


n = read_int()
balance = lowest = 0
for _ in range(n):
    balance += read_int()
    lowest = min(lowest, balance)
print(balance, lowest)
