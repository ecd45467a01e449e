# Ignores the answers and guesses 500 ten times.
for _ in range(10):
    print(500, flush=True)
    if input() == "yes":
        break
