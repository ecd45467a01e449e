# @EXPECTED_RESULTS@: CORRECT
BEGIN { print "Hello World!" }
