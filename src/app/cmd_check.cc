// `leakwatch check --password | --email | --phone`: asks a leakwatch server
// whether a secret appears in its hash stores, k-anonymously: the secret is
// read from standard input or a prompt without echo (never argv), hashed
// here, and only the first 5 (passwords) or 6 (identifiers) hex characters of
// the hash are sent, with Add-Padding: true. Exit 0 found, 1 not found,
// 2 bad input, 3 network or server failure.
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "app/cli.h"
#include "app/hibp_client.h"
#include "lookup/identifier.h"
#include "lookup/lookup_table.h"

namespace leakwatch::app {
namespace {

struct CheckFlags {
  bool password = false, email = false, phone = false;
  std::string server = "http://127.0.0.1:8080";
  std::string default_country = "JP";
};

// One line from stdin, or from the terminal with echo off when stdin is a terminal.
Result<std::string> ReadSecret(const std::string& what) {
  std::string line;
  if (::isatty(STDIN_FILENO)) {
    std::fprintf(stderr, "%s: ", what.c_str());
    std::fflush(stderr);
    termios old{};
    bool restore = tcgetattr(STDIN_FILENO, &old) == 0;
    if (restore) {
      termios quiet = old;
      quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
      tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::getline(std::cin, line);
    if (restore) tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fprintf(stderr, "\n");
  } else {
    std::getline(std::cin, line);
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (line.size() > 4096) return Status::InvalidArgument("input longer than 4096 bytes");
  return line;
}

int CheckPassword(const CheckFlags& f, const std::string& secret) {
  auto hash = lookup::ToHexUpper(lookup::Sha1(secret));
  auto reply =
      HttpGet(f.server, "/range/" + hash.substr(0, 5) + "?mode=sha1", {{"Add-Padding", "true"}});
  if (!reply.ok()) return Fail(reply.status());
  if (reply->status != 200)
    return Fail(Status::IoError("server answered HTTP " + std::to_string(reply->status)));
  std::string_view body = reply->body, want = std::string_view(hash).substr(5);
  while (!body.empty()) {
    auto eol = body.find('\n');
    std::string_view line = body.substr(0, eol);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    auto colon = line.find(':');
    if (colon == want.size() && line.substr(0, colon) == want && line.substr(colon + 1) != "0") {
      std::printf("FOUND: this password appears %s times in the leaked-password set.\n",
                  std::string(line.substr(colon + 1)).c_str());
      return kExitOk;
    }
    body = eol == std::string_view::npos ? std::string_view() : body.substr(eol + 1);
  }
  std::printf("not found: this password is not in the leaked-password set.\n");
  return kExitNotFound;
}

int CheckIdentifier(const CheckFlags& f, const std::string& secret) {
  auto norm =
      f.email ? lookup::NormalizeEmail(secret) : lookup::NormalizePhone(secret, f.default_country);
  if (!norm.ok()) return Fail(norm.status());
  auto hash = lookup::ToHexUpper(lookup::Sha1(*norm));
  auto reply = HttpGet(f.server, "/range/search/" + hash.substr(0, 6), {{"Add-Padding", "true"}});
  if (!reply.ok()) return Fail(reply.status());
  if (reply->status == 404) {
    std::printf("not found: this %s is in no known incident.\n",
                f.email ? "e-mail address" : "phone number");
    return kExitNotFound;
  }
  if (reply->status != 200)
    return Fail(Status::IoError("server answered HTTP " + std::to_string(reply->status)));
  auto j = nlohmann::json::parse(reply->body, nullptr, false);
  if (!j.is_array()) return Fail(Status::IoError("server sent a malformed answer"));
  for (const auto& item : j) {
    if (!item.is_object() || item.value("hashSuffix", "") != hash.substr(6)) continue;
    std::printf("FOUND in %zu incident(s):\n", item["websites"].size());
    for (const auto& w : item["websites"])
      if (w.is_string())
        std::printf("  %s  %s/incidents/%s\n", w.get<std::string>().c_str(), f.server.c_str(),
                    w.get<std::string>().c_str());
    return kExitOk;
  }
  std::printf("not found: this %s is in no known incident.\n",
              f.email ? "e-mail address" : "phone number");
  return kExitNotFound;
}

int RunCheck(const CheckFlags& f) {
  if (f.password + f.email + f.phone != 1)
    return Fail(Status::InvalidArgument("give exactly one of --password, --email, --phone"));
  if (f.default_country != "JP" && f.default_country != "US")
    return Fail(Status::InvalidArgument("--default-country must be JP or US"));
  auto secret = ReadSecret(f.password ? "Password" : f.email ? "E-mail address" : "Phone number");
  if (!secret.ok()) return Fail(secret.status());
  if (f.password && secret->empty())
    std::fprintf(stderr, "leakwatch: checking the empty password\n");
  return f.password ? CheckPassword(f, *secret) : CheckIdentifier(f, *secret);
}

}  // namespace

void AddCheckCommand(CLI::App& app, CliContext& ctx) {
  static CheckFlags flags;
  auto* cmd = app.add_subcommand(
      "check",
      "check a password, e-mail address or phone number against a leakwatch server "
      "(read from stdin or a prompt; only a hash prefix is sent)");
  cmd->add_flag("--password", flags.password, "check a password (SHA-1 range)");
  cmd->add_flag("--email", flags.email, "check an e-mail address");
  cmd->add_flag("--phone", flags.phone, "check a phone number");
  cmd->add_option("--server", flags.server, "server base URL (default http://127.0.0.1:8080)");
  cmd->add_option("--default-country", flags.default_country,
                  "country of a phone number without +: JP (default) or US");
  cmd->callback([&ctx] { ctx.exit_code = RunCheck(flags); });
}

}  // namespace leakwatch::app
