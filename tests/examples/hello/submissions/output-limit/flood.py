# @EXPECTED_RESULTS@: OUTPUT-LIMIT
import sys
line = "Hello World!\n" * 1000
while True:
    sys.stdout.write(line)
