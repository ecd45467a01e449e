#pragma once
// SHA-256 for content-addressed caches, through OpenSSL (one of the project's chosen
// dependencies): a hash is not code to write ourselves.
#include <memory>
#include <string>
#include <string_view>

struct evp_md_ctx_st;

namespace verdict::judge {

class Sha256 {
  public:
    Sha256();
    void update(std::string_view data);
    std::string hexDigest();  // finishes the hash; call once

  private:
    std::unique_ptr<evp_md_ctx_st, void (*)(evp_md_ctx_st*)> m_context;
};

}  // namespace verdict::judge
