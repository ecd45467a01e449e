# Reads the judge's answer as a number: int("<") raises after the first question.
lo, hi = 1, 10**9
while True:
    mid = (lo + hi) // 2
    print("?", mid, flush=True)
    if int(input()) == 0:
        break
