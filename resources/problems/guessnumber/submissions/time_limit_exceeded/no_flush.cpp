// A correct binary search that never flushes: the question stays in the program's buffer,
// both sides wait for each other, and the program's time runs out.
#include <cstdio>
#include <cstring>

int main() {
    long long lo = 1, hi = 1000000000;
    char answer[8];
    while (true) {
        const long long mid = lo + (hi - lo) / 2;
        std::printf("? %lld\n", mid);
        if (std::scanf("%7s", answer) != 1 || std::strcmp(answer, "=") == 0)
            return 0;
        if (std::strcmp(answer, "<") == 0)
            hi = mid - 1;
        else
            lo = mid + 1;
    }
}
