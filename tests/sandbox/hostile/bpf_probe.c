/* bpf must be denied: creating a map is the least privileged bpf command. */
#include "hostile.h"

#include <linux/bpf.h>
#include <sys/syscall.h>

int main(void) {
    hostileInit();
    union bpf_attr attributes;
    memset(&attributes, 0, sizeof attributes);
    attributes.map_type = BPF_MAP_TYPE_ARRAY;
    attributes.key_size = 4;
    attributes.value_size = 4;
    attributes.max_entries = 1;
    expectFailure("bpf map_create",
                  syscall(SYS_bpf, BPF_MAP_CREATE, &attributes, sizeof attributes));
    return kExitContained;
}
