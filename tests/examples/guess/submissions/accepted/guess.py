lo, hi = 1, 1000
while True:
    mid = (lo + hi) // 2
    print(mid, flush=True)
    answer = input()
    if answer == "yes":
        break
    if answer == "up":
        lo = mid + 1
    else:
        hi = mid - 1
