# Exits with status 2 after the first question.
import sys

t = int(input())
n = int(input())
print("?", n // 2, flush=True)
input()
sys.exit(2)
