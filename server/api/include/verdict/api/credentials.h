#pragma once
// Passwords (argon2id through libsodium's crypto_pwhash_str) and bearer tokens (32 random
// bytes, hex; the store keeps only their SHA-256).
#include <string>

namespace verdict::api {

std::string hashPassword(const std::string& password);
bool verifyPassword(const std::string& encodedHash, const std::string& password);
std::string newToken();
std::string tokenHash(const std::string& token);
// A fresh password for the first admin when none is given: 20 characters from [A-Za-z0-9].
std::string generatedPassword();

}  // namespace verdict::api
