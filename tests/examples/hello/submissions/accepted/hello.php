<?php
// @EXPECTED_RESULTS@: CORRECT
echo "Hello World!\n";
