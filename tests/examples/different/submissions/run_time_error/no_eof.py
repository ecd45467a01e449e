# Reads with input() until it fails: EOFError at the end of the input, exit status 1.
while True:
    a, b = map(int, input().split())
    print(abs(a - b))
