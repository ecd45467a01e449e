// Exits with status 1 before guessing: the program ended first, so its RTE decides.
int main(void) {
    return 1;
}
