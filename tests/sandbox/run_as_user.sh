#!/bin/sh
# Runs a test binary as the unprivileged system user verdict-test, for the sandbox's rootless mode.
#   run_as_user.sh BUILD_DIR TEST_BINARY [ARGS...]
# Listing tests (gtest discovery) needs no user switch. Exits 77 (CTest: skipped) when not root.
set -eu

user=verdict-test
if [ "$#" -lt 2 ]; then
    echo "usage: $0 BUILD_DIR TEST_BINARY [ARGS...]" >&2
    exit 2
fi
build_dir=$1
shift

for arg in "$@"; do
    if [ "$arg" = "--gtest_list_tests" ]; then
        exec "$@"
    fi
done

if [ "$(id -u)" -ne 0 ]; then
    echo "run_as_user.sh: not root, cannot switch to $user: skipped" >&2
    exit 77
fi

if ! id -u "$user" >/dev/null 2>&1; then
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin "$user"
fi

# The user must reach the test binary, the hostile programs and the sandbox: every directory on
# the way to the build tree must be searchable, and the tree itself readable.
dir=$(cd "$build_dir" && pwd -P)
while [ "$dir" != "/" ]; do
    if ! setpriv --reuid="$user" --regid="$user" --clear-groups test -x "$dir"; then
        chmod o+x "$dir"
    fi
    dir=$(dirname "$dir")
done
if ! setpriv --reuid="$user" --regid="$user" --clear-groups test -r "$1" -a -x "$1"; then
    chmod -R o+rX "$build_dir"
fi

exec setpriv --reuid="$user" --regid="$user" --clear-groups --reset-env -- \
    env PATH="${PATH:-/usr/local/bin:/usr/bin:/bin}" ${VERDICT_SANDBOX:+VERDICT_SANDBOX="$VERDICT_SANDBOX"} \
    ${GTEST_COLOR:+GTEST_COLOR="$GTEST_COLOR"} "$@"
