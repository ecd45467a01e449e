// store_ingest: submissions per second into the durable queue (SqliteStore::createSubmission,
// each acknowledged only after its commit is fsynced) for 1, 2, 4 and 8 concurrent producers,
// against a baseline measured in the same run: one thread inserting submission rows with raw
// SQLite, one INSERT per transaction, same file settings (WAL, synchronous=FULL).
// Usage: store_ingest [SECONDS_PER_MEASUREMENT=1] [ROUNDS=5]
#include <sqlite3.h>
#include <stdlib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "verdict/store/sqlite_store.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using verdict::store::SqliteStore;

const std::string kSource(1024, 'x');  // a typical small source file

fs::path freshDir() {
    std::string pattern = (fs::temp_directory_path() / "verdict-ingest-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr)
        std::abort();
    return pattern;
}

// Raw SQLite, one thread, one autocommit INSERT (one fsync) per submission.
double baselinePerSecond(double seconds, const char* synchronous) {
    const fs::path dir = freshDir();
    sqlite3* db = nullptr;
    sqlite3_open((dir / "raw.db").c_str(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
    sqlite3_exec(db, (std::string("PRAGMA synchronous=") + synchronous).c_str(), nullptr, nullptr,
                 nullptr);
    sqlite3_exec(db, "CREATE TABLE s (id INTEGER PRIMARY KEY, source TEXT, created_ms INTEGER)",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO s (source, created_ms) VALUES (?1, 1)", -1, &insert,
                       nullptr);
    long count = 0;
    const auto end = Clock::now() + std::chrono::duration<double>(seconds);
    const auto start = Clock::now();
    while (Clock::now() < end) {
        sqlite3_bind_text(insert, 1, kSource.data(), static_cast<int>(kSource.size()),
                          SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE)
            std::abort();
        sqlite3_reset(insert);
        ++count;
    }
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    sqlite3_finalize(insert);
    sqlite3_close(db);
    fs::remove_all(dir);
    return static_cast<double>(count) / elapsed;
}

// `producers` threads calling createSubmission as fast as each is acknowledged.
double storePerSecond(int producers, double seconds) {
    const fs::path dir = freshDir();
    auto opened = SqliteStore::open(dir);
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", opened.failure().describe().c_str());
        std::exit(1);
    }
    SqliteStore& store = *opened.value();
    const auto user = store.createUser("u", "h", false, 1).value();
    const auto problem = store.addProblem({0, "p", "P", "", "{}", 1}).value();
    std::atomic<long> count = 0;
    const auto end = Clock::now() + std::chrono::duration<double>(seconds);
    const auto start = Clock::now();
    std::vector<std::thread> threads;
    for (int i = 0; i < producers; ++i) {
        threads.emplace_back([&] {
            while (Clock::now() < end) {
                store.createSubmission({user, problem, "cpp", kSource}, 1,
                                       R"({"status":"queued"})");
                count.fetch_add(1, std::memory_order_relaxed);
            }
        });
    }
    for (auto& thread : threads)
        thread.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    opened.value().reset();
    fs::remove_all(dir);
    return static_cast<double>(count) / elapsed;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    // Interleaved rounds, so that a burst of disk traffic from elsewhere hits every
    // configuration alike; each figure is the median of its rounds.
    const double seconds = argc > 1 ? std::atof(argv[1]) : 1.0;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
    const std::vector<int> producerCounts{1, 2, 4, 8, 32};
    std::vector<double> full, normal;
    std::vector<std::vector<double>> store(producerCounts.size());
    for (int round = 0; round < rounds; ++round) {
        full.push_back(baselinePerSecond(seconds, "FULL"));
        normal.push_back(baselinePerSecond(seconds, "NORMAL"));
        for (std::size_t i = 0; i < producerCounts.size(); ++i) {
            store[i].push_back(storePerSecond(producerCounts[i], seconds));
        }
    }
    const double baseline = median(full);
    std::printf("medians of %d rounds of %.1f s\n", rounds, seconds);
    std::printf("baseline: raw INSERT, one transaction each, synchronous=FULL:   %8.0f/s\n",
                baseline);
    std::printf("          raw INSERT, one transaction each, synchronous=NORMAL: %8.0f/s\n",
                median(normal));
    std::printf("%-10s %14s %18s\n", "producers", "submissions/s", "ratio to baseline");
    for (std::size_t i = 0; i < producerCounts.size(); ++i) {
        const double rate = median(store[i]);
        std::printf("%-10d %14.0f %18.2f%s\n", producerCounts[i], rate, rate / baseline,
                    rate >= 5000 ? "" : "   (below the 5,000/s target)");
    }
    return 0;
}
