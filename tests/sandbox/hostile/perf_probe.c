/* perf_event_open must be denied, even for a software counter on ourselves. */
#include "hostile.h"

#include <linux/perf_event.h>
#include <sys/syscall.h>

int main(void) {
    hostileInit();
    struct perf_event_attr attributes;
    memset(&attributes, 0, sizeof attributes);
    attributes.size = sizeof attributes;
    attributes.type = PERF_TYPE_SOFTWARE;
    attributes.config = PERF_COUNT_SW_CPU_CLOCK;
    attributes.exclude_kernel = 1;
    expectFailure("perf_event_open", syscall(SYS_perf_event_open, &attributes, 0, -1, -1, 0));
    return kExitContained;
}
