/* Memory bomb: malloc + touch 1 MiB blocks until stopped; twice the limit (argv[1] MiB) escapes. */
#include "hostile.h"

int main(int argc, char** argv) {
    hostileInit();
    allocateUntilStopped("malloc", argLong(argc, argv, 1));
}
