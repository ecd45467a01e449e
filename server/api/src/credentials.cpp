#include "verdict/api/credentials.h"

#include <sodium.h>

#include <stdexcept>

namespace verdict::api {

namespace {

void initialise() {
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialised");
}

std::string hex(const unsigned char* bytes, std::size_t size) {
    std::string text(size * 2 + 1, '\0');
    sodium_bin2hex(text.data(), text.size(), bytes, size);
    text.pop_back();
    return text;
}

}  // namespace

std::string hashPassword(const std::string& password) {
    initialise();
    char encoded[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(encoded, password.data(), password.size(),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        throw std::runtime_error("out of memory hashing a password");
    }
    return encoded;
}

bool verifyPassword(const std::string& encodedHash, const std::string& password) {
    initialise();
    return crypto_pwhash_str_verify(encodedHash.c_str(), password.data(), password.size()) == 0;
}

std::string newToken() {
    initialise();
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return hex(bytes, sizeof bytes);
}

std::string tokenHash(const std::string& token) {
    initialise();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(token.data()), token.size());
    return hex(digest, sizeof digest);
}

std::string generatedPassword() {
    initialise();
    const char* alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    const auto size = static_cast<std::uint32_t>(std::char_traits<char>::length(alphabet));
    std::string password;
    for (int i = 0; i < 20; ++i)
        password += alphabet[randombytes_uniform(size)];
    return password;
}

}  // namespace verdict::api
