# @EXPECTED_RESULTS@: CORRECT
echo "Hello World!"
