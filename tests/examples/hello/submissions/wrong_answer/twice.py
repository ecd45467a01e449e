# One token too many. @EXPECTED_RESULTS@: WRONG-ANSWER
print("Hello World!")
print("Hello World!")
