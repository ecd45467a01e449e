// WebSocket client messages: subscriptions parsed, everything else a close reason (never a
// throw), each reason short enough for a close frame.
#include "client_message.h"

#include <gtest/gtest.h>

namespace verdict::tests {

namespace {

using http::parseClientMessage;

TEST(ClientMessageTest, SubscribesToASubmissionARunOrMine) {
    auto submission = parseClientMessage(R"({"type":"subscribe","submission":7,"after_seq":3})");
    ASSERT_TRUE(submission.subscribe) << submission.closeReason;
    EXPECT_EQ(submission.subscribe->kind, store::JobKind::Submission);
    EXPECT_EQ(submission.subscribe->target, 7);
    EXPECT_EQ(submission.subscribe->afterSeq, 3);
    auto run = parseClientMessage(R"({"type":"subscribe","run":2})");
    ASSERT_TRUE(run.subscribe);
    EXPECT_EQ(run.subscribe->kind, store::JobKind::Run);
    EXPECT_EQ(run.subscribe->afterSeq, 0);
    auto mine = parseClientMessage(R"({"type":"subscribe","mine":true})");
    ASSERT_TRUE(mine.subscribe);
    EXPECT_TRUE(mine.subscribe->mine);
}

TEST(ClientMessageTest, AnythingElseIsACloseReason) {
    for (const char* text :
         {"", "garbage", "[]", "42", "null", R"({})", R"({"type":1})", R"({"type":"hello"})",
          R"({"type":"subscribe"})", R"({"type":"subscribe","mine":"yes"})",
          R"({"type":"subscribe","mine":false})", R"({"type":"subscribe","submission":"7"})",
          R"({"type":"subscribe","submission":1.5})", R"({"type":"subscribe","run":[1]})",
          R"({"type":"subscribe","submission":1,"after_seq":-1})",
          R"({"type":"subscribe","submission":1,"after_seq":"3"})",
          R"({"type":"subscribe","submission":1,"after_seq":18446744073709551615})"}) {
        auto message = parseClientMessage(text);
        EXPECT_FALSE(message.subscribe) << text;
        EXPECT_FALSE(message.closeReason.empty()) << text;
        EXPECT_LE(message.closeReason.size(), http::kMaxCloseReason) << text;
    }
}

}  // namespace

}  // namespace verdict::tests
