#include "verdict/store/store_error.h"

#include "verdict/store/store.h"

namespace verdict::store {

std::string StoreFailure::describe() const {
    std::string text = step;
    if (code != 0)
        text += " (sqlite " + std::to_string(code) + ")";
    if (!message.empty())
        text += ": " + message;
    return text;
}

StoreError::StoreError(StoreFailure failure)
    : std::runtime_error(failure.describe()), m_failure(std::move(failure)) {}

const char* jobKindName(JobKind kind) {
    return kind == JobKind::Submission ? "submission" : "run";
}

}  // namespace verdict::store
