/* Thread bomb: creates sleeping threads until the box refuses; reaching the limit escapes. */
#include "hostile.h"

#include <pthread.h>

static void* sleepForever(void* unused) {
    (void)unused;
    for (;;) {
        pause();
    }
    return NULL;
}

int main(int argc, char** argv) {
    hostileInit();
    long limit = argLong(argc, argv, 1);
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstacksize(&attributes, 64 * 1024);
    long threads = 0;
    int error = 0;
    while (threads < 4 * limit + 64) {
        pthread_t thread;
        error = pthread_create(&thread, &attributes, sleepForever, NULL);
        if (error != 0) {
            break;
        }
        ++threads;
    }
    printf("threads: stopped after %ld errno=%s\n", threads,
           error != 0 ? errnoName(error) : "none");
    if (threads >= limit) {
        escaped("threads: %ld threads with a limit of %ld processes", threads, limit);
    }
    exit(kExitContained);
}
