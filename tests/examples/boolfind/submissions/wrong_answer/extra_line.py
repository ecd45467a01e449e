# Solves every array, then prints one more answer.
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
print("! 0", flush=True)
