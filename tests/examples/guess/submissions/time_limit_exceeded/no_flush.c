// Never flushes: the guess stays in the buffer and both sides wait until time runs out.
#include <stdio.h>
#include <string.h>

int main(void) {
    int lo = 1, hi = 1000;
    char answer[8];
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        printf("%d\n", mid);
        if (scanf("%7s", answer) != 1 || strcmp(answer, "yes") == 0)
            return 0;
        if (strcmp(answer, "up") == 0)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return 0;
}
