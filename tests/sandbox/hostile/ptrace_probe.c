/* ptrace: PTRACE_TRACEME and PTRACE_ATTACH to pid 1 and to the parent must be denied. */
#include "hostile.h"

#include <sys/ptrace.h>

int main(void) {
    hostileInit();
    expectFailure("ptrace traceme", ptrace(PTRACE_TRACEME, 0, NULL, NULL));
    expectFailure("ptrace attach 1", ptrace(PTRACE_ATTACH, 1, NULL, NULL));
    expectFailure("ptrace attach ppid", ptrace(PTRACE_ATTACH, getppid(), NULL, NULL));
    return kExitContained;
}
