/* A non-native (i386) syscall through int $0x80: the box must kill us with SIGSYS. If it returns,
   the i386 ABI is open and all 64-bit filter rules can be bypassed. Harmless outside a box: the
   harness runs it on the host to learn whether the kernel has IA32 emulation at all. */
#include "hostile.h"

int main(void) {
    lineBufferedOutput();
    printf("int80: calling\n");
    long result = 20; /* __NR_getpid on i386 */
    __asm__ volatile("int $0x80" : "+a"(result) : : "memory", "r8", "r9", "r10", "r11");
    escaped("int80: getpid returned %ld", result);
}
