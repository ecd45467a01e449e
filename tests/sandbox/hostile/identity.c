/* Who are we in the box: ids, hostname, capabilities, no_new_privs, seccomp. Renames itself to
   argv[1] and lingers argv[2] ms so that the host can look at it from outside. */
#include "hostile.h"

#include <grp.h>
#include <sys/prctl.h>

static void printStatusField(const char* field) {
    FILE* status = fopen("/proc/self/status", "re");
    char line[512];
    size_t length = strlen(field);
    while (status != NULL && fgets(line, sizeof line, status) != NULL) {
        if (strncmp(line, field, length) == 0 && line[length] == ':') {
            char* value = line + length + 1;
            value += strspn(value, " \t");
            printf("id %s=%s", field, value);
        }
    }
    if (status != NULL) {
        fclose(status);
    }
}

int main(int argc, char** argv) {
    hostileInit();
    const char* name = argString(argc, argv, 1);
    long lingerMs = argLong(argc, argv, 2);
    prctl(PR_SET_NAME, name, 0, 0, 0);
    char hostname[256] = "";
    gethostname(hostname, sizeof hostname - 1);
    printf("id uid=%d\nid euid=%d\nid gid=%d\nid egid=%d\nid groups=%d\nid hostname=%s\n",
           (int)getuid(), (int)geteuid(), (int)getgid(), (int)getegid(), getgroups(0, NULL),
           hostname);
    printStatusField("CapEff");
    printStatusField("CapPrm");
    printStatusField("CapAmb");
    printStatusField("NoNewPrivs");
    printStatusField("Seccomp");
    usleep((useconds_t)lingerMs * 1000);
    printf("id done\n");
    return kExitContained;
}
