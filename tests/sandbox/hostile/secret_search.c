/* Searches the box for the host: each of argv[2..] (secret files, the work dir's host path, the
   build tree) must be invisible, no file name may contain the token argv[1], and
   /proc/self/mountinfo must not mention any of those host paths. */
#include "hostile.h"

#include <ftw.h>
#include <sys/stat.h>

static const char* g_token;
static long g_visited;

static int visit(const char* path, const struct stat* info, int type, struct FTW* position) {
    (void)info;
    (void)type;
    (void)position;
    if (strcmp(path, "/proc") == 0 || strcmp(path, "/sys") == 0) {
        return FTW_SKIP_SUBTREE;
    }
    ++g_visited;
    if (strstr(path, g_token) != NULL) {
        escaped("search: found %s", path);
    }
    return FTW_CONTINUE;
}

static void checkMountinfo(int count, char** paths) {
    FILE* mounts = fopen("/proc/self/mountinfo", "re");
    if (mounts == NULL) {
        printf("search: mountinfo unreadable %s\n", errnoName(errno));
        return;
    }
    char line[8192];
    while (fgets(line, sizeof line, mounts) != NULL) {
        for (int i = 0; i < count; ++i) {
            if (strstr(line, paths[i]) != NULL) {
                escaped("search: mountinfo mentions %s", paths[i]);
            }
        }
    }
    fclose(mounts);
}

int main(int argc, char** argv) {
    hostileInit();
    g_token = argString(argc, argv, 1);
    for (int i = 2; i < argc; ++i) {
        struct stat info;
        if (stat(argv[i], &info) == 0) {
            escaped("search: host path %s visible", argv[i]);
        }
        printf("search: %s invisible %s\n", argv[i], errnoName(errno));
    }
    checkMountinfo(argc - 2, argv + 2);
    nftw("/", visit, 64, FTW_PHYS | FTW_ACTIONRETVAL);
    printf("search: walked %ld entries, token not found\n", g_visited);
    return kExitContained;
}
