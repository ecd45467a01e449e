/* Shared helpers for the hostile programs: one short machine-readable line per probe, exit 42 on
 * escape. */
#ifndef VERDICT_TESTS_HOSTILE_H
#define VERDICT_TESTS_HOSTILE_H

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { kExitContained = 0, kExitBroken = 3, kExitEscaped = 42 };
enum { kMiB = 1024 * 1024 };

__attribute__((noreturn, format(printf, 1, 2))) static inline void broken(const char* format, ...);

/* Line-buffered stdout so that a program killed by a limit still leaves its earlier lines. */
static inline void lineBufferedOutput(void) {
    setvbuf(stdout, NULL, _IOLBF, 0);
}

/* Every program starts here. Outside a box these programs are dangerous (kill(-1), mount over
   /tmp as root...), so they refuse to run unless the working directory is the box's /box. */
static inline void hostileInit(void) {
    lineBufferedOutput();
    char cwd[64];
    if (getcwd(cwd, sizeof cwd) == NULL || strcmp(cwd, "/box") != 0) {
        broken("refusing to run outside the sandbox (cwd is not /box)");
    }
}

static inline const char* errnoName(int error) {
    const char* name = strerrorname_np(error);
    return name != NULL ? name : "E?";
}

/* Prints "ESCAPED <what happened>" and exits 42: the attack worked. */
__attribute__((noreturn, format(printf, 1, 2))) static inline void escaped(const char* format,
                                                                           ...) {
    va_list args;
    va_start(args, format);
    fputs("ESCAPED ", stdout);
    vprintf(format, args);
    fputs("\n", stdout);
    va_end(args);
    fflush(stdout);
    exit(kExitEscaped);
}

/* The program could not run its probe at all (bad arguments, missing file): exit 3. */
__attribute__((noreturn, format(printf, 1, 2))) static inline void broken(const char* format, ...) {
    va_list args;
    va_start(args, format);
    fputs("BROKEN ", stdout);
    vprintf(format, args);
    fputs("\n", stdout);
    va_end(args);
    fflush(stdout);
    exit(kExitBroken);
}

/* A probe that must fail inside the box: prints "<what>: denied <ERRNO>" or escapes. */
static inline void expectFailure(const char* what, long result) {
    if (result < 0) {
        printf("%s: denied %s\n", what, errnoName(errno));
        return;
    }
    escaped("%s: succeeded (%ld)", what, result);
}

static inline long argLong(int argc, char** argv, int index) {
    if (index >= argc) {
        broken("usage: %s needs argument %d", argv[0], index);
    }
    char* end = NULL;
    long value = strtol(argv[index], &end, 10);
    if (end == argv[index] || *end != '\0') {
        broken("argument %d is not a number: %s", index, argv[index]);
    }
    return value;
}

static inline const char* argString(int argc, char** argv, int index) {
    if (index >= argc) {
        broken("usage: %s needs argument %d", argv[0], index);
    }
    return argv[index];
}

static inline long clockMs(clockid_t clock) {
    struct timespec now;
    clock_gettime(clock, &now);
    return (long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

/* Spins until the calling thread has used `ms` more milliseconds of CPU time. */
static inline void burnThreadCpuMs(long ms) {
    long until = clockMs(CLOCK_THREAD_CPUTIME_ID) + ms;
    volatile unsigned long counter = 0;
    while (clockMs(CLOCK_THREAD_CPUTIME_ID) < until) {
        for (int i = 0; i < 100000; ++i) {
            counter = counter + 1;
        }
    }
}

/* Stops the compiler from eliding an allocation whose contents are never read. */
static inline void keepAlive(void* pointer) {
    __asm__ volatile("" : : "r"(pointer) : "memory");
}

/* Allocates and touches 1 MiB blocks until the box stops us; twice the limit is an escape. A
   failed allocation ends abnormally (abort), as a real program's bad_alloc would. */
__attribute__((noreturn)) static inline void allocateUntilStopped(const char* what, long limitMib) {
    for (long mib = 0;; ++mib) {
        if (mib >= 2 * limitMib) {
            escaped("%s: touched %ld MiB with a limit of %ld MiB", what, mib, limitMib);
        }
        char* block = malloc(kMiB);
        if (block == NULL) {
            printf("%s: allocation failed after %ld MiB\n", what, mib);
            abort();
        }
        memset(block, 0x5a, kMiB);
        keepAlive(block);
    }
}

/* write() until everything is written; returns 0 or the errno of the failing write. */
static inline int writeAll(int fd, const char* data, size_t size) {
    while (size > 0) {
        ssize_t written = write(fd, data, size);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return errno;
        }
        data += written;
        size -= (size_t)written;
    }
    return 0;
}

#endif
