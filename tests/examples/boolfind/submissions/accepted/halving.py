# Keeps bit lo = 1 and bit hi = 0 and halves the distance.
t = int(input())
for _ in range(t):
    n = int(input())
    lo, hi = 0, n - 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        print("?", mid, flush=True)
        if input().strip() == "1":
            lo = mid
        else:
            hi = mid
    print("!", lo, flush=True)
