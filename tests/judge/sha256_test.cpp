// The validator cache's content hash against the FIPS 180-4 known answers.
#include <gtest/gtest.h>

#include "sha256.h"

namespace verdict::judge {
namespace {

std::string hashOf(std::string_view text) {
    Sha256 hash;
    hash.update(text);
    return hash.hexDigest();
}

TEST(Sha256, KnownAnswers) {
    EXPECT_EQ(hashOf(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(hashOf("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    Sha256 split;
    split.update("ab");
    split.update("c");
    EXPECT_EQ(split.hexDigest(), hashOf("abc"));
}

}  // namespace
}  // namespace verdict::judge
