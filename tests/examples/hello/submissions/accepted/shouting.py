# The default validator ignores case: @EXPECTED_RESULTS@: CORRECT
print("HELLO WORLD!")
