# Asks 1, 2, 3, ...: right on a secret of 1, out of questions on anything above 30.
y = 1
while True:
    print("?", y, flush=True)
    if input().strip() == "=":
        break
    y += 1
