# Asks every bit in turn: past 30 questions on any long array.
t = int(input())
for _ in range(t):
    n = int(input())
    i = 0
    while True:
        print("?", i + 1, flush=True)
        if input().strip() == "0":
            break
        i += 1
    print("!", i, flush=True)
