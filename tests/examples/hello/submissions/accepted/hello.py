# @EXPECTED_RESULTS@: CORRECT
print("Hello World!")
