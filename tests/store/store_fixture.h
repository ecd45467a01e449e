#pragma once
// A fresh SQLite store in its own temporary data directory, with one user and one problem, for
// each test; the directory is removed afterwards.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <string>

#include "verdict/store/sqlite_store.h"

namespace verdict::store::testing {

class StoreTest : public ::testing::Test {
  protected:
    void SetUp() override {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "verdict-store-XXXXXX").string();
        ASSERT_NE(mkdtemp(pattern.data()), nullptr);
        m_dir = pattern;
        reopen();
        m_userId = m_store->createUser("alice", "hash", false, 1000).value();
        Problem problem;
        problem.shortName = "hello";
        problem.name = "Hello";
        m_problemId = m_store->addProblem(problem).value();
    }
    void TearDown() override {
        m_store.reset();
        std::filesystem::remove_all(m_dir);
    }
    // Closes the store and opens the same directory again.
    void reopen() {
        m_store.reset();
        auto opened = SqliteStore::open(m_dir);
        ASSERT_TRUE(opened) << opened.failure().describe();
        m_store = std::move(opened.value());
    }
    Id submit(const std::string& source = "int main() {}") {
        return m_store->createSubmission({m_userId, m_problemId, "cpp", source}, 2000,
                                         R"({"status":"queued"})");
    }

    std::filesystem::path m_dir;
    std::unique_ptr<SqliteStore> m_store;
    Id m_userId = 0;
    Id m_problemId = 0;
};

}  // namespace verdict::store::testing
