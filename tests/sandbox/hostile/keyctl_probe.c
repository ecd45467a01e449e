/* Kernel keyrings are shared between boxes of one uid (isolate 2.4): add_key and keyctl must be
   denied. */
#include "hostile.h"

#include <linux/keyctl.h>
#include <sys/syscall.h>

int main(void) {
    hostileInit();
    expectFailure("add_key",
                  syscall(SYS_add_key, "user", "verdict-test", "x", 1, KEY_SPEC_SESSION_KEYRING));
    expectFailure("keyctl get_keyring_id",
                  syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, KEY_SPEC_USER_KEYRING, 0));
    return kExitContained;
}
