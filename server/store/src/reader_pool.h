#pragma once
// Reading connections, one per concurrent reader: in WAL mode readers never wait for the writer
// and see only committed transactions. Connections are opened on demand and kept for reuse.
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "connection.h"

namespace verdict::store {

class ReaderPool {
  public:
    explicit ReaderPool(std::filesystem::path file) : m_file(std::move(file)) {}

    // Runs `read` on a connection no other thread is using, and returns what it returns.
    template <class Read>
    auto read(Read&& read) {
        Borrowed borrowed(*this);
        return read(*borrowed.connection);
    }

  private:
    struct Borrowed {
        explicit Borrowed(ReaderPool& owner) : pool(owner), connection(owner.take()) {}
        ~Borrowed() { pool.giveBack(std::move(connection)); }
        ReaderPool& pool;
        std::unique_ptr<Connection> connection;
    };
    std::unique_ptr<Connection> take();
    void giveBack(std::unique_ptr<Connection> connection);

    std::filesystem::path m_file;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<Connection>> m_idle;
};

}  // namespace verdict::store
