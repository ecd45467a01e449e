# Grows a list past the memory limit. @EXPECTED_RESULTS@: RUN-ERROR
hoard = []
while True:
    hoard.append(" " * (1 << 20))
