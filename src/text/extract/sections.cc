#include "text/extract/sections.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "text/extract/common.h"
#include "text/normalize.h"

namespace leakwatch::text {

namespace {

struct HeadingRule {
  SectionKind kind;
  const char* pattern;
};

// Checked in order; the first match names the heading.
constexpr HeadingRule kHeadings[] = {
    {SectionKind::kYouCanDo,
     "(?i)what you can do|what can (?:i|you) do|steps you can take|what should (?:i|you) do|"
     // An Australian statement's "Recommendations about the steps individuals should take".
     "steps (?:individuals|you|they) should take|"
     "お客様へのお願い|お客さまへのお願い|皆様へのお願い|ご注意ください"},
    {SectionKind::kPrevention,
     "(?i)再発防止|防止策|今後の対策|今後の取り?組み?|再発の防止|preventi|prevent|"
     // "What are we changing?", "What we have changed".
     "^what (?:are we|we are|we're|will we|we will|have we|we have) (?:be )?chang"},
    {SectionKind::kCause, "(?i)原因|^cause|why did"},
    // "業務への影響", "業績への影響": what the incident did to the business, not the data.
    // ("二次被害の状況": a further harm to some of those affected, not who they are.)
    {SectionKind::kOther, "(?:業務|サービス|業績|運営|診療|窓口|営業)(?:へ|に)の影響|二次被害"},
    // "対象のお客さまへの対応": what is done for the people affected, not their data.
    {SectionKind::kResponse, "(?:への|に対する)(?:対応|ご連絡|連絡|措置)(?:について)?$"},
    {SectionKind::kData,
     "(?i)^対象(?:者)?$|記載内容|流出した|漏え?いした|漏洩した|個人情報の内容|対象となる|対象の|"
     "対象者|影響|"
     "情報の項目|"
     "含まれる情報|"
     "流出(?:した)?(?:個人)?情報|漏え?い状況|漏洩状況|流出状況|漏え?いの可能性|漏洩の可能性|"
     "情報の内容|対象(?:となる)?情報|"
     "個人情報の(?:項目|種類)|漏え?い(?:した)?(?:個人)?情報|紛失(?:した)?(?:個人)?情報|"
     "what information|information (?:was |were )?involved|types of information|"
     // "誤送信した個人情報", "閲覧された情報", "紛失した書類に記載された情報": a heading
     // naming information by what happened to it ("…保存されていた主な情報", "第三者に渡った
     // 個人情報" too).
     "(?:した|された|あった|いた|れる|れた|った)(?:主な)?(?:個人)?情報(?:の(?:内容|項目))?$|"
     // "誤送信した書類", "紛失した資料", "紛失した受付票": what the document held is listed
     // under it.
     // ("誤って添付したファイル", "紛失したデータ" likewise.)
     "(?:した|された|あった|いた)[^ 、。]{0,8}?(?:書類|文書|資料|票|書|名簿|台帳|ファイル|データ)"
     "(?:等|など)?"
     "(?:の内容)?$|"
     // "紛失したもの", "誤って送付したもの": the things lost, listed under it.
     "(?:した|された)もの$|"
     // "閲覧された可能性のある情報", "流出した可能性がある個人情報".
     "(?:可能性|おそれ|恐れ)(?:の|が)ある(?:個人)?情報(?:の(?:内容|項目))?$|"
     // (Not a form's "Relationship to entity whose information was compromised:".)
     "what (?:data|personal information)|^(?:[a-z'-]+ ){0,3}(?:data|information) (?:was |were "
     ")?(?:involved|affected|exposed|compromised)$|"
     // "What was in the spreadsheet", "What was on the laptop": what the thing held.
     "^what was (?:in|on|stored on|saved on|included in) (?:the|our|this|that) [a-z ]{2,30}$"},
    {SectionKind::kResponse,
     // ("What NRH Is Doing", "What Acme Health Has Done": the notifier by its name.)
     "(?i)対応|措置|what we are doing|what we have done|what we did|"
     // Asked: "What have we done?", "What are we doing about it?".
     "^what (?:have we done|did we do|are we doing)|^what (?:[a-z0-9&.'’-]+ ){1,3}"
     "(?:is|are|has been|have been) doing|^what (?:[a-z0-9&.'’-]+ ){1,3}(?:did|has done|have "
     "done)$|our response|steps we (?:are "
     "taking|have taken)|(?:steps|actions|measures) taken|^response$|in response$"},
    {SectionKind::kTimeline,
     "(?i)経過|概要|経緯|事案|発生状況|現在の状況|事故の内容|内容|what happened|background|"
     "incident details|"
     "^summary|what occurred|details of the incident|^incident$|^about (?:the|this|our|your) "},
    {SectionKind::kContact,
     // (Not "Contact persons at customers: approx. 9,800 persons", people of a data list.)
     "(?i)問い?合わ?せ|お問い?合わ?せ|連絡先|窓口|for more information|^contact(?:$|[^ ]| [^p]| "
     "p[^e])|^questions|more information"},
    {SectionKind::kSources, "(?i)情報ソース|^出典|^ソース|掲載元|^sources?$|^source:"},
    // A press release's closing company profile ("About Acme Bank"; not a site menu's "About
    // Us", which may stand above the notice).
    {SectionKind::kOther, "^about (?:[a-tv-z]|u(?:[^s]|s[a-z]))"},
};

const RE2& NumberingRe() {
  static const RE2 re(
      "^(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}|[①-⑳]|第[0-9]{1,2}|[A-Za-z])(?:[.、．)]| )|"
      "\\([0-9]{1,2}\\)|[■□●○◆◇▼▽・※]|【|\\[)? *");
  return re;
}

// The three bytes of a UTF-8 character as one number.
constexpr std::uint32_t Code3(std::string_view ch) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(ch[0])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(ch[1])) << 8 |
         static_cast<unsigned char>(ch[2]);
}

// The rules as one set. Thread-safe.
const RE2::Set& HeadingRules() {
  static const RE2::Set* rules =
      NewRuleSet(kHeadings, [](const HeadingRule& h) { return h.pattern; });
  return *rules;
}

}  // namespace

bool IsNavigationRow(std::string_view line) {
  const std::string_view t = TrimSpace(line);
  // Three pieces need two gaps.
  if (t.size() > 200 ||
      std::count(t.begin(), t.end(), ' ') + std::count(t.begin(), t.end(), '|') < 2)
    return false;
  static const RE2 nav_word(
      "(?i)ログイン|ログアウト|会員登録|新規登録|マイページ|サイトマップ|文字サイズ|トップ(?:"
      "ページ)?|"
      "ホーム|english|home|log ?in|sign (?:in|up)|register|sitemap|subscribe");
  size_t pieces = 0;
  bool nav = false;
  size_t from = 0;
  while (from <= t.size()) {
    size_t to = t.find_first_of(" |", from);
    if (to == std::string_view::npos) to = t.size();
    const std::string_view piece = t.substr(from, to - from);
    if (!piece.empty()) {
      // A piece of a row is a word or two, never a sentence or a number.
      if (!AtMostChars(piece, 10) || HasAsciiDigit(piece)) return false;
      ++pieces;
      nav = nav || RE2::FullMatch(piece, nav_word);
    }
    from = to + 1;
  }
  return pieces >= 3 && nav;
}

bool MayNameHeading(std::string_view lower) {
  // Every alternative of kHeadings holds one of these words (sorted) or
  // characters (UTF-8, three bytes each; a case-blind rule's s or k may be
  // written ſ or K, U+212A).
  static constexpr std::string_view kWords[] = {
      "about",       "background", "cause",     "contact",  "data",   "incident",
      "information", "prevent",    "questions", "response", "source", "steps",
      "summary",     "taken",      "what",      "why did"};
  static constexpr std::string_view kChars[] = {
      "ソ", "も", "事", "今", "内", "出", "原", "問", "対", "影", "情",
      "掲", "措", "概", "注", "流", "漏", "経", "被", "連", "防", "窓",
      "願", "発", "書", "資", "票", "簿", "帳", "現", "フ", "デ", "\u212A"};
  // kFrom[l]: the first word whose first letter is 'a' + l or later.
  static constexpr auto kFrom = [] {
    std::array<std::uint8_t, 27> from{};
    std::size_t w = 0;
    for (std::size_t l = 0; l < from.size(); ++l) {
      while (w < std::size(kWords) && static_cast<std::size_t>(kWords[w][0] - 'a') < l) ++w;
      from[l] = static_cast<std::uint8_t>(w);
    }
    return from;
  }();
  static constexpr auto kCodes = [] {
    std::array<std::uint32_t, std::size(kChars)> codes{};
    for (std::size_t i = 0; i < codes.size(); ++i) codes[i] = Code3(kChars[i]);
    std::sort(codes.begin(), codes.end());
    return codes;
  }();
  const std::size_t n = lower.size();
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(lower[i]);
    if (c >= 'a' && c <= 'z') {
      const std::size_t l = c - 'a';
      for (std::size_t w = kFrom[l]; w < kFrom[l + 1]; ++w)
        if (i + 1 < n && lower[i + 1] == kWords[w][1] && lower.substr(i).starts_with(kWords[w]))
          return true;
    } else if (c == 0xC5) {
      if (i + 1 < n && static_cast<unsigned char>(lower[i + 1]) == 0xBF) return true;  // ſ
    } else if (c >= 0xE0 && c < 0xF0 && i + 2 < n) {
      if (std::binary_search(kCodes.begin(), kCodes.end(), Code3(lower.substr(i, 3)))) return true;
    }
  }
  return false;
}

std::optional<SectionKind> HeadingRuleKind(std::string_view lower) {
  std::vector<int> hits;
  if (!HeadingRules().Match(lower, &hits) || hits.empty()) return std::nullopt;
  return kHeadings[*std::min_element(hits.begin(), hits.end())].kind;
}

std::optional<SectionKind> HeadingKind(std::string_view line) {
  constexpr std::size_t kHeadBytes = 90;
  std::string_view t = TrimSpace(line);
  if (t.empty() || t.size() > 120) return std::nullopt;
  re2::StringPiece sp(t.data(), t.size());
  // t starts with no space, so without a numbering Consume would take nothing.
  if (MayStartNumbering(t)) RE2::Consume(&sp, NumberingRe());
  std::string_view rest(sp.data(), sp.size());
  // A heading may carry its content after a colon ("問い合わせ先:西成区役所…").
  size_t colon = rest.find(':');
  std::string_view head = colon == std::string_view::npos ? rest : rest.substr(0, colon);
  head = TrimSpace(head);
  while (!head.empty() && (head.back() == ']' || head.ends_with("】")))
    head.remove_suffix(head.back() == ']' ? 1 : 3);
  // (Up to 30 Japanese characters: "誤送付された負担割合証に記載されていた情報" is 21.) A line
  // of more than 20 heads only a list of data, and only when it ends as such a heading does
  // ("…に記載されていた情報"); other long lines are sentences or titles more often than
  // headings.
  if (head.empty() || head.size() > kHeadBytes) return std::nullopt;
  const bool long_head = head.size() > 60;
  if (long_head && !head.ends_with("情報") && !head.ends_with("項目") && !head.ends_with("内容"))
    return std::nullopt;
  if (head.find("。") != std::string_view::npos) return std::nullopt;
  if (colon == std::string_view::npos && (t.ends_with(".") || t.ends_with("、")))
    return std::nullopt;
  // "・受診歴、治療内容の区分": a bullet listing items, not a heading (内容 alone heads a
  // timeline).
  if (t.starts_with("・") && head.find("、") != std::string_view::npos) return std::nullopt;
  // "項目 | 内容", "│ ご家族(緊急連絡先) │ 3名 │": a table's row, not a heading.
  if (head.find(" | ") != std::string_view::npos || t.starts_with("|") ||
      head.find("│") != std::string_view::npos || head.find("┃") != std::string_view::npos)
    return std::nullopt;
  // AsciiLower(head), on the stack (head holds kHeadBytes at most).
  std::array<char, kHeadBytes> buf;
  for (std::size_t i = 0; i < head.size(); ++i)
    buf[i] = head[i] >= 'A' && head[i] <= 'Z' ? static_cast<char>(head[i] - 'A' + 'a') : head[i];
  const std::string_view lower(buf.data(), head.size());
  // Most lines hold no heading word: a byte pass says so without the set.
  if (!MayNameHeading(lower)) return std::nullopt;
  if (colon == std::string_view::npos && IsNavigationRow(t)) return std::nullopt;
  const std::optional<SectionKind> kind = HeadingRuleKind(lower);
  if (long_head && kind != SectionKind::kData) return std::nullopt;
  // "ひよこ組 7世帯分の緊急連絡先カード": a line that counts what was lost, not a contact
  // heading.
  if (kind == SectionKind::kContact) {
    static const RE2 count("[0-9](?:世帯|名|人|件|通|枚)");
    if (RE2::PartialMatch(head, count)) return std::nullopt;
  }
  return kind;
}

std::vector<Section> FindSections(std::string_view text) {
  std::vector<Section> out;
  size_t pos = 0;
  // The last line that held more than spaces (trimmed), and where that line starts.
  std::string_view last_line;
  size_t last_start = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    // No heading: "・項目:保護者のお名前、…、\n  アレルギーの有無とその内容", a line that goes on
    // from one broken after 、 (内容 alone heads a timeline); "(5)通学方法\n(6)保護者の緊急連絡先
    // 電話番号" under a data heading, the list's next entry (連絡先 heads a contact section).
    // (Not the line after the heading itself: "(1)漏えいした情報\n(2)原因" are two headings.)
    const std::string_view trimmed = TrimSpace(line);
    bool goes_on = last_line.ends_with("、");
    if (!goes_on && !out.empty() && out.back().kind == SectionKind::kData &&
        last_start >= out.back().start) {
      const int n = LeadingParenNumber(trimmed);
      goes_on = n >= 2 && LeadingParenNumber(last_line) == n - 1;
    }
    std::optional<SectionKind> k;
    if (!goes_on) k = HeadingKind(line);
    if (!trimmed.empty()) {
      last_line = trimmed;
      last_start = pos;
    }
    // "2.漏えいした情報\n 対象:…\n 内容:\n 患者ID、氏名、…": a label under a data heading
    // ("内容", which alone heads a timeline) goes on with the data.
    if (k == SectionKind::kTimeline && !out.empty() && out.back().kind == SectionKind::kData) {
      std::string_view bare = trimmed;
      if (const size_t colon = bare.find(':'); colon != std::string_view::npos)
        bare = TrimSpace(bare.substr(0, colon));
      // ("項目 内容", "区分 内容": a table's header row, its cells split by spaces.)
      bool labels = !bare.empty();
      for (size_t w = 0; labels && w < bare.size();) {
        const size_t end = std::min(bare.find(' ', w), bare.size());
        const std::string_view word = bare.substr(w, end - w);
        labels = word == "内容" || word == "項目" || word == "区分" || word == "詳細" ||
                 word == "件数" || word == "対象";
        w = end + 1;
      }
      if (labels) k.reset();
    }
    // "What Happened? On May 4, …", "What We Are Doing. The Firm …": a letter's
    // standard heading run into its paragraph; the heading ends at its ? or .
    size_t inline_end = 0;
    if (!k && line.size() > 60 && (line[0] == 'W' || line[0] == 'F' || line[0] == 'O')) {
      static const RE2 run_in(
          "^((?:What Happened|What Information Was Involved|What We Are Doing|What You Can Do|"
          "For More Information|Other Important Information)[?.:]) ");
      re2::StringPiece h;
      if (RE2::PartialMatch(line, run_in, &h)) {
        k = HeadingKind(std::string_view(h.data(), h.size() - 1));
        if (k) inline_end = h.size();
      }
    }
    if (inline_end > 0) {
      if (!out.empty()) out.back().end = pos;
      Section s;
      s.kind = *k;
      s.heading_start = pos;
      s.heading_end = pos + inline_end;
      s.start = pos + inline_end + 1;
      s.end = text.size();
      out.push_back(std::move(s));
    } else if (k) {
      if (!out.empty()) out.back().end = pos;
      Section s;
      s.kind = *k;
      s.heading_start = pos;
      s.heading_end = nl;
      s.start = nl < text.size() ? nl + 1 : nl;
      s.end = text.size();
      size_t colon = line.find(':');
      if (colon != std::string_view::npos)
        s.inline_text = std::string(TrimSpace(line.substr(colon + 1)));
      out.push_back(std::move(s));
    }
    pos = nl + 1;
  }
  // A one-line labelled field ("問い合わせ先:…") does not swallow the text after it.
  for (Section& s : out)
    if (!s.inline_text.empty() && s.kind == SectionKind::kContact) s.end = s.start;
  return out;
}

const Section* SectionOf(const std::vector<Section>& sections, SectionKind kind) {
  for (const Section& s : sections)
    if (s.kind == kind) return &s;
  return nullptr;
}

bool MayStartListMarker(char c) {
  return c == '(' || c == '-' || (c >= '0' && c <= '9') || c == '\xE2' || c == '\xE3';
}

bool MayStartNumbering(std::string_view line) {
  if (line.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(line[0]);
  if (c < 0x80) {
    // A number of one or two digits, or a letter, is numbering only before
    // one of . 、 ． ) or a space.
    auto separator_at = [&](size_t i) {
      if (i >= line.size()) return false;
      const char d = line[i];
      return d == '.' || d == ')' || d == ' ' || line.substr(i).starts_with("、") ||
             line.substr(i).starts_with("．");
    };
    if (c >= '0' && c <= '9')
      return separator_at(1) ||
             (line.size() > 1 && line[1] >= '0' && line[1] <= '9' && separator_at(2));
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return separator_at(1);
    return c == '(' || c == '[';
  }
  size_t pos = 0;
  const char32_t cp = DecodeUtf8(line, &pos);
  if (cp >= U'①' && cp <= U'⑳') return true;
  for (char32_t x : {U'一', U'二', U'三', U'四', U'五', U'六', U'七', U'八', U'九', U'十', U'第',
                     U'■',  U'□',  U'●',  U'○',  U'◆',  U'◇',  U'▼',  U'▽',  U'・', U'※',  U'【'})
    if (cp == x) return true;
  return false;
}

std::vector<std::string> Sentences(std::string_view text, size_t start, size_t end) {
  static const RE2 marker("^(?:\\([0-9]{1,2}\\)|[0-9]{1,2}[.)]|[①-⑳]|[・●■※-]) *");
  std::vector<std::string> out;
  size_t pos = start;
  end = std::min(end, text.size());
  while (pos < end) {
    auto [s, e] = SentenceAround(text, pos);
    s = std::max(s, start);
    e = std::min(std::max(e, pos + 1), end);
    std::string_view view = TrimSpace(text.substr(s, e - s));
    while (!view.empty() && view.back() == '\n') view.remove_suffix(1);
    std::string piece;
    // Every marker starts with ( - a digit, or E2 (①-⑳ ● ■ ※) or E3 (・).
    if (!view.empty() && MayStartListMarker(view[0])) {
      piece = std::string(view);
      RE2::Replace(&piece, marker, "");
      piece = std::string(TrimSpace(piece));
    } else {
      piece = std::string(TrimSpace(view));
    }
    if (!piece.empty()) out.push_back(std::move(piece));
    pos = e;
    while (pos < end && (text[pos] == '\n' || text[pos] == ' ')) ++pos;
  }
  return out;
}

std::vector<std::string> PreventionMeasures(const std::vector<std::string>& sentences) {
  static const RE2 past("(?:ました|ものです|ものである|でした|ません)。?$");
  static const RE2 lead(
      "^(?:今回の(?:事態|事案|事故|件)を(?:厳粛|重く|真摯)に受け止め、?|さらに、?|また、?|今後は?"
      "、?|"
      "このため、?|つきましては、?|加えて、?|併せて、?|あわせて、?)+");
  static const RE2 recipient("、(?:全|各)?(?:職員|社員|従業員|教職員)に(?:対し(?:て)?)?、?");
  // A closing clause that only promises effort, not a measure.
  static const RE2 filler_tail(
      "、?[^、]*(?:全力で取り組んでまいります|努めてまいります|取り組んでまいります|"
      "再発防止に努めます)$");
  static const RE2 filler(
      "^(?:再発防止に(?:向け|努め).*|.*全力で取り組んでまいります.*|.*努めてまいります.*)$");
  static const std::pair<const char*, const char*> kEnd[] = {{"ようにいたします", "ようにする"},
                                                             {"いたします", "する"},
                                                             {"してまいります", "する"},
                                                             {"図ります", "図る"},
                                                             {"行います", "行う"},
                                                             {"努めます", "努める"},
                                                             {"徹底します", "徹底する"},
                                                             {"します", "する"},
                                                             {"ります", "る"},
                                                             {"います", "う"},
                                                             {"ます", "る"},
                                                             {"喚起し", "喚起する"},
                                                             {"徹底し", "徹底する"},
                                                             {"強化し", "強化する"},
                                                             {"実施し", "実施する"},
                                                             {"行い", "行う"},
                                                             {"図り", "図る"},
                                                             {"努め", "努める"}};
  // Pre-checks that let through every string the regex they guard matches:
  // `past` ends in た す る ん (then perhaps 。); every `lead` alternative
  // starts with 今 さ ま こ つ 加 併 あ; `filler_tail` ends in one of its four
  // phrases (all end in す); every `recipient` match holds 員に; `filler`
  // starts with 再発防止に or holds one of its two phrases.
  auto may_be_past = [](std::string_view s) {
    if (s.ends_with("。")) s.remove_suffix(3);
    return s.ends_with("た") || s.ends_with("す") || s.ends_with("る") || s.ends_with("ん");
  };
  auto may_lead = [](std::string_view s) {
    for (std::string_view w : {"今", "さ", "ま", "こ", "つ", "加", "併", "あ"})
      if (s.starts_with(w)) return true;
    return false;
  };
  auto may_be_filler = [](std::string_view s) {
    return s.starts_with("再発防止に") ||
           s.find("全力で取り組んでまいります") != std::string_view::npos ||
           s.find("努めてまいります") != std::string_view::npos;
  };
  std::vector<std::string> out;
  for (std::string s : sentences) {
    if (may_be_past(s) && RE2::PartialMatch(s, past)) continue;
    if (s.ends_with("。")) s.resize(s.size() - 3);
    if (may_lead(s)) RE2::Replace(&s, lead, "");
    if (s.ends_with("す")) RE2::Replace(&s, filler_tail, "");
    // Purpose clauses ("…を行うよう、…を図ります") hold one measure each.
    std::vector<std::string> parts;
    size_t from = 0, at;
    while ((at = s.find("よう、", from)) != std::string::npos) {
      parts.push_back(s.substr(from, at - from));
      from = at + std::string_view("よう、").size();
    }
    parts.push_back(s.substr(from));
    for (std::string p : parts) {
      if (may_lead(p)) RE2::Replace(&p, lead, "");
      if (p.find("員に") != std::string::npos) RE2::GlobalReplace(&p, recipient, "");
      for (size_t at = p.find("、"); at != std::string::npos; at = p.find("、", at))
        p.erase(at, std::string_view("、").size());
      if (p.size() < 12 || (may_be_filler(p) && RE2::FullMatch(p, filler))) continue;
      for (const auto& [from_s, to_s] : kEnd) {
        std::string_view f(from_s);
        if (std::string_view(p).ends_with(f)) {
          p = p.substr(0, p.size() - f.size()) + to_s;
          break;
        }
      }
      out.push_back(p);
    }
  }
  return out;
}

}  // namespace leakwatch::text
