# Prints the first number: right only when n = 1 (group 1, 20 points).
input()
print(input().split()[0])
