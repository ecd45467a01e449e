# Bubble-sorts the numbers: quick for groups 1 and 2, far too slow for group 3's 10^5
# numbers. Accepted with 50 points (accept_if_any_accepted), with a TLE on the way.
import sys

numbers = list(map(int, sys.stdin.read().split()[1:]))
for i in range(len(numbers)):
    for j in range(len(numbers) - 1 - i):
        if numbers[j] > numbers[j + 1]:
            numbers[j], numbers[j + 1] = numbers[j + 1], numbers[j]
print(numbers[-1])
