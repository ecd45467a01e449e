/* /proc must show only the box's processes: no host process (the harness runs one whose comm is
   argv[1]) and no more than a handful of pids. */
#include "hostile.h"

#include <ctype.h>
#include <dirent.h>

int main(int argc, char** argv) {
    hostileInit();
    const char* token = argString(argc, argv, 1);
    DIR* proc = opendir("/proc");
    if (proc == NULL) {
        broken("proc: opendir failed %s", errnoName(errno));
    }
    long visible = 0;
    for (struct dirent* entry = readdir(proc); entry != NULL; entry = readdir(proc)) {
        if (!isdigit((unsigned char)entry->d_name[0])) {
            continue;
        }
        ++visible;
        char path[512];
        char comm[64] = "";
        snprintf(path, sizeof path, "/proc/%s/comm", entry->d_name);
        FILE* file = fopen(path, "re");
        if (file != NULL) {
            if (fgets(comm, sizeof comm, file) == NULL) {
                comm[0] = '\0';
            }
            fclose(file);
        }
        comm[strcspn(comm, "\n")] = '\0';
        printf("proc: pid %s comm %s\n", entry->d_name, comm);
        if (strcmp(comm, token) == 0) {
            escaped("proc: host process %s visible as pid %s", token, entry->d_name);
        }
    }
    closedir(proc);
    printf("proc: visible=%ld\n", visible);
    if (visible > 8) {
        escaped("proc: %ld processes visible", visible);
    }
    return kExitContained;
}
