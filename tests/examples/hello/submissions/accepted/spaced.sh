# The default validator ignores changes of whitespace: @EXPECTED_RESULTS@: CORRECT
printf "  Hello\t\n\n  World!"
