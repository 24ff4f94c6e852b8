// SHA-256 from OpenSSL's libcrypto, through its EVP interface.
#include "util/sha256.hpp"

#include <array>
#include <fmt/format.h>
#include <new>
#include <openssl/evp.h>

namespace bizmap {

std::string sha256_hex(std::string_view data) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int size = 0;
  // EVP_Digest fails only when libcrypto cannot allocate its context.
  if (EVP_Digest(data.data(), data.size(), digest.data(), &size, EVP_sha256(), nullptr) != 1) {
    throw std::bad_alloc();
  }
  std::string hex;
  hex.reserve(std::size_t{2} * size); // two hex digits a byte, counted in size_t
  for (unsigned int i = 0; i < size; ++i) {
    hex += fmt::format("{:02x}", digest[i]);
  }
  return hex;
}

} // namespace bizmap
