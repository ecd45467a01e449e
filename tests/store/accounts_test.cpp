// Users, tokens and problems: unique names, token expiry and revocation.
#include "store_fixture.h"

namespace verdict::store::testing {
namespace {

using AccountsTest = StoreTest;

TEST_F(AccountsTest, UsernamesAreUnique) {
    EXPECT_FALSE(m_store->createUser("alice", "other", true, 5));
    const auto bob = m_store->createUser("bob", "h2", true, 5);
    ASSERT_TRUE(bob);
    EXPECT_EQ(m_store->userCount(), 2);
    const auto user = m_store->userByName("bob");
    ASSERT_TRUE(user);
    EXPECT_EQ(user->id, *bob);
    EXPECT_EQ(user->passwordHash, "h2");
    EXPECT_TRUE(user->admin);
    EXPECT_EQ(user->createdMs, 5);
    EXPECT_EQ(m_store->userById(*bob)->username, "bob");
    EXPECT_FALSE(m_store->userByName("carol"));
    EXPECT_FALSE(m_store->userById(999));
}

TEST_F(AccountsTest, TokensExpire) {
    m_store->addToken("t1", m_userId, 5000);
    EXPECT_EQ(m_store->userForToken("t1", 4999), m_userId);
    EXPECT_FALSE(m_store->userForToken("t1", 5000));
    EXPECT_FALSE(m_store->userForToken("unknown", 0));
}

TEST_F(AccountsTest, RevokedTokensAreRefused) {
    m_store->addToken("t1", m_userId, 5000);
    m_store->addToken("t2", m_userId, 5000);
    EXPECT_TRUE(m_store->revokeToken("t1"));
    EXPECT_FALSE(m_store->revokeToken("t1"));
    EXPECT_FALSE(m_store->revokeToken("unknown"));
    EXPECT_FALSE(m_store->userForToken("t1", 0));
    EXPECT_EQ(m_store->userForToken("t2", 0), m_userId);
}

TEST_F(AccountsTest, ProblemShortNamesAreUnique) {
    Problem problem{0, "hello", "Again", "p", "{}", 1};
    EXPECT_FALSE(m_store->addProblem(problem));
    problem.shortName = "world";
    const auto id = m_store->addProblem(problem);
    ASSERT_TRUE(id);
    EXPECT_EQ(m_store->problem(*id)->name, "Again");
    EXPECT_EQ(m_store->problemByShortName("world")->id, *id);
    EXPECT_FALSE(m_store->problemByShortName("nope"));
    ASSERT_EQ(m_store->problems().size(), 2u);
    EXPECT_EQ(m_store->problems()[0].shortName, "hello");
}

}  // namespace
}  // namespace verdict::store::testing
