# "nan" is not a number the validator reads: WA, not a judge error.
n = int(input())
for _ in range(n):
    input()
    print(float("nan"))
