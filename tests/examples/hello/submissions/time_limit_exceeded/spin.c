// @EXPECTED_RESULTS@: TIMELIMIT
int main(void) {
    volatile unsigned long spins = 0;
    for (;;)
        spins = spins + 1;
}
