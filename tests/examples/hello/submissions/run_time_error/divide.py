# @EXPECTED_RESULTS@: RUN-ERROR
print("Hello World!")
raise SystemExit(1 / 0)
