# Sleeps: little CPU time, stopped by the wall-clock limit. @EXPECTED_RESULTS@: TIMELIMIT
sleep 60
echo "Hello World!"
