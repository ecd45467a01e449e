# Guesses 0, which the validator rejects at once; reading its answer then fails and the
# program crashes. The validator ended first with WA, so the verdict is WA, not RTE.
print(0, flush=True)
answer = input()
