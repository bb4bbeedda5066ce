#include "lookup/input.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>

#include "lookup/identifier.h"
#include "util/progress.h"

namespace leakwatch::lookup {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxLine = 4096;

// Calls fn(line, line_number) for each line of `path` without its line end;
// strips a UTF-8 BOM at the start. Lines longer than kMaxLine are passed
// truncated with too_long set. fn returns a non-OK Status to stop.
Status ForEachLine(const std::string& path, util::Progress* progress, std::vector<char>& buf,
                   const std::function<Status(std::string_view, std::uint64_t, bool)>& fn) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> closer(f, &std::fclose);
  if (buf.empty()) buf.resize(1 << 20);  // reused across files: 1M prefix files, one buffer
  std::string line;
  bool too_long = false, first = true;
  std::uint64_t number = 0;
  auto emit = [&]() -> Status {
    ++number;
    std::string_view v = line;
    if (first) {
      if (v.substr(0, 3) == "\xEF\xBB\xBF") v.remove_prefix(3);
      first = false;
    }
    if (!v.empty() && v.back() == '\r') v.remove_suffix(1);
    Status s = fn(v, number, too_long);
    line.clear();
    too_long = false;
    return s;
  };
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), f)) > 0) {
    if (progress) progress->Add(n);
    std::size_t start = 0;
    while (start < n) {
      const char* nl = static_cast<const char*>(std::memchr(buf.data() + start, '\n', n - start));
      std::size_t end = nl ? static_cast<std::size_t>(nl - buf.data()) : n;
      std::size_t take = std::min(end - start, kMaxLine + 1 - std::min(line.size(), kMaxLine + 1));
      line.append(buf.data() + start, take);
      if (end - start > take) too_long = true;
      if (line.size() > kMaxLine) too_long = true;
      if (!nl) break;
      LW_RETURN_IF_ERROR(emit());
      start = end + 1;
    }
  }
  if (std::ferror(f)) return Status::IoError(path + ": read error");
  if (!line.empty() || too_long) LW_RETURN_IF_ERROR(emit());
  return Status::Ok();
}

bool IsHex(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

// Parses "HEX:COUNT" where HEX has `hex_len` characters. Empty string on success, else the reason.
std::string ParseHashCount(std::string_view line, std::size_t hex_len, std::string_view hex_prefix,
                           unsigned char* hash, std::uint64_t* count) {
  auto colon = line.find(':');
  if (colon == std::string_view::npos) return "expected HASH:COUNT";
  std::string_view hex = line.substr(0, colon), num = line.substr(colon + 1);
  if (hex.size() != hex_len)
    return "hash part has " + std::to_string(hex.size()) + " characters, expected " +
           std::to_string(hex_len);
  if (!IsHex(hex)) return "hash part is not hexadecimal";
  while (!num.empty() && (num.back() == ' ' || num.back() == '\t')) num.remove_suffix(1);
  if (num.empty()) return "missing count";
  auto [p, ec] = std::from_chars(num.data(), num.data() + num.size(), *count);
  if (ec != std::errc() || p != num.data() + num.size()) return "count is not a decimal number";
  if (*count == 0) return "count must be at least 1";
  std::string full = std::string(hex_prefix) + std::string(hex);
  if (full.size() % 2) full += '0';  // never: prefix 5 + suffix odd gives even
  ParseHex(full, hash);
  return "";
}

class Reader {
 public:
  Reader(const InputOptions& o, TableBuilder* b, InputReport* r) : o_(o), b_(b), r_(r) {}

  // Handles one parsed outcome; `reason` empty means accepted.
  Status Bad(const std::string& file, std::uint64_t line, const std::string& reason) {
    ++r_->bad;
    std::string msg = file + ":" + std::to_string(line) + ": " + reason;
    if (o_.strict) return Status::InvalidArgument(msg);
    if (r_->bad_samples.size() < o_.max_reported) r_->bad_samples.push_back(msg);
    return Status::Ok();
  }

  Status File(const std::string& path, std::string_view prefix, util::Progress* progress) {
    ++r_->files;
    const std::size_t full_hex = o_.kind == HashKind::kNtlm ? 32 : 40;
    return ForEachLine(path, progress, buf_,
                       [&](std::string_view line, std::uint64_t no, bool too_long) -> Status {
                         if (line.empty()) return Status::Ok();
                         ++r_->lines;
                         if (too_long) return Bad(path, no, "line longer than 4096 bytes");
                         if (o_.kind == HashKind::kIdentifier) return Identifier(path, line, no);
                         unsigned char hash[20];
                         std::uint64_t count = 0;
                         std::string why =
                             ParseHashCount(line, full_hex - prefix.size(), prefix, hash, &count);
                         if (!why.empty()) return Bad(path, no, why);
                         ++r_->hashes;
                         return b_->AddCount(hash, count);
                       });
  }

 private:
  Status Identifier(const std::string& path, std::string_view line, std::uint64_t no) {
    auto comma = line.rfind(',');
    if (comma == std::string_view::npos) return Bad(path, no, "expected IDENTIFIER,INCIDENT_ID");
    auto unquote = [](std::string_view s) {
      while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
      while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
      if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
      return s;
    };
    std::string_view id = unquote(line.substr(0, comma)),
                     incident = unquote(line.substr(comma + 1));
    if (no == 1 && (id == "email" || id == "e-mail" || id == "phone" || id == "identifier")) {
      --r_->lines;  // a CSV header line
      return Status::Ok();
    }
    if (incident.empty()) return Bad(path, no, "missing incident id");
    if (incident.size() > 200) return Bad(path, no, "incident id longer than 200 bytes");
    for (unsigned char c : incident)
      if (c < 0x20 || c == 0x7F) return Bad(path, no, "incident id contains a control character");
    auto norm = NormalizeIdentifier(id, o_.default_country);
    // The message never quotes the identifier: it is personal data.
    if (!norm.ok()) return Bad(path, no, norm.status().message());
    auto hash = Sha1(*norm);
    ++r_->hashes;
    return b_->AddIdentifier(hash.data(), incident);
  }

  const InputOptions& o_;
  TableBuilder* b_;
  InputReport* r_;
  std::vector<char> buf_;
};

bool IsPrefixFileName(const std::string& name, std::string* prefix) {
  if (name.size() != 9) return false;
  std::string ext = name.substr(5);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext != ".txt" || !IsHex(std::string_view(name).substr(0, 5))) return false;
  *prefix = name.substr(0, 5);
  return true;
}

}  // namespace

Status ReadInput(const std::string& path, const InputOptions& options, TableBuilder* builder,
                 InputReport* report) {
  *report = InputReport{};
  Reader reader(options, builder, report);
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    if (options.kind == HashKind::kIdentifier)
      return Status::InvalidArgument(path + ": identifiers come from one file, not a folder");
    std::vector<std::pair<std::string, std::string>> files;  // (upper prefix, path)
    std::uint64_t bytes = 0;
    for (const auto& e : fs::directory_iterator(path, ec)) {
      std::string prefix;
      if (e.is_regular_file(ec) && IsPrefixFileName(e.path().filename().string(), &prefix)) {
        for (char& c : prefix) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        files.emplace_back(prefix, e.path().string());
        bytes += e.file_size(ec);
      } else {
        ++report->ignored_files;
      }
    }
    if (ec) return Status::IoError(path + ": cannot list: " + ec.message());
    if (files.empty())
      return Status::InvalidArgument(
          path + ": no per-prefix files (00000.txt ... FFFFF.txt) in this folder");
    std::sort(files.begin(), files.end());
    util::Progress progress("reading " + path, bytes, "bytes", options.quiet);
    for (const auto& [prefix, file] : files)
      LW_RETURN_IF_ERROR(reader.File(file, prefix, &progress));
  } else {
    std::uint64_t bytes = fs::file_size(path, ec);
    if (ec) return Status::IoError(path + ": cannot open: " + ec.message());
    util::Progress progress("reading " + path, bytes, "bytes", options.quiet);
    LW_RETURN_IF_ERROR(reader.File(path, "", &progress));
  }
  if (report->hashes == 0)
    return Status::InvalidArgument(path + ": no valid lines in the input (" +
                                   std::to_string(report->bad) + " bad); nothing written");
  return Status::Ok();
}

}  // namespace leakwatch::lookup
