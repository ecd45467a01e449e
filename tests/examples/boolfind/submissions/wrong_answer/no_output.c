// Ends at once, silently: the interactor reads nothing and says WA (DOMjudge: NO-OUTPUT).
int main(void) {
    return 0;
}
