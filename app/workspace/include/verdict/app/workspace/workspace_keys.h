#pragma once
// The keys of what the workspace keeps: a buffer is (server, problem, language), own tests are
// (server, problem). "Server" is an identity string from the main window ("local", or the
// remote URL and user name), so contest and practice buffers never mix.
#include <QHash>
#include <QString>

namespace verdict::app {

struct ProblemKey {
    QString server;
    QString problem;

    // A file name stem derived from the key only (SHA-256, hex): never a path from user data.
    QString fileId() const;
    friend bool operator==(const ProblemKey&, const ProblemKey&) = default;
};

struct BufferKey {
    QString server;
    QString problem;
    QString language;

    ProblemKey problemKey() const { return {server, problem}; }
    QString fileId() const;
    friend bool operator==(const BufferKey&, const BufferKey&) = default;
};

inline size_t qHash(const ProblemKey& key, size_t seed = 0) {
    return qHashMulti(seed, key.server, key.problem);
}

inline size_t qHash(const BufferKey& key, size_t seed = 0) {
    return qHashMulti(seed, key.server, key.problem, key.language);
}

}  // namespace verdict::app
