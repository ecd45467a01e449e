#pragma once
// verdict-server from start to SIGTERM: opens the store, creates the first admin, starts the
// workers and the network layer, and on SIGTERM/SIGINT drains (no new connections, running
// judgements finish within the drain time, the rest go back to the queue).
#include "verdict/app/server_options.h"

namespace verdict::app {

int runServer(const ServerSettings& settings);  // the process's exit status

}  // namespace verdict::app
