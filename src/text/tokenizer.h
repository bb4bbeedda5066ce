// The search tokenizer: how text is cut into index terms, for Japanese and
// English alike (docs: shared/docs/STYLE.md, "SQLite FTS5 notes").
//
// The text is NFKC-normalised (full-width ＵＳＢ reads as USB, half-width ｶﾅ as
// カナ) exactly as text::NfkcWithMap does, then cut into:
//   - CJK runs (kanji, hiragana, katakana including the prolonged sound mark
//     ー, and 々): overlapping bigrams, as Groonga's TokenBigram does:
//     日本語の勉強 -> 日本 本語 語の の勉 勉強. A run of one character is one token.
//   - other letter runs and digit runs: lower-cased words, split where letters
//     meet digits (usb3 -> usb 3).
//   - everything else (spaces, punctuation, symbols) separates tokens and is dropped.
// Each token carries the byte range [start, end) in the text it was given
// (before normalisation) that it came from.
//
// Thread-safe; no allocation per token beyond the sink's own.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace leakwatch::text {

struct Token {
  std::string text;  // normalised, lower-cased UTF-8
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  bool operator==(const Token&) const = default;
};

// Called for each token in order; return false to stop tokenizing.
using TokenSink =
    std::function<bool(std::string_view token, std::uint32_t start, std::uint32_t end)>;

// Tokenizes `text`, calling `sink` for every token. Returns false if the sink
// stopped early, true otherwise. Invalid UTF-8 bytes separate tokens.
bool ForEachToken(std::string_view text, const TokenSink& sink);

// All tokens of `text`, in order.
std::vector<Token> Tokenize(std::string_view text);

// True if `cp` (a normalised code point) belongs to a CJK run.
bool IsCjk(char32_t cp);

}  // namespace leakwatch::text
