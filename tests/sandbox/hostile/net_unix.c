/* AF_UNIX connect to the abstract socket @argv[1] that the harness listens on: must fail. */
#include "hostile.h"

#include <stddef.h>
#include <sys/socket.h>
#include <sys/un.h>

int main(int argc, char** argv) {
    hostileInit();
    const char* name = argString(argc, argv, 1);
    struct sockaddr_un target = {.sun_family = AF_UNIX};
    size_t length = strlen(name);
    if (length + 1 > sizeof target.sun_path) {
        broken("unix: name too long");
    }
    memcpy(target.sun_path + 1, name, length);
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        printf("unix: socket denied %s\n", errnoName(errno));
        return kExitContained;
    }
    socklen_t size = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + length);
    if (connect(fd, (struct sockaddr*)&target, size) == 0) {
        escaped("unix @%s: connected", name);
    }
    printf("unix: connect failed %s\n", errnoName(errno));
    return kExitContained;
}
