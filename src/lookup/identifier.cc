#include "lookup/identifier.h"

#include <openssl/evp.h>
#include <openssl/provider.h>
#include <openssl/sha.h>
#include <utf8proc.h>

#include <cstdlib>
#include <memory>
#include <optional>
#include <vector>

namespace leakwatch::lookup {

namespace {

// Applies utf8proc options to `s`; nullopt for invalid UTF-8.
std::optional<std::string> Utf8Map(std::string_view s, int options) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &out,
                                    static_cast<utf8proc_option_t>(options));
  if (n < 0) return std::nullopt;
  std::string r(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return r;
}

// Unicode-aware trim: drops leading/trailing code points of category Z* and ASCII controls/space.
std::string TrimUnicode(std::string_view s) {
  auto is_space = [](utf8proc_int32_t c) {
    if (c < 0x80) return c <= 0x20 || c == 0x7F;
    auto cat = utf8proc_category(c);
    return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
           cat == UTF8PROC_CATEGORY_ZP || c == 0xFEFF;
  };
  std::vector<std::pair<std::size_t, std::size_t>> cps;  // (start, len)
  std::size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t c;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &c);
    if (n <= 0) n = 1, c = 0xFFFD;
    cps.push_back({i, static_cast<std::size_t>(n)});
    i += static_cast<std::size_t>(n);
    (void)c;
  }
  std::size_t b = 0, e = cps.size();
  auto cp_at = [&](std::size_t k) {
    utf8proc_int32_t c;
    utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + cps[k].first),
                     static_cast<utf8proc_ssize_t>(cps[k].second), &c);
    return c;
  };
  while (b < e && is_space(cp_at(b))) ++b;
  while (e > b && is_space(cp_at(e - 1))) --e;
  if (b == e) return "";
  return std::string(s.substr(cps[b].first, cps[e - 1].first + cps[e - 1].second - cps[b].first));
}

}  // namespace

Result<std::string> NormalizeEmail(std::string_view email) {
  std::string t = TrimUnicode(email);
  // Lower-case code point by code point (as HIBP and JavaScript's toLowerCase do; no case folding).
  std::string out;
  std::size_t i = 0;
  while (i < t.size()) {
    utf8proc_int32_t c;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(t.data() + i),
                              static_cast<utf8proc_ssize_t>(t.size() - i), &c);
    if (n <= 0) return Status::InvalidArgument("e-mail address is not valid UTF-8");
    i += static_cast<std::size_t>(n);
    utf8proc_uint8_t buf[4];
    auto len = utf8proc_encode_char(utf8proc_tolower(c), buf);
    out.append(reinterpret_cast<char*>(buf), static_cast<std::size_t>(len));
  }
  if (out.size() > 254) return Status::InvalidArgument("e-mail address longer than 254 bytes");
  auto at = out.find('@');
  if (at == std::string::npos || at == 0 || at + 1 >= out.size() ||
      out.find('@', at + 1) != std::string::npos)
    return Status::InvalidArgument("not an e-mail address (needs one '@' with text on both sides)");
  for (unsigned char c : out)
    if (c <= 0x20 || c == 0x7F)
      return Status::InvalidArgument("e-mail address contains a space or control character");
  return out;
}

Result<std::string> NormalizePhone(std::string_view phone, std::string_view country) {
  auto nfkc = Utf8Map(TrimUnicode(phone), UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
  if (!nfkc) return Status::InvalidArgument("phone number is not valid UTF-8");
  std::string digits;
  bool plus = false;
  for (std::size_t i = 0; i < nfkc->size(); ++i) {
    char c = (*nfkc)[i];
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c == '+' && digits.empty() && !plus) {
      plus = true;
    } else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')') {
      continue;
    } else {
      return Status::InvalidArgument(
          "phone number has a character other than digits, '+', space, '-', '.', '(' or ')'");
    }
  }
  if (!plus && digits.rfind("00", 0) == 0) {
    plus = true;
    digits.erase(0, 2);
  }
  if (!plus) {
    if (country == "JP") {
      if (digits.size() < 10 || digits.size() > 11 || digits[0] != '0')
        return Status::InvalidArgument(
            "a Japanese national number has 10 or 11 digits starting with 0");
      digits = "81" + digits.substr(1);
    } else if (country == "US") {
      if (digits.size() == 11 && digits[0] == '1') digits.erase(0, 1);
      if (digits.size() != 10) return Status::InvalidArgument("a US national number has 10 digits");
      digits = "1" + digits;
    } else {
      return Status::InvalidArgument("default country must be JP or US");
    }
  }
  if (digits.size() < 8 || digits.size() > 15 || digits[0] == '0')
    return Status::InvalidArgument(
        "an E.164 number has 8 to 15 digits after '+', not starting with 0");
  return "+" + digits;
}

Result<std::string> NormalizeIdentifier(std::string_view s, std::string_view country) {
  if (s.find('@') != std::string_view::npos) return NormalizeEmail(s);
  return NormalizePhone(s, country);
}

std::array<unsigned char, 20> Sha1(std::string_view data) {
  std::array<unsigned char, 20> h{};
  SHA1(reinterpret_cast<const unsigned char*>(data.data()), data.size(), h.data());
  return h;
}

Result<std::array<unsigned char, 16>> Ntlm(std::string_view password) {
  std::string utf16;
  std::size_t i = 0;
  while (i < password.size()) {
    utf8proc_int32_t c;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(password.data() + i),
                              static_cast<utf8proc_ssize_t>(password.size() - i), &c);
    if (n <= 0) return Status::InvalidArgument("password is not valid UTF-8");
    i += static_cast<std::size_t>(n);
    auto put = [&utf16](std::uint32_t u) {
      utf16 += static_cast<char>(u & 0xFF);
      utf16 += static_cast<char>(u >> 8);
    };
    if (c >= 0x10000) {
      c -= 0x10000;
      put(0xD800 + (c >> 10));
      put(0xDC00 + (c & 0x3FF));
    } else {
      put(static_cast<std::uint32_t>(c));
    }
  }
  // MD4 lives in OpenSSL 3's legacy provider; load it (and the default) once.
  static const bool loaded = OSSL_PROVIDER_load(nullptr, "legacy") != nullptr &&
                             OSSL_PROVIDER_load(nullptr, "default") != nullptr;
  (void)loaded;
  std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md(EVP_MD_fetch(nullptr, "MD4", nullptr),
                                                     &EVP_MD_free);
  if (!md) return Status::Unavailable("MD4 (for NTLM) is not available in this OpenSSL");
  std::array<unsigned char, 16> h{};
  unsigned int len = 0;
  if (EVP_Digest(utf16.data(), utf16.size(), h.data(), &len, md.get(), nullptr) != 1 || len != 16)
    return Status::Internal("MD4 digest failed");
  return h;
}

}  // namespace leakwatch::lookup
