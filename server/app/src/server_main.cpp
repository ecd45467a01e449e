#include "verdict/app/server_main.h"

#include <sys/resource.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "verdict/api/credentials.h"
#include "verdict/events/log.h"
#include "verdict/launcher/sandbox_launcher.h"
#include "verdict/store/sqlite_store.h"

namespace verdict::app {

namespace {

store::Millis nowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

// The first start of an empty data dir: the admin account.
void createFirstAdmin(store::Store& store) {
    if (store.userCount() > 0)
        return;
    const char* given = std::getenv("VERDICT_ADMIN_PASSWORD");
    std::string password = given && *given ? given : api::generatedPassword();
    store.createUser("admin", api::hashPassword(password), true, nowMs());
    if (given && *given) {
        events::logLine("info", "created the admin account 'admin' with $VERDICT_ADMIN_PASSWORD");
    } else {
        std::printf(
            "verdict-server: created the admin account 'admin' with password %s\n"
            "verdict-server: it is shown only this once; keep it\n",
            password.c_str());
        std::fflush(stdout);
    }
}

sigset_t stopSignals() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    return signals;
}

// Every WebSocket client is a descriptor: take the hard limit, not the default 1024.
void raiseOpenFileLimit() {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

}  // namespace

int runServer(const ServerSettings& settings) {
    std::signal(SIGPIPE, SIG_IGN);
    raiseOpenFileLimit();
    sigset_t signals = stopSignals();
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // every thread inherits this; main waits

    auto opened = store::SqliteStore::open(settings.dataDir);
    if (!opened) {
        std::fprintf(stderr, "verdict-server: cannot open the data directory %s: %s\n",
                     settings.dataDir.c_str(), opened.failure().describe().c_str());
        return 2;
    }
    store::Store& store = *opened.value();
    auto catalogue = languages::Catalogue::load(languages::Catalogue::defaultPath());
    if (!catalogue) {
        std::fprintf(stderr, "verdict-server: %s\n", catalogue.failure().describe().c_str());
        return 2;
    }
    createFirstAdmin(store);
    events::EventHub hub;
    events::Metrics metrics;
    launcher::SandboxLauncher sandbox(launcher::SandboxLauncher::defaultHelperPath());
    worker::WorkerPool workers(store, hub, metrics, catalogue.value(), sandbox, settings.workers);
    api::Api api(store, catalogue.value(), hub, metrics, settings.api,
                 [&workers](store::JobKind kind) { workers.wake(kind); });
    http::HttpServer server(api, hub, settings.http);
    try {
        server.start();
    } catch (const std::exception& failure) {
        std::fprintf(stderr, "verdict-server: %s\n", failure.what());
        return 2;
    }
    if (settings.portFile) {
        std::ofstream(*settings.portFile) << server.port() << "\n";
    }
    workers.start();
    int signal = 0;
    sigwait(&signals, &signal);
    events::logLine("info", "stopping: draining",
                    {{"signal", signal}, {"drain_seconds", settings.drain.count()}});
    server.stopAccepting();
    workers.drain(settings.drain);
    server.stop();
    events::logLine("info", "stopped");
    return 0;
}

}  // namespace verdict::app
