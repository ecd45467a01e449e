/* Leaves traps in the work dir for the host's copy-back: symlinks to a host victim (argv[1]) and
   to /, hard links, a FIFO, a device node, a setuid file, a socket and a symlink in a subdir. Also
   checks that the host-side symlink "in-link" (to a secret holding argv[2]) was not copied in. */
#include "hostile.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>

static void report(const char* what, int result) {
    printf("links %s: %s %s\n", what, result == 0 ? "created" : "failed",
           result == 0 ? "" : errnoName(errno));
}

static int writeText(const char* path, const char* text, mode_t mode) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0) {
        return -1;
    }
    int error = writeAll(fd, text, strlen(text));
    fchmod(fd, mode);
    close(fd);
    return error == 0 ? 0 : -1;
}

static int bindSocket(const char* path) {
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_un address = {.sun_family = AF_UNIX};
    strncpy(address.sun_path, path, sizeof address.sun_path - 1);
    return fd < 0 ? -1 : bind(fd, (struct sockaddr*)&address, sizeof address);
}

int main(int argc, char** argv) {
    hostileInit();
    const char* victim = argString(argc, argv, 1);
    const char* token = argString(argc, argv, 2);
    char buffer[256] = "";
    int fd = open("in-link", O_RDONLY | O_CLOEXEC);
    if (fd >= 0 && read(fd, buffer, sizeof buffer - 1) > 0 && strstr(buffer, token) != NULL) {
        escaped("links: host symlink in-link readable in the box");
    }
    printf("links in-link: %s\n", fd >= 0 ? "present" : "absent");
    report("out.txt", symlink(victim, "out.txt"));
    report("root-link", symlink("/", "root-link"));
    report("a.txt", writeText("a.txt", "hard\n", 0644));
    report("hard.txt", link("a.txt", "hard.txt"));
    report("fifo", mkfifo("fifo", 0666));
    report("null-dev", mknod("null-dev", S_IFCHR | 0666, makedev(1, 3)));
    report("suid", writeText("suid", "#!/bin/sh\n", 06755));
    report("sock", bindSocket("sock"));
    report("sub", mkdir("sub", 0755));
    report("sub/link", symlink(victim, "sub/link"));
    report("sub/plain.txt", writeText("sub/plain.txt", "plain\n", 0644));
    return kExitContained;
}
