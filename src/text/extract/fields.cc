#include "text/extract/fields.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <deque>
#include <map>
#include <unordered_map>

#include "text/extract/common.h"
#include "text/extract/places.h"
#include "text/extract/vocab.h"
#include "text/normalize.h"

namespace leakwatch::text {

namespace {

// The line holding `pos`, looking at most 2000 bytes each way (keeps callers linear).
std::pair<size_t, size_t> LineAround(std::string_view text, size_t pos) {
  constexpr size_t kMax = 2000;
  // The last '\n' among the kMax bytes before pos, the first among the kMax
  // from pos on (memrchr, memchr).
  const size_t lo = pos >= kMax ? pos - kMax : 0;
  const void* nl_before = memrchr(text.data() + lo, '\n', pos - lo);
  size_t s =
      nl_before ? static_cast<size_t>(static_cast<const char*>(nl_before) - text.data()) + 1 : lo;
  const size_t hi = std::min(text.size(), pos + kMax);
  const size_t nl_after = text.substr(0, hi).find('\n', pos);
  size_t e = nl_after == std::string_view::npos ? hi : nl_after;
  while (s < pos && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80) ++s;
  while (e < text.size() && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) ++e;
  return {s, e};
}

bool IsAnnounceLine(std::string_view line) {
  static const RE2 re(
      // (A bracket opens an announcement line when a date comes first, "[2011年10月21日]",
      // not when it holds a field's label, "【発生日時】令和7年3月10日".)
      "(?i)発表|公表|掲載日|更新日|作成日|公開日|登録日|報道資料|最終更新|"
      "^(?:\\[|【) *(?:[0-9]|令和|平成|昭和|r[0-9]|h[0-9])|posted|published|"
      "^date:|^sent:|^(?:日付|送信日時?) *:|^dated|updated:|press release|release date|"
      "consumer notification|consumers notified|^notice date|"
      "date of (?:this )?(?:notice|letter|notification|statement|decision|release|publication)|"
      "^by [a-z]|immediate release|"
      // "Date of issue: 1 December 2025", "Post Date: 02/20/2026", "Decision date: …", a blog's
      // byline "February 10, 2026 · LearnLoop Security Team · 4 min read".
      "date of issue|\\bissued? date|post date|decision date|date (?:posted|issued|published)|"
      "[0-9] min(?:ute)? read\\b");
  return RE2::PartialMatch(line, re);
}

// True if dates[i] starts a period of more than a year that says whose data it
// is, not when the incident happened: "平成28年4月1日から令和6年9月28日までの間に
// 当院を受診された患者様", "令和4年4月1日から令和6年12月31日までの間に本市へ寄附を
// いただいた", "patients seen at our clinics between January 1, 2019 and December 31, 2021".
// (A period of intrusion, "不正アクセスは…から…まで", stays.)
bool IsLongPeriodOfPeople(std::string_view text, const std::vector<DateMention>& dates, size_t i) {
  if (i + 1 >= dates.size() || !dates[i + 1].resolved || dates[i + 1].start < dates[i].end)
    return false;
  const DateMention &from = dates[i], &to = dates[i + 1];
  std::string_view between = text.substr(from.end, to.start - from.end);
  if (between.size() > 16) return false;
  // "…から…", "…~…"; "between January 1, 2019 and December 31, 2021", "from … to/through …".
  const std::string_view word = TrimSpace(between);
  const bool english =
      word == "to" || word == "through" || word == "-" || word == "–" ||
      (word == "and" && EndsWithAsciiNoCase(text.substr(0, from.start), "between "));
  if (!english && between.find("から") == std::string_view::npos &&
      between.find('~') == std::string_view::npos)
    return false;
  if (DayNumber(to.year, to.month, to.day) - DayNumber(from.year, from.month, from.day) <= 365)
    return false;
  auto [s, e] = SentenceAround(text, from.start);
  // A period alone on its line under a label ("閲覧可能な状態であった期間\n令和6年4月8日から
  // 令和7年6月16日まで"): the label says what the period is.
  // (Not a period that goes on to say whose it is: "令和4年4月1日から令和7年9月4日までに本市へ
  // 寄附をいただいた方の情報" under "漏えいのおそれがある情報".)
  const size_t line_end = std::min(text.find('\n', to.end), text.size());
  if (TrimSpace(text.substr(s, from.start - s)).empty() && s >= 2 && text[s - 1] == '\n' &&
      line_end - to.end <= 15) {
    const size_t prev = text.rfind('\n', s - 2);
    const size_t ps = prev == std::string_view::npos ? 0 : prev + 1;
    if (s - ps <= 120) s = ps;
  }
  // (Nor a period of a staff member's snooping or of an exposure: "…から…までの間、業務上の
  // 必要がないにもかかわらず…閲覧していました".)
  static const RE2 incident(
      "不正|攻撃|侵入|感染|漏え?い|流出|閲覧|持ち出|業務上の必要|目的外|無断|公開|"
      "(?i)unauthori|attack|intrusion");
  const std::string_view sentence = text.substr(s, e - s);
  if (RE2::PartialMatch(sentence, incident)) return false;
  // An English period says whose data it is in so many words ("patients seen at our clinics",
  // "customers who purchased"); one that does not is the time an employee looked up records
  // ("between January 6, 2025 and August 19, 2026, the employee looked up the records").
  static const RE2 people(
      "(?i)\\b(?:seen|treated|visited|purchased|enrolled|applied|registered|received (?:care|"
      "services|treatment))\\b");
  return !english || RE2::PartialMatch(sentence, people);
}

// True if `d` dates what the people or the staff did rather than the incident:
// a personnel action dated with 付け ("令和6年11月28日付けで退職"), or a period on a
// line labelled with what the people did ("申込受付期間:6月2日から6月27日まで").
bool IsDateOfPeopleOrStaff(std::string_view text, const DateMention& d, size_t line_start) {
  if (text.substr(d.end, 3) == "付") {
    static const RE2 personnel("退職|辞職|異動|採用|着任|就任|任用|懲戒|免職|解雇");
    auto [s, e] = SentenceAround(text, d.start);
    if (RE2::PartialMatch(text.substr(s, e - s), personnel)) return true;
  }
  // "令和7年9月30日に退職した元職員が": the day a person left, which says who did it.
  if (text.substr(d.end, 3) == "に") {
    const std::string_view after = text.substr(d.end + 3, 24);
    for (std::string_view left : {"退職した", "退職された", "辞職した", "離職した", "異動した"})
      if (after.starts_with(left)) return true;
  }
  // "2026年1月5日から2月20日までに修理をお受けしたもの", "令和7年5月12日から同月16日までに
  // 同支店の窓口でお取り扱いした振込依頼書", "令和6年4月1日から4月30日までの間に、…窓口で受け
  // 付けた入出金伝票": the period of the papers' business, whose data it is (both ends).
  if (text.substr(d.end, 3) == "か" || text.substr(d.end, 3) == "ま") {
    static const RE2 papers_of(
        "^(?:から[^。\n]{0,30}?)?まで(?:の間)?に[^。\n]{0,30}?(?:お取り?扱いし|取り?扱っ|お受けし|"
        "受け付け|受付し|お預かりし|ご提出いただい|ご利用いただい|ご来店いただい)た"
        "[^。\n]{0,8}?(?:もの|伝票|書類|分|書|票)");
    if (RE2::PartialMatch(text.substr(d.end, 150), papers_of)) return true;
  }
  // "平成25年4月1日以降に当院を受診された患者さん": since when the people were customers (or
  // sent what leaked), an open period of whose data it is.
  const std::string_view after = text.substr(d.end, 60);
  if (after.starts_with("以降") || after.starts_with("以後")) {
    static const RE2 people_did(
        "^(?:以降|以後)(?:に|、)?[^。、]{0,20}?(?:受診|利用|購入|申し?込|登録|入会|加入|在籍|"
        "寄附|寄付|入院|来院|来店|契約|注文|応募|"
        // "令和5年4月1日以降にお問い合わせフォームから送信された内容": what people sent.
        "(?:送信|入力|提出|投稿)され)");
    if (RE2::PartialMatch(after, people_did)) return true;
  }
  const std::string_view lead = text.substr(line_start, d.start - line_start);
  if (lead.find("期間") == std::string_view::npos) return false;
  static const RE2 label("(?:受付|申込|申し込み|申請|募集|応募|在籍|入院|契約)期間");
  return RE2::PartialMatch(lead, label);
}

// True if `d` dates the background of the incident, not the incident:
// - a system going live or a site opening: "2016年10月1日に現行の電子カルテシステムを稼働させ",
//   "2019年4月1日に開設し", "令和5年4月1日に創設した制度", a timeline's "2019年 4月 1日
//   本件サイト開設";
// - a service run to this day: "平成30年6月1日から、…サービスを運営している",
//   "令和五年四月一日から実施しているもので";
// - a contract or its term: "業務委託契約を締結し", "2025年4月1日を始期とする…契約";
// - a person joining: "2019年4月1日入組", "2018年4月2日(当該従業員の入社日)以降の";
// - a rule: "令和元年5月1日付けで「…規程」を定め";
// - in English, how far back the records go: "messages going back to March 1, 2018, when the
//   employee joined", "records go back to our opening on June 3, 2009", "who had worked for
//   Saint Alder since May 13, 2019", or a move: "moved to its new rooms on 2 May 2025".
// An incident word or an hour before the set-up words keeps the date: "令和七年十月三十日(木)
// 午後三時頃、…職員が、町が実施している事業の参加者に" dates the e-mail sent that afternoon.
bool IsBackgroundDate(std::string_view text, const DateMention& d) {
  const size_t stop = std::min({text.size(), d.end + 150, text.find_first_of("\n", d.end)});
  std::string_view after = text.substr(d.end, stop - d.end);
  // (Up to its sentence's end, which it keeps.)
  if (const size_t full_stop = after.find("。"); full_stop != std::string_view::npos)
    after = after.substr(0, full_stop + std::string_view("。").size());
  static const RE2 joined(
      "^(?:\\([^)]{0,60}(?:入社|入職|入学|入会|入組|開業|開設)日?\\)|入社|入組|入職|入庁|入行|入学|"
      "入会|を始期と|付け?で?[^。]{0,60}(?:規程|規則|要領|要綱))|(?i)^,? when "
      "(?:the|our|this|that|he|she|"
      "they)(?: [a-z]+)? (?:joined|started|was hired|opened)\\b");
  if (RE2::PartialMatch(after, joined)) return true;
  // The setting up as the clause's verb, or a service run to this day ("…を運用しています。");
  // not a clause about a noun ("定期的に実施しているアクセスログの点検において", "アルバムを開設
  // した際", "令和7年4月1日から運用している…システムにおいて": the day a flawed system opened
  // may be the incident's).
  static const RE2 setup(
      "((?:稼働|開設|開業|開院|開校|開園|設立|創設|創業|創立|締結|導入)(?:(?:させ|し)(?:、|た[。、]"
      "|"
      "ました|て以来|た(?:制度|サイト|システム|サービス|事業|もの))|$)|(?:実施|提供|利用|運用|運営)"
      "して(?:います|いる|おり)(?:。|もの|、)|(?:行|使)って(?:います|いる|おり)(?:。|もの|、))");
  re2::StringPiece cue;
  if (!after.empty() && RE2::PartialMatch(after, setup, &cue)) {
    static const RE2 event(
        "不正|誤|漏|流出|侵入|紛失|盗|判明|発覚|発生|攻撃|感染|暗号化|窃取|改ざん|アクセス|"
        "ログイン|"
        "送信|送付|発送|郵送|持ち出|廃棄|置き忘|詐欺|なりすま|"
        // ("令和七年十月三十日(木)午後三時頃、…職員が、町が実施している事業の参加者に": an hour
        // dates an event.)
        "午前|午後|[0-9]時|時頃");
    if (!RE2::PartialMatch(after.substr(0, static_cast<size_t>(cue.data() - after.data())), event))
      return true;
  }
  const size_t from = d.start >= 80 ? d.start - 80 : 0;
  const std::string_view lead = text.substr(from, d.start - from);
  static const RE2 goes_back(
      "(?i)(?:\\b(?:go|goes|going|went|dating|date|dates) back to(?: (?:our|the|its) [a-z]+ on)?|"
      "\\b(?:worked|been employed|employed|been a (?:member|patient|customer|client))\\b[^.]{0,60}"
      "\\bsince|"
      // ("Harbourside Physio moved to its new rooms on 2 May 2025.")
      "\\bmoved (?:to|into) (?:its|our|their|the|a) new (?:[a-z]+ ){0,2}(?:rooms|premises|"
      "offices?|building|location|site|clinic) on) $");
  return RE2::PartialMatch(lead, goes_back);
}

}  // namespace

record::Language DetectLanguage(std::string_view text) {
  const std::string_view head = text.substr(0, 20000);
  const auto* p = reinterpret_cast<const unsigned char*>(head.data());
  size_t ja = 0, latin = 0, pos = 0;
  // Every 1 KB: once the answer is Japanese even if every byte left were a
  // Latin letter, the rest cannot change it.
  while (pos < head.size()) {
    if (pos > 0 && ja >= 10 && ja * 4 >= (latin + (head.size() - pos)) / 4)
      return record::Language::kJa;
    const size_t stop = std::min(head.size(), pos + 1024);
    while (pos < stop) {
      if (head.size() - pos >= 8) {
        // Eight ASCII bytes at once: a letter is a byte whose (b | 0x20) lies in
        // 'a'..'z'. Per byte (all below 0x80, so no carries): the high bit of
        // l + (0x80 - 'a') says l >= 'a', that of l + (0x80 - 'z' - 1) says l > 'z'.
        constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
        uint64_t x;
        std::memcpy(&x, p + pos, 8);
        if ((x & kHigh) == 0) {
          const uint64_t l = x | 0x2020202020202020ULL;
          const uint64_t at_least_a = l + (0x80 - 'a') * kOnes;
          const uint64_t past_z = l + (0x80 - 'z' - 1) * kOnes;
          latin += static_cast<size_t>(std::popcount(at_least_a & ~past_z & kHigh));
          pos += 8;
          continue;
        }
      }
      const unsigned char c = p[pos];
      if (c < 0x80) {
        latin += static_cast<unsigned>((c | 0x20) - 'a') < 26u;
        ++pos;
        continue;
      }
      // A well-formed 3-byte sequence led by E3-E9 (kana, CJK): its code point
      // is in U+3040-30FF exactly when led by E3 81-83, in U+4E00-9FFF exactly
      // when led by E4 B8-BF or E5-E9.
      if (c >= 0xE3 && c <= 0xE9 && head.size() - pos >= 3 && (p[pos + 1] & 0xC0) == 0x80 &&
          (p[pos + 2] & 0xC0) == 0x80) {
        const unsigned char b1 = p[pos + 1];
        ja += c == 0xE3 ? (b1 >= 0x81 && b1 <= 0x83) : c == 0xE4 ? b1 >= 0xB8 : 1;
        pos += 3;
        continue;
      }
      char32_t cp = DecodeUtf8(head, &pos);
      if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF))
        ++ja;
      else if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
        ++latin;
    }
  }
  return ja >= 10 && ja * 4 >= latin / 4 ? record::Language::kJa : record::Language::kEn;
}

std::optional<SectionKind> SectionAt(const std::vector<Section>& sections, size_t pos) {
  for (auto it = sections.rbegin(); it != sections.rend(); ++it)
    if (pos >= it->heading_start && pos < std::max(it->end, it->heading_end)) return it->kind;
  return std::nullopt;
}

namespace {

// True of every line NotTitleRe matches: it opens with a digit, '[', ſ or a letter one of
// its words opens with, holds a colon or ends in 。.
bool MayBeNoTitle(std::string_view line) {
  if (line.empty()) return false;
  const char c = line[0];
  return (c >= '0' && c <= '9') || c == '[' || line.starts_with("ſ") ||
         std::string_view("sfpnmjaod").find(static_cast<char>(c | 0x20)) !=
             std::string_view::npos ||
         line.find(':') != std::string_view::npos || line.find("：") != std::string_view::npos ||
         line.ends_with("。");
}

// A line that is no title: a date, a contact line, a sentence, or a wire service's or a
// site's furniture ("Share this article", "Media release") that stands over the title.
const GuardedRe& NotTitleRe() {
  static const GuardedRe* re = new GuardedRe(
      "^(?:\\[?[0-9]{4}[年/.-].*|.*(?:問い?合わ?せ|電話|TEL|tel)[:：].*|[0-9]+ .{0,10}|.*[。]$|"
      "(?i:share this (?:article|page|story|post)|for immediate release|"
      "(?:press|news|media) release)[ :]*|"
      // ("May 03, 2024, 16:05 ET": a dateline.)
      "(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? [0-9]{1,2},? "
      "[0-9]{4}\\b.*))$",
      MayBeNoTitle);
  return *re;
}

// A Japanese release's heading block puts the date, "各位" and the company's name above the
// title ("株式会社ＨＫホールディングス" over "…サイトへの不正ログインによる\nお客様情報流出の
// 可能性に関するお知らせ"): the first line from `from` on that ends as a title does
// (について, お知らせ, お詫び, ご報告, less a short bracket such as "(第2報)"), before the
// body's first sentence, with the line above it when that one runs on into it ("…による",
// "…における", "…に関する"). Nullopt when none does.
std::optional<Found> JapaneseTitleBelow(std::string_view text, size_t from) {
  size_t prev_s = std::string_view::npos, prev_e = 0;  // the line above, if not blank
  for (size_t pos = from, lines = 0; pos < text.size() && lines < 12; ++lines) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = TrimSpace(text.substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty()) {
      prev_s = std::string_view::npos;
      continue;
    }
    if (line.ends_with("。") || !AtMostChars(line, 80)) return std::nullopt;
    std::string_view head = line;
    if (head.ends_with(")")) {
      const size_t open = head.rfind('(');
      if (open != std::string_view::npos && AtMostChars(head.substr(open), 10))
        head = TrimSpace(head.substr(0, open));
    }
    bool title = false;
    for (std::string_view end : {"について", "お知らせ", "お詫び", "おわび", "ご報告"})
      title = title || head.ends_with(end);
    if (!title) {
      prev_s = static_cast<size_t>(line.data() - text.data());
      prev_e = prev_s + line.size();
      continue;
    }
    size_t s = static_cast<size_t>(line.data() - text.data());
    const size_t e = s + line.size();
    std::string value(line);
    if (prev_s != std::string_view::npos) {
      const std::string_view above = text.substr(prev_s, prev_e - prev_s);
      for (std::string_view runs_on : {"による", "における", "に関する", "に係る", "への", "の"})
        if (above.ends_with(runs_on) && AtMostChars(above, 60)) {
          value = std::string(above) + std::string(line);
          s = prev_s;
          break;
        }
    }
    return Found{value, s, e};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Found> FindTitle(std::string_view text, std::string_view html_title) {
  if (!html_title.empty()) {
    std::string t(TrimSpace(html_title));
    for (const char* sep : {" | ", "|", " - ", " – ", " : "}) {
      size_t at = t.find(sep);
      if (at != std::string::npos && CharCount(t.substr(0, at)) >= 8) t.resize(at);
    }
    size_t at = text.find(t);
    return Found{t, at == std::string_view::npos ? 0 : at,
                 at == std::string_view::npos ? 0 : at + t.size()};
  }
  size_t pos = 0;
  int lines = 0;
  while (pos < text.size() && lines < 30) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = TrimSpace(text.substr(pos, nl - pos));
    size_t n = CharCount(line);
    // ("ニュース | トップ > 地域 > 岐阜": a site's breadcrumb trail, no title.)
    const bool breadcrumb = std::count(line.begin(), line.end(), '>') >= 2;
    // An e-mail's header block: the subject is its title; From, To and Date are not.
    static const RE2 subject("(?i)^(?:subject|件名) *[:：] *(.{6,200})$");
    static const RE2 header(
        "(?i)^(?:from|to|cc|bcc|sent|date|reply-to|差出人|宛先|送信日時) *[:：].*");
    re2::StringPiece m;
    if (RE2::FullMatch(line, subject, &m)) {
      const size_t s = static_cast<size_t>(m.data() - text.data());
      return Found{std::string(m.data(), m.size()), s, s + m.size()};
    }
    // ("News provided by\nAcme Outfitters": the line after it names the sender.)
    if (StartsWithAsciiNoCase(line, "news provided by") && line.size() <= 20) {
      const size_t next = text.find('\n', nl + 1);
      pos = next == std::string_view::npos ? text.size() : next + 1;
      lines += 2;
      continue;
    }
    if (n >= 6 && !RE2::FullMatch(line, header) && n <= 200 && !breadcrumb &&
        !NotTitleRe().In(line) && !HeadingKind(line) && !IsNavigationRow(line)) {
      size_t s = static_cast<size_t>(line.data() - text.data());
      if (std::optional<Found> ja = JapaneseTitleBelow(text, s)) return ja;
      return Found{std::string(line), s, s + line.size()};
    }
    pos = nl + 1;
    ++lines;
  }
  return std::nullopt;
}

// True if a label names an event of the incident (発生日, 判明, "Date of Breach"), not the
// notice's own date.
bool NamesEvent(std::string_view label) {
  static const RE2 event(
      "(?i)発生|判明|発覚|覚知|紛失日|盗難日|経過|経緯|date of (?:the )?"
      "(?:incident|breach|discovery)|incident date|discovered");
  return RE2::PartialMatch(label, event);
}

// True if the line before the one starting at `line_start` (blank lines skipped) is a short
// heading that names the day of the incident, not of the notice ("【発生日】", "2 発生日時",
// "Date of incident:").
bool UnderEventHeading(std::string_view text, size_t line_start) {
  size_t end = line_start;
  while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == ' ' || text[end - 1] == '\r')) --end;
  if (end == 0) return false;
  const size_t nl = text.rfind('\n', end - 1);
  const std::string_view prev = text.substr(nl == std::string_view::npos ? 0 : nl + 1,
                                            end - (nl == std::string_view::npos ? 0 : nl + 1));
  // (A label, not a title: "役場庁舎における盗難事件の発生について" heads the notice.)
  if (!AtMostChars(prev, 18) || prev.find("について") != std::string_view::npos ||
      prev.find("お詫び") != std::string_view::npos)
    return false;
  return NamesEvent(prev);
}

ByteRanges OtherArticleBlocks(std::string_view text) {
  ByteRanges out;
  // (Up to a line that opens with the page's own date label, "更新日:2026年11月20日", which an
  // HTML page's text may give with no blank line before it.)
  static const RE2 own_label(
      "(?i)^ *(?:更新日|掲載日|公開日|最終更新|作成日|last updated|updated on|"
      "page (?:last )?updated|posted on|published on)");
  auto add_below = [&](size_t e) {
    size_t end = text.find("\n\n", e);
    if (end == std::string_view::npos) end = text.size();
    for (size_t ls = e + 1; ls < end;) {
      const size_t le = std::min(end, text.find('\n', ls));
      if (RE2::PartialMatch(text.substr(ls, le - ls), own_label)) {
        end = ls;
        break;
      }
      ls = le + 1;
    }
    out.emplace_back(e, end);
  };
  static const RE2 related(
      "関連記事|関連ニュース|関連する(?:お知らせ|記事|情報)|関連(?:の)?お知らせ|関連情報|"
      "関連リンク|関連ページ");
  for (size_t at = FindRare(text, "関連"); at != std::string_view::npos;
       at = FindRare(text, "関連", at + 1)) {
    auto [s, e] = LineAround(text, at);
    if (!AtMostChars(text.substr(s, e - s), 20) ||
        !RE2::PartialMatch(text.substr(s, e - s), related))
      continue;
    add_below(e);
    at = e;
  }
  for (std::string_view word : {"News", "news", "Posts", "posts", "Articles", "articles", "Stories",
                                "stories", "Related", "related"})
    for (size_t at = FindRare(text, word); at != std::string_view::npos;
         at = FindRare(text, word, at + 1)) {
      auto [s, e] = LineAround(text, at);
      const std::string_view line = TrimSpace(text.substr(s, e - s));
      if (line.size() > 40) continue;
      const std::string lower = AsciiLower(line);
      bool heading = lower == "related" || lower == "related:";
      for (std::string_view opening :
           {"other news", "related news", "related posts", "related articles", "related stories",
            "recent news", "recent posts", "recent articles", "more news", "latest news",
            "more stories", "more articles"})
        heading = heading || lower.starts_with(opening);
      if (!heading) continue;
      add_below(e);
      at = e;
    }
  std::sort(out.begin(), out.end());
  return out;
}

namespace {
std::optional<size_t> PickAnnouncedDateAsWritten(std::string_view text,
                                                 const std::vector<DateMention>& dates,
                                                 const ByteRanges& other_articles);
}  // namespace

std::optional<size_t> PickAnnouncedDate(std::string_view text,
                                        const std::vector<DateMention>& dates,
                                        const ByteRanges* other_articles) {
  ByteRanges found;
  std::optional<size_t> i = PickAnnouncedDateAsWritten(
      text, dates, other_articles ? *other_articles : (found = OtherArticleBlocks(text)));
  if (!i) return i;
  // "UPDATE - May 16, 2025 … ORIGINAL NOTICE - May 5, 2025": an update above the notice it
  // edits; the notice's own date is the first (LABELLING.md).
  // ("最終更新日 2024年11月8日" above "記者発表資料 / 令和6年11月6日", "【2024年9月13日追記】",
  // "Update – 16 September 2024" above the first statement: likewise, the date of the notice
  // below it, on an announcement line or a short line of its own, and earlier.)
  static const RE2 update_line("(?i)^ *(?:update[ds]?\\b|(?:最終)?更新|[^\\n]{0,30}追記)");
  static const RE2 original_line(
      "(?i)^ *(?:original (?:notice|post|statement|release)|first posted|初報)");
  auto [s, e] = LineAround(text, dates[*i].start);
  if (!RE2::PartialMatch(text.substr(s, e - s), update_line)) return i;
  const std::string picked = FormatYmd(dates[*i].year, dates[*i].month, dates[*i].day);
  // (Above the update too: "2024年8月20日" at the top, "【2024年9月13日追記】" below it.)
  for (size_t j = 0; j < dates.size() && dates[j].start < dates[*i].start + 4000; ++j) {
    if (j == *i || !dates[j].resolved || dates[j].year == 0) continue;
    auto [js, je] = LineAround(text, dates[j].start);
    const std::string_view line = text.substr(js, je - js);
    if (RE2::PartialMatch(line, original_line)) return j;
    if (FormatYmd(dates[j].year, dates[j].month, dates[j].day) >= picked ||
        RE2::PartialMatch(line, update_line) || UnderEventHeading(text, js))
      continue;
    if (AtMostChars(line, 60) && IsAnnounceLine(line)) return j;
    // A date alone on its line counts above the update, or right under an announcement label
    // ("記者発表資料"); below the update such a line may be a timeline's.
    const size_t rest = CharCount(TrimSpace(line)) -
                        CharCount(text.substr(dates[j].start, dates[j].end - dates[j].start));
    if (rest > 12 || NamesEvent(text.substr(js, dates[j].start - js))) continue;
    if (j < *i) return j;
    std::string_view above = text.substr(0, js);
    while (!above.empty() && (above.back() == '\n' || above.back() == ' ')) above.remove_suffix(1);
    const size_t nl = above.rfind('\n');
    const std::string_view label = above.substr(nl == std::string_view::npos ? 0 : nl + 1);
    if (AtMostChars(label, 30) && IsAnnounceLine(label)) return j;
  }
  return i;
}

namespace {
std::optional<size_t> PickAnnouncedDateAsWritten(std::string_view text,
                                                 const std::vector<DateMention>& dates,
                                                 const ByteRanges& other_articles) {
  const size_t kTop = std::min<size_t>(text.size(), 3000);
  // A notice reposted by a blog or an aggregator starts after its marker ("(以下、堺市
  // ホームページより転載)"); the dates above it are the repost's own.
  // ("----(以下引用)----": a quoted notice likewise.)
  size_t notice_from = 0;
  // ("-----Original Message-----", "---------- Forwarded message ---------": a forwarded
  // e-mail, whose own headers date the forward.)
  for (std::string_view marker :
       {"転載", "以下引用", "Original Message", "Forwarded message", "forwarded message:"})
    if (const size_t at = text.substr(0, kTop).find(marker);
        at != std::string_view::npos && notice_from == 0) {
      auto [s, e] = LineAround(text, at);
      // (Not a news site's footer, "記事の無断転載を禁じます": it forbids reposts.)
      const std::string_view line = text.substr(s, e - s);
      // (Nor an e-mail that tells the news itself above the one it quotes: "Update on the
      // network incident…" with the first e-mail below it. A forward's own note is short.)
      const bool email_marker = static_cast<unsigned char>(marker[0]) < 0x80;  // ASCII ones
      const bool own_message = email_marker && CharCount(text.substr(0, s)) > 1200;
      if (AtMostChars(line, 40) && !ContainsAny(line, {"無断転載", "転載を禁", "転載禁止"}) &&
          !own_message)
        notice_from = e;
    }
  auto skip = [&](size_t i) {
    return !dates[i].resolved || dates[i].year == 0 || dates[i].start < notice_from ||
           std::any_of(other_articles.begin(), other_articles.end(), [&](const auto& b) {
             return dates[i].start >= b.first && dates[i].start < b.second;
           });
  };
  // 1. A date on an announcement line within the first part of the notice.
  size_t checked_s = std::string_view::npos, checked_e = 0;  // a line already found wanting
  for (size_t i = 0; i < dates.size() && dates[i].start < kTop; ++i) {
    if (skip(i)) continue;
    auto [s, e] = LineAround(text, dates[i].start);
    if (s == checked_s && e == checked_e) continue;
    std::string_view line = text.substr(s, e - s);
    // The length first: a short line is rare, the regex dear.
    // ("【発生日】\n令和7年3月4日(火)": a date under a heading that names another day.)
    // (Not a later report's account of the first: "2025年3月14日、第1報を公表し、…" in a 第2報,
    // or in a final report, "調査結果について(最終報告)".)
    if (AtMostChars(line, 60) && IsAnnounceLine(line) && !UnderEventHeading(text, s) &&
        !(ContainsAny(line, {"第1報", "第一報"}) &&
          ContainsAny(text.substr(0, kTop),
                      {"第2報", "第3報", "第4報", "第二報", "第三報", "最終報", "続報"})))
      return i;
    // A longer page byline: "Posted November 3, 2025 · Updated November 10, 2025 ·
    // Information Security Office": the date right after "Posted".
    // (Not a sentence's verb: "This year's statements, 9,600 in total, were posted on
    // 07/04/2026" is when the letters went out.)
    static const RE2 posted_right_before("(?i)(?:posted|published|released)(?: on)?:? *$");
    static const RE2 passive("(?i)\\b(?:were|was|been|be|is|are) +[a-z]+(?: on)?:? *$");
    if (AtMostChars(line, 160) &&
        RE2::PartialMatch(text.substr(s, dates[i].start - s), posted_right_before) &&
        !RE2::PartialMatch(text.substr(s, dates[i].start - s), passive) &&
        !UnderEventHeading(text, s))
      return i;
    checked_s = s, checked_e = e;
  }
  // 1b. A blog's or club page's post date ("投稿日:2024年6月14日 カテゴリー:お知らせ"), when no
  // line announces (a blog reposting a city's notice puts its own 投稿日 above the city's
  // "令和7年11月6日発表", which wins).
  for (size_t i = 0; i < dates.size() && dates[i].start < kTop; ++i) {
    if (skip(i)) continue;
    const auto [s, e] = LineAround(text, dates[i].start);
    const std::string_view lead = TrimSpace(text.substr(s, dates[i].start - s));
    if (lead.starts_with("投稿日") || lead.starts_with("配信日")) return i;
  }
  // 2. A press-release dateline: "EUGENE, Ore., Dec. 15, 2023 --", "Sheboygan, Wisconsin | 14 Dec
  // 2021".
  for (size_t i = 0; i < dates.size() && dates[i].start < std::min<size_t>(kTop, 800); ++i) {
    if (skip(i)) continue;
    // ("Date Reported to AG: 09/12/2024", "Date(s) of Breach: 06/03/2024 - 08/19/2024": a
    // form's field, not a dateline.)
    {
      const size_t nl = text.rfind('\n', dates[i].start);
      const size_t ls = nl == std::string_view::npos ? 0 : nl + 1;
      if (text.substr(ls, dates[i].start - ls).find(':') != std::string_view::npos) continue;
    }
    std::string_view after = text.substr(dates[i].end, 5);
    std::string_view before = text.substr(dates[i].start >= 3 ? dates[i].start - 3 : 0,
                                          std::min<size_t>(dates[i].start, 3));
    // ("CONCORD, N.H. (September 12, 2017) - …": the date may stand in brackets.)
    if (after.starts_with(")")) after.remove_prefix(1);
    if (after.starts_with(" -") || after.starts_with(" —") || after.starts_with(" –") ||
        after.starts_with(" /") || after.starts_with("—") ||
        before.find('|') != std::string_view::npos)
      return i;
    auto [s, e] = LineAround(text, dates[i].start);
    // (Trimmed: a PDF's text sets its date flush right with spaces.)
    if (CharCount(TrimSpace(text.substr(s, e - s))) <= 50 && s < 400 &&
        !UnderEventHeading(text, s) && !NamesEvent(text.substr(s, dates[i].start - s)))
      return i;
    // "Front Range Property Management, Inc. — June 10, 2026": a byline that ends in its date.
    const std::string_view lead = text.substr(s, dates[i].start - s);
    if (s < 400 && CharCount(text.substr(s, e - s)) <= 100 &&
        TrimSpace(text.substr(dates[i].end, e - dates[i].end)).empty() &&
        (lead.ends_with(" — ") || lead.ends_with(" – ") || lead.ends_with(" - ")) &&
        !NamesEvent(lead) && !UnderEventHeading(text, s))
      return i;
  }
  // 3. A date standing alone on a short line near the top.
  for (size_t i = 0; i < dates.size() && dates[i].start < kTop; ++i) {
    if (skip(i)) continue;
    auto [s, e] = LineAround(text, dates[i].start);
    // (Trimmed: a plain-text letter sets its date flush right with spaces.)
    size_t rest = CharCount(TrimSpace(text.substr(s, e - s))) -
                  CharCount(text.substr(dates[i].start, dates[i].end - dates[i].start));
    // ("【発生日】令和8年8月3日(月)": a label on the line that names another day.)
    if (rest <= 12 && !UnderEventHeading(text, s) &&
        !NamesEvent(text.substr(s, dates[i].start - s)))
      return i;
  }
  // 3a. A date alone on its line in the signature block at the foot ("令和7年3月10日\n医療法人
  // 社団青葉会\nあおば内科クリニック"), as Japanese letters date themselves.
  for (size_t i = dates.size(); i-- > 0 && dates[i].start + 600 >= text.size();) {
    if (skip(i)) continue;
    auto [s, e] = LineAround(text, dates[i].start);
    const std::string_view line = TrimSpace(text.substr(s, e - s));
    if (line.size() == dates[i].end - dates[i].start && !UnderEventHeading(text, s)) return i;
  }
  // 4. A labelled date line at the foot of the page ("更新日：2024年5月24日",
  // "ページ番号 1012345 掲載日：…"), where municipal sites put it.
  static const RE2 foot_label("(?i)掲載日|更新日|公開日|発表日|作成日|登録日|posted|published");
  const size_t foot = text.size() > 3000 ? text.size() - 3000 : 0;
  for (size_t i = dates.size(); i-- > 0 && dates[i].start >= std::max(foot, kTop);) {
    if (!dates[i].resolved || dates[i].year == 0) continue;
    auto [s, e] = LineAround(text, dates[i].start);
    const std::string_view line = text.substr(s, e - s);
    if (AtMostChars(line, 60) && RE2::PartialMatch(text.substr(s, dates[i].start - s), foot_label))
      return i;
  }
  return std::nullopt;
}
}  // namespace

namespace {
// A section about what was done afterwards, whom to contact or other matters: no date or
// "本日" there is the incident's.
bool IsAfterwards(std::optional<SectionKind> k) {
  return k && (*k == SectionKind::kContact || *k == SectionKind::kSources ||
               *k == SectionKind::kPrevention || *k == SectionKind::kYouCanDo ||
               *k == SectionKind::kResponse || *k == SectionKind::kOther);
}
}  // namespace

namespace {

// ("separate" by the letters without s, which (?i) also matches to ſ.)
// True if the words after a count of envelopes say each held another's document: "340
// envelopes contained a second bill belonging to another account holder", "caused 3,126
// envelopes to contain the form of a different claimant". Such envelopes count the documents
// that went astray, records (LABELLING.md), not paper.
bool HeldAnothers(std::string_view after) {
  static const RE2 held_another(
      "(?i)^ (?:to )?(?:contain(?:ed)?|held|hold|include[ds]?|had|receive[ds]?) "
      "[^.;]{0,40}?\\b(?:second|another|other|different|wrong)\\b");
  return RE2::PartialMatch(after, held_another);
}

// True if `sentence` says an update of software or a system caused something: "a software
// update to its inserting equipment on June 16 caused …", "The error was caused by a fault in
// the software …, which the contractor had updated on 8 August", "8月8日に行ったシステム改修が
// 原因で".
bool CausedByUpdate(std::string_view sentence) {
  const bool update = ContainsAsciiNoCase(sentence, "update") ||
                      ContainsAny(sentence, {"アップデート", "改修", "更新作業", "プログラム変更"});
  return update && (ContainsAsciiNoCase(sentence, "caus") || ContainsAny(sentence, {"原因"}));
}

bool MayNameAnotherIncident(std::string_view s) {
  for (std::string_view w : {"previou", "prior", "earlier", "eparate", "unrelated"})
    if (ContainsAsciiNoCase(s, w)) return true;
  return ContainsAny(s, {"過去にも", "以前にも", "前回の", "別の事案"});
}

// Words that place a date at another incident than the notice's (PickIncidentDate).
const GuardedRe& OtherIncidentRe() {
  static const GuardedRe* re = new GuardedRe(
      "(?i)previously (?:disclosed|reported|announced|experienced|suffered)|"
      "(?:previous|prior|earlier|separate|unrelated) (?:incident|breach|event|attack)|"
      "過去にも|以前にも|前回の(?:事案|事故)|別の事案",
      MayNameAnotherIncident);
  return *re;
}

}  // namespace

std::optional<size_t> PickIncidentDate(std::string_view text, const std::vector<DateMention>& dates,
                                       std::optional<size_t> announced,
                                       const std::vector<Section>& sections,
                                       const ByteRanges* given_other_articles) {
  std::string limit =
      announced ? FormatYmd(dates[*announced].year, dates[*announced].month, dates[*announced].day)
                : "9999-99-99";
  std::optional<size_t> best, update;
  std::string best_iso, update_iso;
  ByteRanges found;
  const ByteRanges& other_articles =
      given_other_articles ? *given_other_articles : (found = OtherArticleBlocks(text));
  // ("9月30日開催のセミナー": the day an event was held, not the incident's.)
  auto held = [&](const DateMention& m) { return text.substr(m.end, 6) == "開催"; };
  // Dates share lines: the last line's verdict is kept.
  size_t last_s = std::string_view::npos, last_e = 0;
  bool last_announce = false;
  for (size_t i = 0; i < dates.size(); ++i) {
    const DateMention& d = dates[i];
    if (!d.resolved) continue;
    if (announced && i == *announced) continue;
    if (held(d)) continue;
    // "Published 18 September 2025 … In early September, … Staff checked the skip the same
    // day": a same day whose date before is the notice's own, or an event's, names no day of
    // the incident.
    if (d.same_day) {
      size_t j = i;
      while (j > 0 && !dates[j - 1].resolved) --j;
      // (Or one on the notice's date, written twice: "2026年3月13日 … 令和8年3月13日".)
      if (j > 0 &&
          ((announced && (j - 1 == *announced || FormatYmd(dates[j - 1].year, dates[j - 1].month,
                                                           dates[j - 1].day) == limit)) ||
           held(dates[j - 1])))
        continue;
    }
    if (std::any_of(other_articles.begin(), other_articles.end(),
                    [&](const auto& b) { return d.start >= b.first && d.start < b.second; }))
      continue;
    auto [s, e] = LineAround(text, d.start);
    if (s != last_s || e != last_e) {
      std::string_view line = text.substr(s, e - s);
      last_s = s, last_e = e;
      // ("Previous post: Volunteer of the Year nominations are open (21 October 2025)",
      // "Related: School board approves roof project (Nov. 12, 2026)": another article's date.)
      const std::string_view trimmed = TrimSpace(line);
      last_announce = AtMostChars(line, 60) && IsAnnounceLine(line);
      // ("Date(s) of any previous (within 12 months) breach notifications: 02/11/2025", a breach
      // form's field for an earlier notice.)
      // ("【関連】地銀の個人情報漏えい、昨年度は過去最多(5月30日)", a news page's link likewise.)
      for (std::string_view other :
           {"previous post", "next post", "related:", "related posts", "related stories",
            "read more:", "see also:", "date(s) of any previous", "【関連", "関連記事",
            // ("Recent posts: Spring cleaning tips for your toothbrush (March 3, 2025)".)
            "recent posts", "recent news", "latest news", "more news", "other news",
            "you may also like", "≪ 前の記事", "≪前の記事", "前の記事", "次の記事"})
        last_announce = last_announce || StartsWithAsciiNoCase(trimmed, other);
    }
    if (last_announce) continue;
    if (IsAfterwards(SectionAt(sections, d.start))) continue;
    if (IsDateOfPeopleOrStaff(text, d, s)) continue;
    // "登載者は612名(令和6年10月1日現在)": the day a figure is as of, not an event.
    // ("…について(6月20日更新)": the day the page was updated.)
    if (const std::string_view after = text.substr(d.end, 9);
        after.starts_with("現在") || after.starts_with("時点") || after.starts_with("更新"))
      continue;
    // "During the week of March 3, 2025": a week, not a day the notice states.
    // ("account balances as of March 31, 2025", "balances as at 30th September 2024",
    // "statements for the quarter ending March 31, 2024": the day the data is as of.)
    {
      const std::string_view lead = text.substr(s, d.start - s);
      bool as_of = false;
      for (std::string_view words :
           {"week of ", "as of ", "as at ", "outstanding at ", "outstanding on ", "balance on ",
            "arrears on ", "quarter ending ", "quarter ended ", "period ending ", "period ended ",
            "year ending ", "year ended ", "month ending ", "month ended ",
            // ("the dates of service and treatment codes for visits since October 1, 2025": the
            // data's period.)
            "visits since ", "services since ", "appointments since ", "treatment since "})
        as_of = as_of || EndsWithAsciiNoCase(lead, words);
      // ("the amount of rent arrears on their account on 6 March 2025" likewise; not "gained
      // access to the account on September 15".)
      if (EndsWithAsciiNoCase(lead, "account on ")) {
        const std::string_view near = lead.substr(lead.size() - std::min<size_t>(lead.size(), 48));
        as_of =
            as_of || ContainsAsciiNoCase(near, "arrears") || ContainsAsciiNoCase(near, "balance");
      }
      if (as_of) continue;
    }
    // (Both ends of such a period.)
    if (IsLongPeriodOfPeople(text, dates, i) || (i > 0 && IsLongPeriodOfPeople(text, dates, i - 1)))
      continue;
    std::string iso = FormatYmd(d.year, d.month, d.day);
    if (iso > limit || (best && iso >= best_iso)) continue;
    // "2026年3月13日\n\n広報資料\n令和8年3月13日": the notice's date again, alone on its line.
    if (iso == limit && TrimSpace(text.substr(s, d.start - s)).empty() &&
        TrimSpace(text.substr(d.end, e - d.end)).empty())
      continue;
    // "The company previously disclosed a phishing incident on May 3, 2019": another
    // incident's day. (Looked for last, and only for a date that would be picked: a regex
    // over the sentence of every date cost 1% of the extractor's instructions.)
    {
      const auto [ss, se] = SentenceAround(text, d.start);
      const std::string_view sentence = text.substr(ss, se - ss);
      if (OtherIncidentRe().In(sentence) || IsBackgroundDate(text, d)) continue;
      // "On December 1, 2025, we began mailing letters to these patients": telling the people,
      // a response (in whatever section it is told).
      if (ContainsAsciiNoCase(sentence, "letter") || ContainsAsciiNoCase(sentence, "notif")) {
        static const RE2 notify(
            "(?i)\\b(?:began|begun|begin|started|start) (?:mailing|sending|to mail|to send)\\b"
            "[^.]{0,40}\\b(?:letters|notices|notifications)\\b|\\bwe (?:mailed|sent|posted) "
            "(?:[a-z]+ ){0,2}(?:letters|notices|notifications)\\b|\\b(?:notification|notice) "
            "letters (?:were|was) (?:mailed|sent|posted)\\b|\\bwe (?:notified|began notifying|"
            "started notifying)\\b");
        if (RE2::PartialMatch(sentence, notify)) continue;
      }
      // "a software update to its inserting equipment on June 16 caused some envelopes to
      // receive two statements": the day of the cause, kept apart (below).
      if (CausedByUpdate(sentence)) {
        if (!update || iso < update_iso) update = i, update_iso = iso;
        continue;
      }
    }
    best = i;
    best_iso = iso;
  }
  // The day an update caused the error is the incident's, unless the error went out by post
  // later ("On June 17, 2025, Lettermark mailed approximately 58,200 statements"): the day the
  // letters went out.
  if (update && (!best || update_iso < best_iso)) {
    static const RE2 posted("(?i)\\b(?:mailed|posted|printed)\\b|発送|郵送");
    const auto [ss, se] =
        best ? SentenceAround(text, dates[*best].start) : std::pair<size_t, size_t>{0, 0};
    if (!best || !RE2::PartialMatch(text.substr(ss, se - ss), posted)) best = update;
  }
  return best;
}

std::optional<std::pair<size_t, size_t>> TodayOfTheIncident(std::string_view text,
                                                            const std::vector<Section>& sections) {
  // (An event's verb in the sentence; not "本日、ホームページに掲載しました", the notice itself.)
  static const RE2 event(
      "誤送信|誤送付|誤配信|誤発送|誤って|送信|配信|発送|判明|発生|紛失|盗難|"
      "漏えい|漏洩|流出|不正アクセス");
  for (size_t at = FindRare(text, "本日"); at != std::string_view::npos;
       at = FindRare(text, "本日", at + 1)) {
    if (IsAfterwards(SectionAt(sections, at))) continue;
    const auto [s, e] = SentenceAround(text, at);
    const std::string_view from_today = text.substr(at, e - at);
    if (RE2::PartialMatch(from_today, event)) return std::make_pair(at, at + 6);
  }
  return std::nullopt;
}

namespace {

// What the words right after a count say of it (PickAffected).
struct AfterCues {
  bool own_part = false, whole = false, part = false, yearly = false, affected = false,
       narrowed = false, wide = false, sent = false, sent_whole = false;
};

// The cues of AfterCuesIn, each anchored at the start of the text after a count.
constexpr const char* kCues[] = {
    // own_part: "approximately 76,000 individuals, including data on 10,515 of the CE's
    // members": the whole is another's, the part the notifier's own.
    "(?i)^[)'’]?, including (?:data on |information on |information of )?"
    "(?:approximately |about |nearly )?[0-9][0-9,]* of (?:the ce['’]?s|our|its|"
    "the covered entity['’]?s)\\b",
    // whole: "4,107 individuals, including the 2,318 Iowa residents".
    "(?i)^[)'’]?,? (?:including|of whom|of which) [^.;]{0,30}?[0-9]",
    // part: "3,412 California residents among them", "two (2) of whom reside in Vermont".
    "(?i)^[)'’]? (?:among them|of whom|of which|among those)\\b",
    // yearly: "30,000 clients each year": the size of the organisation.
    "(?i)^[^.,;:]{0,30}?\\b(?:(?:each|every|per|a) "
    "(?:year|month|week|day|semester|term|season|"
    "[a-z]+uary|march|april|may|june|july|august|september|october|november|"
    "december)|annually|yearly|(?:that|this|last|past) (?:week|month|year))\\b",
    // affected: "Approximately 87,069 individuals were affected": the cue after the count.
    // ("caused 1,140 envelopes to contain a second patient's statement": what went wrong.)
    "(?i)^[)'’]? (?:were|was|had been|have been|may have been) (?:potentially )?"
    "(?:affected|impacted|involved|compromised|exposed)\\b|"
    "^ (?:to contain|contained|held) (?:a second|another|the wrong)\\b",
    // narrowed: "the ePHI of almost 79 million people, affecting 3,000 individuals who
    // received health insurance from the CE": the larger whole is another's.
    "(?i)^[)'’]?, affecting (?:approximately |about |nearly |over |more than )?[0-9]",
    // wide: "roughly 1.4 million records platform-wide": a vendor's whole, not this
    // notice's.
    "(?i)^[^.,;]{0,16}?\\b(?:platform|company|system|network)-wide|"
    // "roughly 1.2 million records across all its customers".
    "^[^.,;]{0,16}?\\bacross (?:all )?(?:of )?(?:its|their) (?:customers|clients)",
    // sent: "About 21,500 reminder letters were posted that day": what an operation sent.
    // ("19,400 reminder letters were printed and posted in the batch" likewise.)
    // ("About 310 Grade 10 report cards were handed out that day" likewise.)
    "(?i)^ (?:were|was) (?:printed and )?(?:posted|mailed|sent out|issued|handed out|"
    "distributed|given out)\\b",
    // sent_whole: "During that time 48,210 notification emails were sent, and of these, 312
    // members' statements went to another member's email": the whole a part is taken from.
    "(?i)^ (?:were|was) sent,? and of (?:these|those|them)\\b",
};

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The cues `after` (the text after a count) opens with, found in one pass.
AfterCues AfterCuesIn(std::string_view after) {
  static const RE2::Set* set = NewRuleSet(
      kCues, [](const char* cue) { return cue; }, RE2::ANCHOR_START);
  AfterCues cues;
  // (Each cue holds an ASCII letter other than s and k: see FieldGuardedRes.)
  if (std::none_of(after.begin(), after.end(), IsAsciiLetter)) return cues;
  std::vector<int> hits;
  if (!set->Match(after, &hits)) return cues;
  bool* flags[] = {&cues.own_part, &cues.whole, &cues.part, &cues.yearly,    &cues.affected,
                   &cues.narrowed, &cues.wide,  &cues.sent, &cues.sent_whole};
  for (int i : hits) *flags[i] = true;
  return cues;
}

// "顔が判別できる写真4枚", "写真データ 約1,400枚": photographs counted, the data themselves.
bool Photos(std::string_view text, const CountMention& c) {
  if (c.unit != CountUnit::kRecords || c.end < 3 || text.substr(c.end - 3, 3) != "枚") return false;
  std::string_view before = TrimSpace(text.substr(0, c.start));
  for (std::string_view approx : {"約", "およそ", "計"})
    if (before.ends_with(approx))
      before = TrimSpace(before.substr(0, before.size() - approx.size()));
  return before.ends_with("写真") || before.ends_with("画像") || before.ends_with("写真データ") ||
         before.ends_with("画像データ");
}

// Where an earlier report kept below the current one starts: a notice headed "【第2報】…"
// that keeps its "【第1報】2026年10月7日 …" underneath. The counts there are the first
// estimate, which the current report's replace. npos if there is none.
size_t EarlierReportStart(std::string_view text) {
  // An English statement that opens with its latest update ("Update: 29 May 2026 …") and keeps
  // the first statement below a rule ("---") or a heading that says so ("Original statement").
  if (const std::string_view head = text.substr(0, 600);
      head.find("Update") != std::string_view::npos ||
      head.find("UPDATE") != std::string_view::npos) {
    static const RE2 update_line("(?m)^[ \t]*((?:Update|UPDATE|Updated)\\b[^\n]*)$");
    // (The rule or heading as the first group: where the earlier statement starts.)
    // ("ORIGINAL NOTICE – 24 March 2026" in capitals too.)
    static const RE2 earlier_below(
        "(?m)^[ \t]*(-{3,}|\\*{3,}|_{3,}|(?i:original|initial|earlier|previous|first) "
        "(?i:notice|statement|post|announcement|update)\\b[^\n]*)[ \t]*$");
    re2::StringPiece update, below;
    if (RE2::PartialMatch(head, update_line, &update)) {
      const size_t after = OffsetIn(text, update) + update.size();
      size_t earlier = std::string_view::npos;
      if (RE2::PartialMatch(text.substr(after), earlier_below, &below))
        earlier = OffsetIn(text, below);
      // "UPDATE 2 – 10 April 2026 … UPDATE 1 – 27 March 2026 …": a numbered update below the
      // latest one is earlier too.
      static const RE2 numbered("^(?:Update|UPDATE) ([0-9]+)\\b");
      static const RE2 numbered_below("(?m)^[ \t]*((?:Update|UPDATE) ([0-9]+)\\b[^\n]*)$");
      int latest = 0, n = 0;
      if (RE2::PartialMatch(update, numbered, &latest)) {
        re2::StringPiece rest(text.data() + after, text.size() - after), line;
        while (RE2::FindAndConsume(&rest, numbered_below, &line, &n))
          if (n < latest) {
            earlier = std::min(earlier, OffsetIn(text, line));
            break;
          }
      }
      if (earlier != std::string_view::npos) return earlier;
    }
  }
  // (Only the first lines are searched unless they name a report.)
  if (text.substr(0, 400).find("報") == std::string_view::npos) return std::string_view::npos;
  static const RE2 report("第([0-9一二三四五六七八九])報");
  auto number = [](std::string_view n) {
    static constexpr std::string_view kKanji[] = {"一", "二", "三", "四", "五",
                                                  "六", "七", "八", "九"};
    for (int i = 0; i < 9; ++i)
      if (n == kKanji[i]) return i + 1;
    return n.size() == 1 ? n[0] - '0' : 0;
  };
  // The current report: the first one named in the notice's first lines.
  re2::StringPiece head(text.data(), std::min<size_t>(text.size(), 400)), n;
  if (!RE2::PartialMatch(head, report, &n)) return std::string_view::npos;
  const int current = number(std::string_view(n.data(), n.size()));
  if (current < 2) return std::string_view::npos;
  // A line below that opens with an earlier report's number.
  // (A heading, "【第1報】", "第1報 2026年10月7日"; not "第1報では…とお知らせしておりましたが".)
  static const RE2 earlier_line(
      "\n[ \t]*(?:【|\\[|\\()?(第([0-9一二三四五六七八九])報)(?:[】\\])( \t\n]|$)");
  re2::StringPiece rest(n.data() + n.size(), text.size() - OffsetIn(text, n) - n.size()), line, k;
  while (RE2::FindAndConsume(&rest, earlier_line, &line, &k))
    if (number(std::string_view(k.data(), k.size())) < current) return OffsetIn(text, line);
  return std::string_view::npos;
}

// The guards of PickAffected's regexes (AffectedRes): each is true of every text its
// regex matches somewhere in, by a byte its matches end or open with or a word they hold.
// ASCII words are compared in either case and hold no s or k, the letters (?i) also
// matches to other characters (ſ, K).
bool EndsInSpace(std::string_view s) { return s.ends_with(' '); }
bool OpensWithSpace(std::string_view s) { return s.starts_with(' '); }
bool OpensWithSpaceOrComma(std::string_view s) { return s.starts_with(' ') || s.starts_with(", "); }
// (従業員, 職員, 社員, 教職員 end in 員, スタッフ in フ; "all of our " in a space.)
bool MayEndInStaff(std::string_view s) {
  return s.ends_with(' ') || s.ends_with('(') || s.ends_with("員") || s.ends_with("フ");
}
// ("first", "estimate" by the letters without s.)
bool MaySayRevised(std::string_view s) {
  for (std::string_view w : {"fir", "initial", "previou", "figure", "timate", "notice of", " we "})
    if (ContainsAsciiNoCase(s, w)) return true;
  return ContainsAny(s, {"第1報", "第一報", "前回", "当初"});
}
bool HoldsNot(std::string_view s) { return ContainsAsciiNoCase(s, " not "); }
bool HoldsEffectIs(std::string_view s) { return s.find("影響は") != std::string_view::npos; }
// (発送, 郵送, 送付.)
bool HoldsSend(std::string_view s) { return s.find("送") != std::string_view::npos; }
bool OpensWithWo(std::string_view s) { return s.starts_with("を"); }
bool HoldsMail(std::string_view s) { return s.find("メール") != std::string_view::npos; }
bool HoldsOccasion(std::string_view s) { return s.find("際") != std::string_view::npos; }
bool HoldsOther(std::string_view s) { return ContainsAny(s, {"別の", "他の", "異なる"}); }
// (s, S or ſ, whose UTF-8 ends in BF.)
bool EndsInLetterS(std::string_view s) {
  return s.ends_with('s') || s.ends_with('S') || s.ends_with('\xBF');
}
bool EndsInResident(std::string_view s) {
  return s.ends_with("resident") || s.ends_with("residents");
}
// " on " after an optional ) ' or ’.
bool OpensWithOn(std::string_view s) {
  if (s.starts_with(')') || s.starts_with('\''))
    s.remove_prefix(1);
  else if (s.starts_with("’"))
    s.remove_prefix(3);
  return StartsWithAsciiNoCase(s, " on ");
}

// PickAffected's regexes that run only where their guard passes (most counts fail it:
// Japanese text for the English rules, no space before the count for those ending in one),
// instead of a regex pass, with its DFA cold, per count and rule.
struct AffectedRes {
  // The phrase that states the affected number right before it: "the PHI of 26,115
  // individuals", "affecting approximately 2,077 individuals".
  const GuardedRe cue{
      "(?i)(?:(?:information|data|records|\\(e?phi\\)|phi|details|names|addresses|numbers|"
      "balances|results|histories) (?:of|(?:relating|related|belonging) to)|affect(?:ed|ing)|"
      "impact(?:ed|ing)|notifying|notified|concern(?:ed|s)) +(?:(?:approximately|about|an "
      "estimated|potentially|"
      "nearly|up to|over|more than) +)?$",
      EndsInSpace};
  const GuardedRe staff_before{
      "(?i)(?:従業員|職員|社員|スタッフ|教職員)\\(?$|\\ball (?:of )?(?:our )?$", MayEndInStaff};
  const GuardedRe superseded{
      "(?i)first (?:notice|report|announcement)|initial (?:notice|report|estimate)|"
      "previously (?:reported|announced|estimated|said|stated)|initially (?:reported|"
      "estimated|said|believed|thought)|第1報|第一報|前回の?お知らせ|当初|"
      // ("This is more than the figure of about 600 people we gave on 16 May".)
      "\\b(?:figure|estimate) of (?:about |approximately |around |roughly |some )?$|"
      // ("In our notice of June 3, 2024, we reported that approximately 2,100 …".)
      "\\bnotice of [^.]{0,24}?,? we (?:reported|said|stated|estimated)\\b|"
      // ("On September 29 we reported that about 2,400 documents …".)
      "\\bon [a-z]+ [0-9]{1,2}(?:,? [0-9]{4})?,? we "
      "(?:reported|said|stated|estimated|announced)\\b",
      MaySayRevised};
  const GuardedRe has{
      "(?i)\\b(?:has|have|had) +(?:(?:approximately|about|roughly|nearly|"
      "over|more than|some) +)?$",
      EndsInSpace};
  const GuardedRe keeps{
      "(?i)\\b(?:our|its|their) (?:[a-z\\-]+ ){0,2}(?:database|system|platform|records "
      "system)s? (?:holds|contains|has|stores|keeps) +(?:(?:approximately|about|roughly|"
      "nearly|over|more than|some) +)?$",
      EndsInSpace};
  const GuardedRe not_reached{
      "(?i)^[^.;,]{0,30}?,? *\\b(?:was|were|is|are|has|have) not (?:been )?"
      "(?:accessed|affected|involved|impacted|compromised|exposed|acquired)\\b",
      HoldsNot};
  const GuardedRe not_reached_ja{"^[^。\n]{0,40}?影響は(?:ありません|ございません|ない)",
                                 HoldsEffectIs};
  const GuardedRe served{
      "(?i)^ (?:(?:that|whom|who) )?(?:we|it|they) (?:have |has |had )?(?:served|treated|"
      "cared for|seen|employed|insured)\\b",
      OpensWithSpace};
  const GuardedRe size_before{
      "(?i)\\b(?:enrolls|enrolled|enrolling|employs|employed|employing|serves|served|"
      // ("We care for more than 14,000 children across our three offices".)
      "serving|(?:care|cares|caring) for|insures|insured|insuring|"
      // ("in the batch of 2,906 statements mailed on or about March 3, 2026, the second page
      // of some statements was placed in the envelope of the next patient".)
      "\\b(?:the|a|one) (?:batch|print run|mailing) of|"
      "(mailed|mails|posted|posts|printed|prints|processes|processed)) +"
      // ("mailed a batch of 48,300 EOB statements".)
      // ("the vendor mailed the monthly EOB run of about 48,900 statements" likewise.)
      "(?:(?:a|the|its|our) (?:[a-z\\-]+ ){0,2}(?:batch|run|mailing) of +)?"
      "(?:(?:approximately|about|around|roughly|nearly|over|more than|some|its|our) +)*$",
      EndsInSpace};
  const GuardedRe on_list{
      "(?i)^[)'’]? on (?:our|the|its|their|a) (?:[a-z\\-]+ ){0,3}?"
      "(?:mailing|distribution|e-?mail|contact|newsletter) list\\b",
      OpensWithOn};
  const GuardedRe list_of{
      "(?i)\\b(?:mailing|distribution|e-?mail|contact|newsletter) list (?:of|with) +"
      "(?:(?:approximately|about|around|roughly|nearly|over|more than|some) +)*$",
      EndsInSpace};
  const GuardedRe on_register{
      "(?i)^[)'’]? on (?:our|the|its|their) (?:[a-z\\-]+ ){0,3}?(?:register|waiting list)\\b",
      OpensWithOn};
  const GuardedRe threshold{
      "(?i)\\b(?:any|each|every|all) [a-z]+(?: [a-z]+){0,3} (?:to|with|of|for|over|above) $",
      EndsInSpace};
  const GuardedRe mailed{"^を?[^。、\n]{0,24}?(?:発送|郵送|送付)(?:し|いたし|致し)", HoldsSend};
  const GuardedRe messages_sent{"^を、?[^。\n]{0,30}?(?:送信|配信)(?:し|いたし|致し)", OpensWithWo};
  const GuardedRe spam{"^の?(?:なりすまし|迷惑|スパム|フィッシング|不審な?)メール", HoldsMail};
  const GuardedRe spam_en{
      "(?i)\\b(?:phishing|spam|scam|fraudulent|malicious) (?:e-?mails|"
      "messages|texts)$",
      EndsInLetterS};
  const GuardedRe operation_when{"^[^。、\n]{0,30}?(?:送信|発送|送付|郵送|配信)(?:した|する)際",
                                 HoldsOccasion};
  const GuardedRe went_astray{
      "^([^。]{0,60}?)(?:別の|他の|異なる)[^。]{0,30}?(?:送信|送付|"
      "発送|郵送|配信|届)",
      HoldsOther};
  const GuardedRe received{
      "(?i)\\breceived +(?:(?:approximately|about|around|roughly|nearly|over|more than|some) "
      "+)?$",
      EndsInSpace};
  const GuardedRe held{
      "(?i)\\b(?:mailbox|inbox|account|folder|drive|server|share|archive|system)e?s? "
      "(?:held|holds|contained|contains|stored|stores|had|has) +(?:(?:approximately|about|"
      "around|roughly|nearly|over|more than|some) +)?$",
      EndsInSpace};
  const GuardedRe state_residents{"[0-9)] (?:[A-Z][a-z]+ ){1,3}residents?$", EndsInResident};
  const GuardedRe in_total{"(?i)^,? (?:in total|in all|altogether|combined)\\b",
                           OpensWithSpaceOrComma};
};

const AffectedRes& Res() {
  static const AffectedRes* res = new AffectedRes;
  return *res;
}

}  // namespace

AffectedPick PickAffected(std::string_view text, const std::vector<CountMention>& counts,
                          const std::vector<Section>& sections) {
  static const RE2 leak(
      "(?i)流出|漏え?い|漏洩|誤送付|誤送信|誤配|誤封入|紛失|盗難|盗まれ|個人情報|対象|影響|可能性|"
      "不正ログイン|"
      "含まれ|記載|別の?世帯|他の?世帯|別の方|別人|他の方|他のお客|"
      "不正アクセス|閲覧|被害|affected|impacted|involved|potentially|compromised|exposed|notif|"
      "breach|"
      "whose|belonging|containing|included|may have|accessed|acquired|stolen|lost|misaddress|"
      "misdirect|in error|by mistake|mistakenly|accidentally|inadvertently|erroneously|"
      // "the criminals copied approximately 46,000 files", "The boxes contained around 700
      // hospital and clinic letters relating to approximately 520 patients".
      "copied|exfiltrated|contained|relating to|relates? to|"
      // "The spreadsheet listed 1,412 students", "the email addresses of 412 registrants were
      // disclosed", "94 incident reports were available in unredacted form".
      "\\blisted\\b|disclosed|unredacted|\\bvisible\\b|viewable|"
      // "the letters of 611 claimants were displayed to another claimant".
      "(?:displayed|shown) to (?:an)?other|"
      // "3,906 documents … could be viewed by anyone who searched a parcel number".
      "could be (?:viewed|seen|opened|downloaded)|without redaction|"
      // "The bills of 214 households were sent to a different address", "647 ratepayers had
      // their reminder sent to another ratepayer's mobile phone".
      "\\b(?:wrong|incorrect|different) (?:postal |mailing |e-?mail |home |mobile )?"
      "(?:address|addresses|recipients?|person|people|households?|numbers?)\\b|"
      "\\bto (?:an)?other (?:[a-z]+['’]s |[a-z]+ )?(?:residents?|customers?|patients?|members?|"
      "households?|ratepayers?|tenants?|families|people|persons?|parents?|clients?|"
      "mobile|phone|address)");
  static const RE2 operation(
      // (Not "委託先の作業記録及び封入機のログを調査した結果": the work's records, evidence.
      // Nor "家庭訪問の準備のため、…児童32名分の個人票を使用していた": the papers the work used,
      // what was lost.)
      "(?i)準備(?:[^の]|$)|準備の(?:[^た]|$)|(?:^|[^手])作業(?:[^をの中時際記履ロ]|$)|残り|全体|"
      "総数|のみ|発送予定|以外|対象外|"
      // "発送通数:約86,000通": the size of the mailing.
      "発送(?:通|件)数|"
      "更新のため|"
      // "再発行分126通の控えを全件確認し": what was checked, all of it.
      "全件(?:を)?(?:確認|点検|調査|照合)|"
      // "課税明細書が複数枚となる納税義務者分(246通)をすべて確認したところ".
      "(?:すべて|全て)(?:を)?(?:確認|点検|調査|照合)|"
      // "about 9,000 documents were published on the portal in the same period; the others were
      // correctly redacted".
      "the (?:others|rest) (?:were|was) (?:correctly|properly)|"
      // "The batch as a whole contained 38,750 statements".
      "as a whole|the (?:whole|entire|full) (?:batch|mailing|run) (?:contained|included|"
      "comprised|consisted|held|of)\\b|"
      // "The error affected only the April 24 mailing, which contained approximately 41,000
      // statements in total".
      "(?:batch|mailing|run),? which (?:contained|included|comprised)\\b|"
      // "About 24,000 claimants used the portal during that period": its users, not those
      // whose data was shown.
      "\\b(?:used|visited|logged (?:in|on)to|signed (?:in|on)to) (?:the|our) (?:online )?"
      "(?:portal|site|website|service|system|app)\\b|"
      "total number of (?:our|all)|in total we serve|(?:serves?|serving) (?:about |approximately "
      "|over |more than |nearly )?[0-9]");
  const AffectedRes& res = Res();
  // "1,050通のうち、1通" / "5 out of 4,000": the whole is the operation, the part is
  // the incident. うち follows the whole, "out of" precedes it.

  std::vector<int> score(counts.size(), 0);
  // The counts an earlier report gave and the notice has since revised.
  std::vector<bool> revised(counts.size(), false);
  // Per unit: where its first count is and its largest value (for the part rules
  // below, without a scan per count).
  constexpr int kUnits = 3;
  size_t first_of[kUnits] = {counts.size(), counts.size(), counts.size()};
  std::int64_t largest[kUnits] = {0, 0, 0};
  for (size_t i = 0; i < counts.size(); ++i) {
    if (counts[i].bound || counts[i].named) continue;
    const int u = static_cast<int>(counts[i].unit);
    first_of[u] = std::min(first_of[u], i);
    largest[u] = std::max(largest[u], counts[i].value);
  }
  // The largest value per unit among the counts before the current count's sentence (the first
  // `before_sentence` counts), kept as the loop below moves on.
  std::int64_t largest_before[kUnits] = {0, 0, 0};
  size_t before_sentence = 0;
  // Counts share sentences: the last sentence's leak / operation verdicts are kept.
  size_t last_s = std::string_view::npos, last_e = 0;
  bool last_leak = false, last_operation = false;
  const size_t earlier_report = counts.empty() ? std::string_view::npos : EarlierReportStart(text);
  // An earlier report's counts stand when the current report counts nothing ("Update, 3 March
  // 2026: We have now completed our review" above the original statement's "approximately
  // 18,400 individuals").
  const bool counted_now = std::any_of(counts.begin(), counts.end(), [&](const CountMention& c) {
    return c.start < earlier_report;
  });
  for (size_t i = 0; i < counts.size(); ++i) {
    const CountMention& c = counts[i];
    auto [s, e] = SentenceAround(text, c.start);
    std::string_view sentence = text.substr(s, e - s);
    if (s != last_s || e != last_e) {
      last_s = s, last_e = e;
      last_leak = RE2::PartialMatch(sentence, leak);
      last_operation = RE2::PartialMatch(sentence, operation);
    }
    int sc = 0;
    std::optional<SectionKind> k = SectionAt(sections, c.start);
    if (k == SectionKind::kData) sc += 3;
    if (k == SectionKind::kResponse || k == SectionKind::kPrevention ||
        k == SectionKind::kContact || k == SectionKind::kYouCanDo)
      sc -= 2;
    if (k == SectionKind::kOther) sc -= 3;  // "About Acme Bank ... serving 140,000 customers"
    if (c.start >= earlier_report && counted_now) sc -= 5;
    if (last_leak) sc += 2;
    {
      const size_t at = c.start - s;
      const size_t ja_part = sentence.find("うち");
      // "発送した書類(発送総数約8万2千通)のうち、お客さま26名分の書類が…": the operation is the
      // whole before うち, not the part after it.
      if (last_operation &&
          !(ja_part != std::string_view::npos && ja_part < at &&
            !RE2::PartialMatch(sentence.substr(ja_part, at - ja_part), operation)))
        sc -= 3;
      // "648名(うち退去済みの方71名を含む)": the count before "(うち" is the whole
      // and the one inside is its part.
      const bool whole_before_part = text.substr(c.end, 7) == "(うち";
      // "お客様15,621名(上記(2)の2,843名を含む)": the count before a bracket that includes
      // another is the whole; the one inside is its part.
      {
        const std::string_view after = text.substr(c.end, 80);
        // ("5,907名(上記(1)の3,412名を含みます)" likewise.)
        static constexpr std::string_view kIncludes[] = {"を含む)", "を含みます)",
                                                         "を含んでいます)"};
        size_t includes = std::string_view::npos;
        for (std::string_view w : kIncludes) includes = std::min(includes, after.find(w));
        if (after.starts_with("(") && includes != std::string_view::npos &&
            after.substr(0, includes).find('\n') == std::string_view::npos)
          sc += 2;
        for (std::string_view w : kIncludes)
          if (text.substr(c.end, 24).starts_with(w)) sc -= 3;
      }
      // "(概要) …812名の会員様のアカウントへのログインが成功… (二次被害) 812名のうち23名の会員様
      // について、保有ポイントが…交換されていた": a whole counted before is the number
      // affected; the part after うち is a further harm to some of them.
      auto counted_before = [&counts, sentence_start = s](size_t k) {
        for (size_t j = 0; j < k; ++j)
          if (counts[j].unit == counts[k].unit && counts[j].value == counts[k].value &&
              counts[j].end <= sentence_start)
            return true;
        return false;
      };
      // ("お客様 最大9,516名\n このうち、…お客様2,207名については": people before a line that
      // opens with the part are the whole, the number.)
      const bool part_below =
          ja_part != std::string_view::npos && ja_part >= at &&
          sentence.substr(at, ja_part - at).find('\n') != std::string_view::npos;
      if (ja_part != std::string_view::npos && ja_part >= at && !whole_before_part &&
          !(c.unit == CountUnit::kPersons && (counted_before(i) || part_below)))
        sc -= 3;
      if (ja_part != std::string_view::npos && ja_part < at && i > 0 &&
          c.unit == CountUnit::kPersons && counts[i - 1].unit == CountUnit::kPersons &&
          counts[i - 1].start >= s && counts[i - 1].end <= s + ja_part && counted_before(i - 1))
        sc -= 3;
      // "対象のお客様 1,982名 / うちクレジットカード情報が含まれるお客様 1,204名": a list line
      // opening with うち counts a part of the count on the line before (the last of its unit:
      // "6世帯14名 / うち2世帯5名").
      size_t prev_same = SIZE_MAX;
      for (size_t j = i; j-- > 0;)
        if (counts[j].unit == c.unit) {
          prev_same = j;
          break;
        }
      if (const size_t nl = text.rfind('\n', c.start);
          nl != std::string_view::npos && prev_same != SIZE_MAX && counts[prev_same].end <= nl &&
          nl - counts[prev_same].end < 200 && [&] {
            // ("上記のうち、クレジットカード決済をされたお客様 3,187名" likewise.)
            const std::string_view line_head = TrimSpace(text.substr(nl + 1, c.start - (nl + 1)));
            // ("(このうち、同期間中にクレジットカード決済をされたお客様1,892名については"
            // likewise. Unbracketed このうち opens a part of people, "このうち、クレジットカード
            // 決済をご利用になったお客様2,207名については", but not of records: "このうち個人情報を
            // 含むファイル 延べ1,027件" is the part that held the data.)
            // ("・上記生徒のうち12名分の保護者の緊急連絡先" likewise.)
            std::string_view head = line_head;
            if (head.starts_with("・")) head.remove_prefix(std::string_view("・").size());
            if (head.starts_with("上記") &&
                head.substr(0, 30).find("のうち") != std::string_view::npos)
              return true;
            return line_head.starts_with("うち") || line_head.starts_with("上記のうち") ||
                   line_head.starts_with("(このうち") || line_head.starts_with("(うち") ||
                   (c.unit == CountUnit::kPersons && line_head.starts_with("このうち"));
          }())
        sc -= 3;
      const size_t part_open = sentence.substr(0, at).rfind("(うち");
      if (part_open != std::string_view::npos &&
          sentence.substr(part_open, at - part_open).find(')') == std::string_view::npos)
        sc -= 3;
      // "誤送付の対象となった方は31名です(3名の方には2種類の書類が送付されていました)": a count
      // that opens an aside after a larger count of the same unit in its sentence is some of them.
      // (Not "延べ298名分(実人数209名)": the people counted once each, the number.)
      if (i > 0 && !c.distinct && TrimSpace(sentence.substr(0, at)).ends_with("(")) {
        const CountMention& prev = counts[i - 1];
        if (prev.unit == c.unit && prev.start >= s && prev.value > c.value &&
            text.substr(prev.end, c.start - prev.end).find(')') == std::string_view::npos)
          sc -= 3;
      }
      // "the remaining 23,981 affected individuals", "the other 486": the rest of a
      // whole counted before.
      const std::string_view lead = TrimSpace(text.substr(s, c.start - s));
      // "Of the affected individuals, 598 were members": a part of the affected ones.
      // (Only after a count of the whole: "notified the remaining 2,034 patients" alone is
      // the number.)
      if ((EndsWithAsciiNoCase(lead, " remaining") || EndsWithAsciiNoCase(lead, " other") ||
           StartsWithAsciiNoCase(lead, "of the affected")) &&
          first_of[static_cast<int>(c.unit)] < i)
        sc -= 3;
      // "…signed in to 4,873 customer accounts. … In 212 accounts, rewards points were redeemed":
      // a further harm to some of a larger whole counted before.
      if ((lead == "In" || lead == "in") && text.substr(c.end, 1) == "," &&
          first_of[static_cast<int>(c.unit)] < i && largest[static_cast<int>(c.unit)] > c.value)
        sc -= 3;
      // "For the 38 students referred for evaluation, the files also included notes on their
      // health": the people some further items belong to, a part of a larger count.
      if ((lead == "For the" || lead == "for the" || EndsWithAsciiNoCase(lead, " for the")) &&
          largest[static_cast<int>(c.unit)] > c.value &&
          (sentence.find(" also ") != std::string_view::npos ||
           sentence.find("In addition") != std::string_view::npos ||
           sentence.find("in addition") != std::string_view::npos))
        sc -= 3;
      // "…and, for approximately 250 patients, radiology reports": the people some
      // further items belong to, a part of the whole.
      // ("- for 37 of the households who pay by direct debit, the last four digits of the bank
      // account number" likewise.)
      // ("copies of driver licences for about 1,900 individuals who verified their identity"
      // likewise.)
      if ((EndsWithAsciiNoCase(lead, " for") || lead == "for" || lead == "For") &&
          (text.substr(c.end, 1) == "," ||
           text.substr(c.start, c.end - c.start).find(" of the ") != std::string_view::npos ||
           text.substr(c.end).starts_with(" who ")) &&
          largest[static_cast<int>(c.unit)] > c.value)
        sc -= 3;
      // "個人情報を含むファイルは37件でした。… 個人情報を含むファイルのうち5件について、学外から
      // の閲覧が記録されていました": of a larger whole counted in an earlier sentence, the part a
      // further harm (a look, an access from outside) was recorded for.
      // (largest_before: over the counts that start before this sentence.)
      for (; before_sentence < i && counts[before_sentence].start < s; ++before_sentence) {
        const int u = static_cast<int>(counts[before_sentence].unit);
        largest_before[u] = std::max(largest_before[u], counts[before_sentence].value);
      }
      // "・児童3名の氏名及び生年月日" in the list of what leaked, after "1世帯4名の方の個人情報が
      // 他の世帯に渡る": an entry naming whose items it lists, some of the people counted before,
      // not all of them (no data section's weight). So is one household's share there, after
      // "2世帯3名": "B様世帯2名分及びA様世帯1名分".
      if (k == SectionKind::kData && c.unit == CountUnit::kPersons &&
          largest_before[static_cast<int>(c.unit)] > c.value) {
        if (text.substr(0, c.start).ends_with("様世帯")) {
          sc -= 3;
        } else if (text.substr(c.end).starts_with("の")) {
          // (Only under a larger count said to be that of the people whose data it was: "お子様
          // 9名の氏名…" after "保護者312名に送信" is the number.)
          bool under_whole = false;
          for (size_t j = 0; j < i && !under_whole; ++j) {
            const CountMention& w = counts[j];
            const std::string_view after_w = text.substr(w.end);
            under_whole =
                w.unit == CountUnit::kPersons && !w.bound && !w.named && w.value > c.value &&
                (after_w.starts_with("の方の個人情報") || after_w.starts_with("の個人情報") ||
                 after_w.starts_with("分の個人情報"));
          }
          const std::string_view after = text.substr(c.end + std::string_view("の").size(), 60);
          const size_t stop = std::min({after.find("及び"), after.find("、"), after.find("・"),
                                        after.find('\n'), after.find("。"), after.size()});
          if (under_whole && DataItemFor(after.substr(0, stop))) sc -= 3;
        }
      }
      if (ja_part != std::string_view::npos && ja_part < at &&
          text.substr(c.end).starts_with("について") &&
          largest_before[static_cast<int>(c.unit)] > c.value) {
        const std::string_view after = sentence.substr(c.end - s);
        if (after.find("閲覧") != std::string_view::npos ||
            after.find("アクセス") != std::string_view::npos ||
            after.find("ダウンロード") != std::string_view::npos)
          sc -= 3;
      }
      // "nine (9) New Hampshire residents" in a letter to a state's regulator that also
      // counts everyone (1,284 individuals): the state's share, a part.
      // ("identified 1,284 individuals in total": people counted in total are the whole;
      // letters "(1,872 letters in total)" are an operation's.)
      if (c.unit == CountUnit::kPersons) {
        if (largest[static_cast<int>(c.unit)] > c.value &&
            res.state_residents.In(text.substr(c.start, c.end - c.start)))
          sc -= 5;
        const std::string_view after = text.substr(c.end, 10);
        // (In a sentence about the leak or what a review found, "identified 1,284 individuals
        // in total": not "about 96,000 participants in total" in all the plans a vendor runs.)
        static const RE2 found("(?i)identified|determined|confirmed|found");
        if ((after.starts_with(" in total") || after.starts_with(" in all")) &&
            (last_leak || RE2::PartialMatch(sentence, found)))
          sc += 2;
      }
      // "5 out of 4,000 letters", "out of approximately 38,500 statements in the August run,
      // 1,146 patients had a page … sent": the count right after "out of" is the whole (but
      // not what follows "stolen out of a car").
      static const RE2 out_of(
          "(?i)\\bout of (?:approximately |about |nearly |over |around "
          "|roughly |some )?$");
      // (Only where it can match: out_of holds "out of", no letter of which has a non-ASCII
      // case variant.)
      const std::string_view head = sentence.substr(0, at);
      if (ContainsAsciiNoCase(head, "out of") && RE2::PartialMatch(head, out_of)) sc -= 3;
      std::string_view before = text.substr(c.start - std::min<size_t>(c.start - s, 40),
                                            std::min<size_t>(c.start - s, 40));
      if (res.cue.In(before)) sc += 1;
      // "伝票枚数:2,310枚", "対象件数: 12件": the count a label states.
      if (TrimSpace(before).ends_with("数:")) sc += 1;
      // "本学教職員1名のメールアカウントが…", "職員2名が…": the staff who made the error or
      // whose account was taken, not the people affected (a leak of staff data counts
      // more of them: "従業員1,204名の個人情報").
      // (Not the staff whose papers they were: "B事業所の従業員2名分の通知書".)
      if (c.value <= 2 && c.unit == CountUnit::kPersons && !text.substr(c.end).starts_with("分"))
        for (std::string_view staff : {"職員", "従業員", "社員", "担当者", "作業員", "教員", "教諭",
                                       "役員", "スタッフ", "看護師", "医師", "講師", "班長"})
          if (before.ends_with(staff)) sc -= 3;
      // "1通に2名分の明細書が封入された", "2名分の通知書を1つの封筒に": how many to an
      // envelope, not how many were affected.
      if (c.unit == CountUnit::kPersons && c.value <= 3)
        for (std::string_view per : {"1通に", "1つの封筒に", "一つの封筒に", "同じ封筒に", "1枚に"})
          if (before.ends_with(per)) sc -= 3;
      // "全従業員(43名)を対象に…研修を実施します", "training for all 120 employees": the staff a
      // measure reaches, not the people affected. (Not the staff whose records they are:
      // "職員の研修受講記録 64件(職員64名分)".)
      if (c.unit == CountUnit::kPersons && !text.substr(c.end).starts_with("分")) {
        static const RE2 training("(?i)研修|教育を実施|training|trained");
        if (res.staff_before.In(before) && RE2::PartialMatch(sentence, training)) sc -= 3;
      }
      // "In our first notice we said that the information of up to 9,000 students might be
      // involved", "第1報では…「最大2,350名」とお知らせしておりましたが": a count the notice
      // has since revised.
      {
        // (The count the sentence then takes back, "…とお知らせしておりましたが、…計26,418名分と
        // なりました", is never the number, whatever else its sentence says.)
        static const RE2 taken_back("(?i)ましたが|でしたが|\\bbut\\b|\\bhowever\\b");
        if (res.superseded.In(sentence.substr(0, at))) {
          sc -= 5;
          // (Not the count the notice gives after taking the old one back: "第1報で「最大約
          // 3,000名」とお知らせしておりましたが、…2,184名であることが確定".)
          revised[i] = !RE2::PartialMatch(sentence.substr(0, at), taken_back);
          if (RE2::PartialMatch(sentence.substr(at), taken_back)) sc = std::min(sc, -1);
        }
        // "… is 2,318, higher than the approximately 1,900 accounts we reported on October
        // 10": the count an earlier notice gave, said after it.
        if (const std::string_view rest = sentence.substr(at);
            rest.find(" we ") != std::string_view::npos) {
          static const RE2 we_gave(
              "^[^.;]{0,40}? we (?:reported|announced|gave|published|stated|said) (?:on|in|"
              "earlier|previously|initially|at first|last)\\b");
          if (RE2::PartialMatch(rest, we_gave)) sc -= 5;
        }
      }
      // "In February, a clinic in Lakewood said an email error exposed information on about 300
      // patients": a news story's aside on another body's incident, named by an indefinite
      // article. (`lead`, above: the sentence before the count.)
      if (lead.starts_with("In ") || lead.starts_with("Last ") || lead.starts_with("Earlier ")) {
        // (A time, not "In addition, an unauthorized party viewed the records of 1,200 …".)
        static const RE2 another(
            "^(?:In|Last|Earlier) (?:(?:this |last )?(?:January|February|March|April|May|June|"
            "July|August|September|October|November|December|spring|summer|autumn|fall|winter|"
            "year|month|week)|[0-9]{4})(?: [0-9]{4})?, (?:a|an|another) [a-z]");
        if (RE2::PartialMatch(lead, another)) sc -= 5;
      }
    }
    if (c.total) sc += 2;
    {
      // "In total, 212 employees' W-2 forms were mailed…", "In all, …": the
      // sentence states the total.
      const std::string_view lead = TrimSpace(text.substr(s, c.start - s));
      // "Of the roughly 170,000 statements mailed this year, …": the whole a part
      // is taken from.
      static const RE2 of_whole(
          "(?i)^of(?: the| all| all of the| our| its| their)?"
          "(?: (?:approximately|about|roughly|nearly|over|more than|some))?$");
      if (StartsWithAsciiNoCase(lead, "of ") && RE2::FullMatch(lead, of_whole)) sc -= 3;
      // "This letter is being sent to 1,146 patients", "Letters are being sent to all 2,147
      // clients this week": the people this notice's letters go to are the people affected.
      // (Not "were sent to", which may be the operation that went wrong.)
      static const RE2 being_sent(
          "(?i)\\b(?:letters?|notices?|notifications?|e-?mails?) (?:is|are) being (?:sent|mailed) "
          "to(?: all| each of| each of the| all of the| all of our| the)?$");
      if (c.unit == CountUnit::kPersons && ContainsAsciiNoCase(lead, " being ") &&
          RE2::PartialMatch(lead, being_sent))
        sc += 5;
      if (!c.total &&
          (StartsWithAsciiNoCase(lead, "in total") || StartsWithAsciiNoCase(lead, "in all,") ||
           StartsWithAsciiNoCase(lead, "overall,")))
        sc += 2;
      // After the count: "4,107 individuals, including the 2,318 Iowa residents"
      // is the whole; "3,412 California residents among them", "two (2) of whom
      // reside in Vermont" a part of it; "30,000 clients each year", "enrolls
      // 9,000 students" the size of the organisation.
      // ("mailed 3,104 billing statements to incorrect addresses" counts the error.)
      // ("The Company has approximately 4,100 employees", "The school has 912 students in
      // total", "The Nation has about 31,000 enrolled citizens" likewise.)
      if (c.unit == CountUnit::kPersons) {
        // (Not what the leak itself had: "The mailing had 560 recipients", "The spreadsheet had
        // 1,204 rows of customers".)
        static const RE2 leak_had(
            "(?i)\\b(?:mailings?|letters?|e-?mails?|lists?|files?|spreadsheets?|documents?|"
            "reports?|breach|incident|database|folder|drive|laptop|device) +(?:has|have|had) +[a-z "
            "]*$");
        if (res.has.In(text.substr(s, c.start - s)) &&
            !RE2::PartialMatch(text.substr(s, c.start - s), leak_had))
          sc -= 3;
      }
      // "Our customer database holds about 410,000 online accounts": the size of what the
      // organisation keeps; "…, for about 19,000 current and former students, was not
      // accessed": a count the notice says was not reached.
      // ("当社従業員約1,200名の給与支払いへの影響はありません" likewise.)
      // ("No other members of our approximately 84,000 members were affected" likewise.)
      if (StartsWithAsciiNoCase(lead, "no other ") ||
          StartsWithAsciiNoCase(lead, "none of the other ") ||
          res.keeps.In(text.substr(s, c.start - s)) ||
          res.not_reached.In(text.substr(c.end, 160)) ||
          res.not_reached_ja.In(text.substr(c.end, 160)))
        sc -= 5;
      // "…3,400 current and former patients of the roughly 11,000 patients we have served
      // since 2015": the people an organisation has served, its size.
      if (res.served.In(text.substr(c.end, 40))) sc -= 3;
      static const RE2 in_error(
          "(?i)\\b(?:wrong|incorrect|another|different|in error|by mistake|mistakenly|"
          "misdirected|unintended)\\b");
      const std::string_view after = text.substr(c.end, 48);
      const AfterCues cues = AfterCuesIn(after);
      if (!after.empty() && after[0] != '\n') {
        if (cues.own_part)
          sc -= 3;
        else if (cues.whole)
          sc += 2;
        if (cues.part) sc -= 3;
        if (cues.yearly) sc -= 3;
        if (cues.affected) sc += 1;
        if (cues.narrowed) sc -= 3;
      }
      const std::string_view near = text.substr(c.start - std::min<size_t>(c.start - s, 48),
                                                std::min<size_t>(c.start - s, 48));
      re2::StringPiece mail_verb;
      // (The error is told in the count's own sentence, not the next one.)
      const std::string_view rest_of_sentence =
          text.substr(c.end, std::min<size_t>(80, e > c.end ? e - c.end : 0));
      if (res.size_before.In(near, &mail_verb) &&
          (mail_verb.empty() || !RE2::PartialMatch(rest_of_sentence, in_error)))
        sc -= 3;
      if (cues.wide) sc -= 3;
      // (Not "1,200 letters were mailed to the wrong addresses": the error.)
      if ((cues.sent && !RE2::PartialMatch(rest_of_sentence, in_error)) || cues.sent_whole) sc -= 3;
    }
    // "顔が判別できる写真4枚": photographs counted are the data themselves.
    if (Photos(text, c)) sc += 2;
    // "送信したのは処方箋3枚(同じ患者様の3か月分)です", "紛失したのは申請書12件": what the
    // error sent or lost, named as the subject of the sentence (not 発送/郵送, a mailing's
    // whole).
    if (c.start - s >= 9) {
      static const RE2 what_went(
          "(?:(?:誤送信|誤送付|誤交付|送信|送付|紛失|流出|漏えい|漏洩)(?:し|され)|盗難に遭っ)"
          "たのは、?[^、。]{0,18}$");
      const std::string_view lead = text.substr(s, c.start - s);
      if (lead.find("のは") != std::string_view::npos && RE2::PartialMatch(lead, what_went))
        sc += 2;
    }
    // "延べ156名(実人数98名)": the people counted once are the affected number, and the count
    // with repeats beside them is not ("合計 延べ290名(重複を除くと207名)").
    if (c.distinct) sc += 2;
    if (!c.distinct && i + 1 < counts.size() && counts[i + 1].distinct &&
        counts[i + 1].unit == c.unit && counts[i + 1].start - c.end < 30)
      sc -= 2;
    // "患者さん19名の記録", "1,581名分": the people whose data it is (not "看護師1名が").
    // (Letters and items, "約18万通の「お知らせ」", are what an operation handles.)
    if (c.unit != CountUnit::kRecords) {
      const std::string_view after = text.substr(c.end, 9);
      if ((after.starts_with("の") && !after.starts_with("のうち")) || after.starts_with("分"))
        sc += 1;
    }
    // "従業員数は約1,200名です", "会員数は約4万名": the organisation's size, never
    // the number affected.
    {
      static const RE2 size_label(
          "(?:従業員|社員|職員|教職員|会員|学生|生徒|児童|園児|顧客|組合員|加入者|契約者|"
          "利用者|登録者|会員登録)数(?:は|が|:|\\()?$|定員(?:は|が|:)?$");
      const std::string_view lead = TrimSpace(text.substr(s, c.start - s));
      // ("当施設の入所定員は80名", "本サイトの会員登録者数(約8万名)のうち" likewise.)
      if (lead.ends_with("数") || lead.ends_with("は") || lead.ends_with("が") ||
          lead.ends_with(":") || lead.ends_with("定員") || lead.ends_with("数("))
        if (RE2::PartialMatch(lead.substr(lead.size() - std::min<size_t>(lead.size(), 30)),
                              size_label))
          sc = -10;
      // "sent … to all 640 people on our volunteer mailing list": the recipients.
      if (c.unit != CountUnit::kRecords && res.on_list.In(text.substr(c.end, 64))) sc = -10;
      // "an email … to a mailing list of about 3,000 students mistakenly included a spreadsheet"
      // likewise.
      if (c.unit != CountUnit::kRecords && res.list_of.In(text.substr(s, c.start - s))) sc = -10;
      // "There are around 5,600 households on our housing register": the register's size (not
      // "information about 1,046 people on the housing register").
      if (c.unit != CountUnit::kRecords &&
          (StartsWithAsciiNoCase(lead, "there are") || StartsWithAsciiNoCase(lead, "there is")) &&
          res.on_register.In(text.substr(c.end, 64)))
        sc = -10;
      // "require that any message to more than 25 families is sent through …": a threshold a
      // rule sets, not a count.
      if (c.approx && c.start >= s + 4 && res.threshold.In(text.substr(s, c.start - s))) sc = -10;
      // "A big thank you to the 23 volunteers who kept the op-shop open": the people a
      // newsletter thanks.
      if (EndsWithAsciiNoCase(lead, "thank you to the") ||
          EndsWithAsciiNoCase(lead, "thanks to the") ||
          EndsWithAsciiNoCase(lead, "thank you to our") ||
          EndsWithAsciiNoCase(lead, "thanks to our") ||
          EndsWithAsciiNoCase(lead, "thank you to all"))
        sc = -10;
      // "we mailed winter progress reports to the families of all 118 students enrolled": the
      // whole a mailing went to, not those whose reports went astray.
      if (c.unit != CountUnit::kRecords && EndsWithAsciiNoCase(lead, " of all")) {
        static const RE2 mailing("(?i)\\b(?:mailed|posted|sent|emailed|e-mailed)\\b");
        if (RE2::PartialMatch(lead, mailing)) sc -= 3;
      }
    }
    if (c.unit == CountUnit::kRecords) {
      const std::string_view after = text.substr(c.end, 30);
      // "税額決定通知書を計12,356通発送しました", "1月分として計412通を発送": the letters an
      // operation sent, not the ones that went astray ("誤って2通を発送" is the error).
      // ("…負担割合証38,412通を令和7年7月25日(金)に郵送しました" likewise.)
      static const RE2 astray("誤|別の|他の|違");
      // ("予約日時をお知らせするSMS2,305件を、委託事業者のシステムから送信しました": messages
      // likewise.)
      const std::string_view unit3 = text.substr(c.end - 3, 3);
      if (((unit3 == "通" && res.mailed.In(text.substr(c.end, 120))) ||
           ((unit3 == "通" || unit3 == "件") && res.messages_sent.In(text.substr(c.end, 120)))) &&
          !RE2::PartialMatch(text.substr(s, c.start - s), astray))
        sc -= 3;
      // "手作業で宛名ラベルを貼付した18通の封入作業において": the letters a task handled.
      if (after.starts_with("の")) {
        const std::string_view clause = after.substr(0, after.find("、"));
        if (clause.find("作業") != std::string_view::npos) sc -= 3;
      }
      // "約3,000通のなりすましメールが送信されました": spam an intruder sent from a taken
      // account, never records.
      // ("about 4,600 of these phishing emails were sent to contacts in the mailbox" likewise.)
      if (res.spam.In(after) || res.spam_en.In(text.substr(c.start, c.end - c.start))) sc = -10;
      // "個人情報を含まない教材ファイル約300件": records said to hold no personal data.
      {
        const std::string_view lead = text.substr(c.start - std::min<size_t>(c.start - s, 60),
                                                  std::min<size_t>(c.start - s, 60));
        for (std::string_view none : {"個人情報を含まない", "個人情報が含まれていない",
                                      "個人情報を含まず", "個人情報の含まれない"})
          if (lead.find(none) != std::string_view::npos) sc = -10;
      }
      // "2月送付分(約1万2千通)の一部において": the mailing some of which went wrong.
      if (after.starts_with("の一部") || after.starts_with(")の一部")) sc -= 3;
      // "(3月5日までに9通回収)": the ones brought back so far, a part of those that went
      // astray.
      if (after.starts_with("回収") || after.starts_with("を回収")) sc -= 3;
      // "手作業で封入した16通の中に、別の被保険者の負担割合証を同封したものがあり": the letters
      // some of which went wrong.
      if (after.starts_with("の中に") || after.starts_with("の中で") ||
          after.starts_with("の中から"))
        sc -= 3;
      {
        // What follows the count in its sentence.
        const std::string_view rest = text.substr(c.end, e > c.end ? e - c.end : 0);
        // "計2,418通のSMSを送信した際、…": the messages an operation sent when the error
        // happened, its size; "63通のSMSが、…別の方の電話番号あてに送信されました": the ones
        // that went astray, the number.
        if (res.operation_when.In(rest)) sc -= 3;
        // (Not the whole some of which went astray, "約45,000通のうち、2世帯分の通知書を誤って
        // 別の世帯の封筒に", "1月送付分(約1万1千通)および…の一部において、…別の方の明細が": nor a
        // bracketed size.)
        else if (re2::StringPiece head;
                 !c.total && !rest.starts_with(")") && res.went_astray.In(rest, &head) &&
                 !ContainsAny(std::string_view(head.data(), head.size()), {"うち", "一部"}))
          sc += 2;
        // "2通の通知書が1つの封筒に封入された": how many went into one envelope.
        if (after.find("1つの封筒") != std::string_view::npos ||
            after.find("一つの封筒") != std::string_view::npos ||
            after.find("同じ封筒") != std::string_view::npos)
          sc = -10;
        // "お一人で2件のメールアドレスをご登録": how many one person has.
        const std::string_view head = text.substr(s, c.start - s);
        const std::string_view lead = TrimSpace(head);
        const std::string_view span = text.substr(c.start, c.end - c.start);
        for (std::string_view one : {"お一人で", "一人で", "1人で", "1名で", "おひとりで"})
          if (lead.ends_with(one)) sc = -10;
        // "The mailbox held roughly 11,000 emails": what the account kept, not what the leak
        // touched ("identified 2,315 emails … that contain personal information").
        // (Only a count its sentence says no more of: "The drive held 1,530 passport scans
        // belonging to 1,412 customers" says what the leak touched.)
        // (A store some of which is counted or named later; not "The folder held 63 files. Each
        // file was one student's report", what leaked.)
        const std::string_view further = text.substr(c.end, 300);
        if (TrimSpace(rest).size() <= 1 && res.held.In(head) &&
            (ContainsAsciiNoCase(further, "some of them") ||
             ContainsAsciiNoCase(further, "some of these") ||
             ContainsAsciiNoCase(further, "of which") ||
             std::any_of(counts.begin() + static_cast<std::ptrdiff_t>(i) + 1, counts.end(),
                         [&](const CountMention& later) {
                           // (Of the same thing: "emails" again, not "4 accounts" that opened
                           // the files.)
                           auto last_word = [&](const CountMention& m) {
                             const std::string_view t = text.substr(m.start, m.end - m.start);
                             return t.substr(
                                 t.rfind(' ') == std::string_view::npos ? 0 : t.rfind(' ') + 1);
                           };
                           return later.unit == c.unit && later.value < c.value &&
                                  last_word(later) == last_word(c);
                         })))
          sc = std::min(sc - 3, -1);
        // "This office received 212 breach reports from health trustees": reports of incidents.
        if (res.received.In(head) &&
            (EndsWithAsciiNoCase(span, "reports") || EndsWithAsciiNoCase(span, "complaints")))
          sc = -10;
        // "the folder was opened from 9 outside accounts": the accounts that looked, not records;
        // "We identified 9 accounts where the attacker attempted a transfer": a further harm to
        // some of them.
        if (EndsWithAsciiNoCase(span, "accounts") &&
            (EndsWithAsciiNoCase(lead, " from") || EndsWithAsciiNoCase(lead, " by") ||
             rest.starts_with(" where ") || rest.starts_with(" in which ")))
          sc -= 3;
        // "found 6,210 documents in the folder … 74 of the documents were opened": a part of a
        // whole counted before that was then opened or downloaded, a further harm to some of
        // it. (Not "318 of those letters" went astray, nor "found personal information in
        // 2,304 of those files": the number.)
        static const RE2 further_harm(
            "(?i)^ (?:were|was|had been|have been) (?:later )?(?:opened|accessed|viewed|"
            "downloaded|printed|forwarded|shared)\\b");
        if ((span.find(" of the ") != std::string_view::npos ||
             span.find(" of these ") != std::string_view::npos ||
             span.find(" of those ") != std::string_view::npos) &&
            RE2::PartialMatch(rest, further_harm) && first_of[static_cast<int>(c.unit)] < i &&
            largest[static_cast<int>(c.unit)] > c.value)
          sc -= 3;
      }
      // "同期間中の受注件数は計18,230件": the orders a shop took, the size of its business,
      // never the number affected.
      {
        const std::string_view lead = text.substr(s, c.start - s);
        // ("取引実績は累計二万件を超えております" likewise.)
        for (std::string_view size : {"受注件数", "注文件数", "取引件数", "受付件数", "受理件数",
                                      "処理件数", "取引実績", "受注実績", "販売実績"})
          if (lead.find(size) != std::string_view::npos) sc = -10;
      }
      // "入居申込書 212件\n(文書箱3箱、約1,500枚)": the sheets that records counted just before
      // take up, paper (LABELLING.md: count records, not paper).
      if (text.substr(c.end - 3, 3) == "枚" && i > 0 && counts[i - 1].unit == CountUnit::kRecords &&
          text.substr(counts[i - 1].end - 3, 3) != "枚" && c.start - counts[i - 1].end < 60 &&
          text.substr(counts[i - 1].end, c.start - counts[i - 1].end).find('(') !=
              std::string_view::npos)
        sc -= 3;
    }
    // "法人の申請者62件については、個人情報に該当しないため上記の人数に含めていません": a count
    // the notice itself leaves out of the leak.
    if (sentence.find("個人情報に該当しない") != std::string_view::npos ||
        sentence.find("個人情報には該当しない") != std::string_view::npos)
      sc -= 5;
    if (c.bound || c.named) sc = -10;  // never the number as such (see below)
    // "保育士2名で園児名と書類の記載を確認": the staff who check, a measure, never the number.
    if (c.unit == CountUnit::kPersons && text.substr(c.end).starts_with("で")) {
      const std::string_view lead = TrimSpace(text.substr(0, c.start));
      for (std::string_view staff : {"保育士", "職員", "教員", "教職員", "社員", "係員", "担当者",
                                     "スタッフ", "従業員", "複数"})
        if (lead.ends_with(staff)) sc = -10;
    }
    // "3 送信先\n 2年3組保護者グループに登録されているメールアドレス36件(31世帯)": the recipients
    // of a mistaken e-mail or letter, not the people whose data it held (LABELLING.md).
    {
      static const RE2 recipients_heading(
          "(?m)^[ \t]*(?:[0-9]+[.)]?|\\([0-9]+\\)|【)?[ \t]*(?:誤)?(?:送信先|送付先|宛先|"
          "送信した宛先)(?:】)?[ \t]*$");
      // (The paragraph's last 400 bytes before the count at most: the search stays linear.)
      const size_t reach = c.start - std::min<size_t>(c.start, 400);
      const std::string_view near = text.substr(reach, c.start - reach);
      const size_t para = near.rfind("\n\n");
      std::string_view block = para == std::string_view::npos ? near : near.substr(para);
      // (Lines above the count's own: "■流出した情報\n 送信先87件のメールアドレス" is a list of
      // the addresses, under no heading of recipients.)
      const size_t own_line = block.rfind('\n');
      block = block.substr(0, own_line == std::string_view::npos ? 0 : own_line);
      if (block.find("先") != std::string_view::npos &&
          RE2::PartialMatch(block, recipients_heading))
        sc = -10;
    }
    // "ノートパソコン1台", "名簿(ファイル1冊)": a count of devices or binders is never a count
    // of records (LABELLING.md: carriers), nor stands against one ("綴り(1冊)" beside
    // "受付票27件").
    // ("車内に置いていたかばん1個", "USBメモリ2個" likewise; not "ファイル12個".)
    if (c.unit == CountUnit::kRecords && c.end - c.start >= 3) {
      const std::string_view unit = text.substr(c.end - 3, 3);
      const std::string_view thing = TrimSpace(text.substr(0, c.start));
      // ("デジタルカメラ用SDカード 1枚", "CD-R 2枚" likewise: media, not paper or photos.)
      const bool media =
          unit == "枚" &&
          ((thing.ends_with("カード") &&
            ContainsAny(thing.substr(thing.size() - std::min<size_t>(thing.size(), 24)),
                        {"SD", "メモリ"})) ||
           thing.ends_with("CD-R") || thing.ends_with("CD") || thing.ends_with("DVD") ||
           thing.ends_with("DVD-R"));
      if (unit == "台" || unit == "冊" ||
          (unit == "個" && !thing.ends_with("ファイル") && !thing.ends_with("データ")) || media)
        sc = -10;
      // Paper (LABELLING.md: count records, not paper): "The 23 pages included your name",
      // "About 1,850 envelopes were affected"; "診療情報提供書等(計4枚)をFAXで送信する際", the
      // sheets of a fax, wherever the people are counted ("FAX用紙で計14枚" beside
      // "サービス提供票11件").
      const std::string_view en_unit = text.substr(c.start, c.end - c.start);
      const bool fax =
          unit == "枚" && ContainsAny(sentence, {"FAX", "ファクス", "ファックス", "ファクシミリ"});
      // (Not envelopes that each held another's document, said after or before them: "placed a
      // second owner's notice behind the addressee's own notice in 312 of those envelopes".)
      static const RE2 put_anothers_in(
          "(?i)\\b(?:second|another|other|different|wrong)\\b[^.;]{0,80}\\b(?:in|into|inside) $");
      const bool envelopes = EndsWithAsciiNoCase(en_unit, "envelopes") &&
                             !HeldAnothers(text.substr(c.end, 80)) &&
                             !RE2::PartialMatch(text.substr(s, c.start - s), put_anothers_in);
      if (fax || EndsWithAsciiNoCase(en_unit, "pages") || EndsWithAsciiNoCase(en_unit, "sheets") ||
          envelopes)
        sc = -10;
      // "同様の誤りが他に2件あり", "保有ポイントが不正に利用された事例が27件": errors and cases,
      // not records.
      const std::string_view follows = text.substr(c.end, 24);
      if (unit == "件" &&
          (thing.ends_with("他に") || thing.ends_with("ほかに") || thing.ends_with("誤りが") ||
           thing.ends_with("ミスが") || thing.ends_with("事案が") || thing.ends_with("事例が") ||
           // ("本件に関する問い合わせが57件": calls, not records.)
           thing.ends_with("問い合わせが") || thing.ends_with("問合せが") ||
           thing.ends_with("苦情が") || thing.ends_with("相談が") || follows.starts_with("の誤")))
        sc = -10;
      // "2枚重なった状態の通知書をそのまま封入した": sheets stuck together, the cause.
      if (unit == "枚" && (follows.starts_with("重な") || follows.starts_with("が重な"))) sc = -10;
    }
    score[i] = sc;
  }
  // "自動車税…の誤封入について(約2,400件)" over "第一報では、影響件数を約2,400件とお知らせしま
  // したが": the revised count, wherever else it is stated (a title keeps the first report's).
  {
    // (Each value once: a notice revises a count or two.)
    std::vector<std::pair<CountUnit, std::int64_t>> old_counts;
    for (size_t i = 0; i < counts.size(); ++i)
      if (revised[i] && std::find(old_counts.begin(), old_counts.end(),
                                  std::pair{counts[i].unit, counts[i].value}) == old_counts.end())
        old_counts.emplace_back(counts[i].unit, counts[i].value);
    for (size_t j = 0; j < counts.size() && !old_counts.empty(); ++j)
      if (!revised[j] && std::find(old_counts.begin(), old_counts.end(),
                                   std::pair{counts[j].unit, counts[j].value}) != old_counts.end())
        score[j] -= 5;
  }
  // "Around 480 business clients are also affected": businesses, not people.
  for (size_t i = 0; i < counts.size(); ++i) {
    if (counts[i].unit != CountUnit::kPersons) continue;
    const std::string_view span = text.substr(counts[i].start, counts[i].end - counts[i].start);
    // ("法人41者:法人名、所在地", "法人・個人事業主58者の事業者名" likewise.)
    const std::string_view lead = text.substr(0, counts[i].start);
    if (FindNoCase(span, "business ") != std::string_view::npos ||
        FindNoCase(span, "corporate ") != std::string_view::npos || lead.ends_with("法人") ||
        (span.ends_with("者") &&
         lead.substr(lead.size() - std::min<size_t>(lead.size(), 24)).find("法人") !=
             std::string_view::npos))
      score[i] -= 3;
  }
  // "files relating to about 4,700 candidates … for 312 candidates who were placed in temporary
  // assignments … offering credit monitoring to the 312 candidates whose SIN … was in the
  // folder": "the" before a number said already points back to it, and a part of a larger
  // whole said before it stays a part.
  // (One pass: per unit, the largest count scored up so far, and the lowest score of each
  // number scored down below a larger one.)
  {
    std::int64_t largest_up[kUnits] = {0, 0, 0};
    std::map<std::pair<int, std::int64_t>, int> part_score;
    for (size_t i = 0; i < counts.size(); ++i) {
      const int u = static_cast<int>(counts[i].unit);
      const std::pair<int, std::int64_t> key{u, counts[i].value};
      if (EndsWithAsciiNoCase(text.substr(0, counts[i].start), "the "))
        if (const auto p = part_score.find(key); p != part_score.end())
          score[i] = std::min(score[i], p->second);
      if (score[i] < 0 && largest_up[u] > counts[i].value) {
        const auto [p, fresh] = part_score.emplace(key, score[i]);
        if (!fresh) p->second = std::min(p->second, score[i]);
      }
      if (score[i] > 0) largest_up[u] = std::max(largest_up[u], counts[i].value);
    }
  }
  // "ご契約者様1名及び連帯保証人様1名の氏名": people of two kinds side by side are parts, and
  // with no total stated no count (LABELLING.md); a total after them ("計2名") is the number.
  // ("the records of approximately 3,900 students and 1,800 parents", "1,402 California
  // residents, 87 Nevada residents and 23 Arizona residents" likewise; not a total after its
  // parts, "1,874 … students and 412 … employees, 2,286 people in total", nor a whole before
  // its part, "Of our roughly 61,000 members, 2,140 members had …".)
  {
    static const RE2 joined(
        "(?:及び|および|並びに|と|、)[^、。\\n0-9()]{1,12}|,? and (?:about |approximately |around "
        "|nearly )?");
    bool joined_to_next = false;  // counts[i + 1] is joined to counts[i + 2]
    for (size_t i = counts.size() < 2 ? 0 : counts.size() - 1; i-- > 0;) {
      const CountMention &a = counts[i], &b = counts[i + 1];
      bool join = false;
      if (a.unit == CountUnit::kPersons && b.unit == CountUnit::kPersons && !a.named && !b.named &&
          !a.total && !b.total && !a.distinct && !b.distinct &&
          !res.in_total.In(text.substr(b.end, 16))) {
        const std::string_view between = text.substr(a.end, b.start - a.end);
        // (", " only heads a list whose next two are joined.)
        join = RE2::FullMatch(between, joined) || (between == ", " && joined_to_next);
      }
      if (join) {
        score[i] = std::min(score[i], -1);
        score[i + 1] = std::min(score[i + 1], -1);
      }
      joined_to_next = join;
    }
  }
  // "このうち個人情報を含むファイル 延べ1,027件" / "Of these, 40 ...": a sentence
  // opening with うち takes its part from the count just before it, which is
  // the whole of an operation, not the number affected.
  for (size_t i = 0; i < counts.size(); ++i) {
    auto [s, e] = SentenceAround(text, counts[i].start);
    std::string_view head = TrimSpace(text.substr(s, counts[i].start - s));
    // "mailed 4,870 EOB letters … 318 of those letters contained a page with another
    // member's information": the part, named after its number, is the incident.
    const std::string_view span = text.substr(counts[i].start, counts[i].end - counts[i].start);
    // (Of people, "12 of these individuals are minors" is a part beside the whole.)
    const bool of_those = counts[i].unit == CountUnit::kRecords &&
                          (span.find(" of those ") != std::string_view::npos ||
                           span.find(" of these ") != std::string_view::npos);
    // "The printed applications … concerned 11 of those people": people counted before, a
    // part of them (the whole is the number affected).
    const bool persons_of_those = counts[i].unit == CountUnit::kPersons &&
                                  (span.find(" of those ") != std::string_view::npos ||
                                   span.find(" of these ") != std::string_view::npos);
    // "延べ58名分で、このうち3名分については…", "学生412名(うち2025年度新入生118名)": a part
    // of a count of its kind earlier in the same sentence; that count is the number affected,
    // and the part, wherever it is stated again ("※知人に伝えていたのは、3名分"), is not.
    {
      bool part = false;
      // "約2万1千通のメールが保存されており、調査の結果、そのうちお客さまの個人情報を含むメールは
      // 612通でした": a part named by the personal data in it is the leak, and the whole
      // the store it was found in.
      std::optional<size_t> store;
      for (size_t j = i; j-- > 0;) {
        if (counts[j].start < s) break;
        if (counts[j].unit != counts[i].unit) continue;
        const std::string_view between =
            text.substr(counts[j].end, counts[i].start - counts[j].end);
        size_t at = std::string_view::npos;
        for (std::string_view w : {"、このうち", "、そのうち", "(うち"})
          at = std::min(at, between.find(w));
        part = at != std::string_view::npos;
        if (part && between.find("個人情報", at) != std::string_view::npos) store = j;
        break;
      }
      if (store) {
        score[*store] -= 3;
        continue;
      }
      // A part, not the number affected: people "of those" counted before, or the rows an
      // item is in ("障害等による修学上の配慮申請の有無(57名について記載)").
      // ("Around 5,200 of the letters also included claims summaries": some of them held
      // more.)
      const std::string_view after = text.substr(counts[i].end, 24);
      const bool of_the_also = counts[i].unit == CountUnit::kRecords &&
                               span.find(" of the ") != std::string_view::npos &&
                               after.starts_with(" also ");
      if (persons_of_those || of_the_also || after.starts_with("について記載") ||
          after.starts_with("分について記載") || after.starts_with("分のみ記載")) {
        score[i] -= 3;
        continue;
      }
      if (part) {
        for (size_t k = 0; k < counts.size(); ++k)
          if (counts[k].unit == counts[i].unit && counts[k].value == counts[i].value) score[k] -= 3;
        continue;
      }
    }
    if (!(head.starts_with("このうち") || head.starts_with("そのうち") ||
          head.starts_with("うち") || StartsWithAsciiNoCase(head, "of these") ||
          StartsWithAsciiNoCase(head, "of those") || StartsWithAsciiNoCase(head, "of them") ||
          of_those))
      continue;
    // ("Our logs show that 57 of these documents were downloaded": a further harm to some of
    // them; the whole is the number.)
    static const RE2 further(
        "^ (?:were|was|had been) (?:downloaded|opened|viewed|accessed|printed|forwarded)\\b");
    // ("On 6 of those accounts the callers also had the customer's mobile number moved": a
    // harm done also to some of them, likewise.)
    const std::string_view part_rest =
        text.substr(counts[i].end, std::min<size_t>(60, e > counts[i].end ? e - counts[i].end : 0));
    if (of_those && (RE2::PartialMatch(text.substr(counts[i].end, 40), further) ||
                     part_rest.find(" also ") != std::string_view::npos)) {
      score[i] -= 3;
      continue;
    }
    if (of_those && score[i] >= 0) score[i] += 2;
    // "うち、…212名分については、上記に加え口座番号": the part whose data goes
    // further; the whole is still the number affected.
    if (text.substr(s, e - s).find("加え") != std::string_view::npos) {
      score[i] -= 3;
      continue;
    }
    for (size_t j = i; j-- > 0;) {
      if (counts[j].start >= s) continue;  // a count earlier in the same sentence
      // "受付票27件(申込者25名分。うち2名は2回分の申込み)": a part in the bracket that
      // counts the whole, its sentence not tied to the leak, is a note on the whole, which
      // stays the number.
      if (counts[j].unit == counts[i].unit && !of_those &&
          [&] {
            const size_t ls = LineAround(text, counts[j].start).first;
            const size_t open = text.substr(ls, counts[j].start - ls).rfind('(');
            return open != std::string_view::npos &&
                   text.substr(ls + open, counts[i].start - (ls + open)).find_first_of(")\n") ==
                       std::string_view::npos;
          }() &&
          !RE2::PartialMatch(text.substr(s, e - s), leak)) {
        score[i] -= 3;
        break;
      }
      // ("対象のお客様 1,982名 / うちクレジットカード情報が含まれるお客様 1,204名": people
      // whose own line says they are the affected ones are the whole, and no operation's.)
      // ("不正ログインが確認されたアカウント数:1,187件 / このうち、64件のアカウントで保有ポイントが
      // 不正に交換されました": records likewise, when the part's sentence is a further harm,
      // not the leak; "このうち個人情報を含むファイル 延べ1,027件" is the leak.)
      if (counts[j].unit == counts[i].unit &&
          !(score[j] > 0 &&
            (counts[j].unit == CountUnit::kPersons ||
             !RE2::PartialMatch(text.substr(s, e - s), leak)) &&
            [&] {
              auto [ws, we] = SentenceAround(text, counts[j].start);
              const std::string_view whole = text.substr(ws, we - ws);
              // (Or people under a heading that says they are the affected ones: "(2)対象となる
              // お客様\n 上記期間中に…お客様 最大9,516名\n このうち、…2,207名については".)
              return (RE2::PartialMatch(whole, leak) ||
                      (counts[j].unit == CountUnit::kPersons &&
                       SectionAt(sections, counts[j].start) == SectionKind::kData)) &&
                     !RE2::PartialMatch(whole, operation);
            }()))
        score[j] -= 3;
      break;
    }
  }
  // "お客さま5名の氏名・住所が記載されており、いずれも上記の約3,400名に含まれます": a count
  // the sentence says is within one stated above is a part of it.
  for (size_t i = 0; i + 1 < counts.size(); ++i) {
    const CountMention &part = counts[i], &whole = counts[i + 1];
    if (part.unit != whole.unit || whole.value <= part.value) continue;
    const auto [s, e] = SentenceAround(text, part.start);
    if (whole.end > e) continue;
    const std::string_view lead = text.substr(part.end, whole.start - part.end);
    if ((lead.ends_with("上記の") || lead.ends_with("前記の")) &&
        text.substr(whole.end, 12).starts_with("に含まれ"))
      score[i] -= 3;
  }
  // "…2,381名 / …3,539名 / 計 5,920名", "従業員1,204名…取引先377名…あわせて1,581名":
  // a count that is the sum of the two or more counts of its kind just before it
  // is their total.
  // (Small numbers add up by chance: "1名分の氏名…" then "2名分の通知書を1つの封筒に" is no
  // total of two ones, unless the notice says it is one: "計2名".)
  for (size_t i = 2; i < counts.size(); ++i) {
    if (counts[i].value <= 0 || (counts[i].value < 10 && !counts[i].total)) continue;
    std::int64_t sum = 0;
    int parts = 0;
    for (size_t j = i; j-- > 0 && counts[i].start - counts[j].start < 1500;) {
      if (counts[j].unit != counts[i].unit || counts[j].bound || counts[j].named) continue;
      sum += counts[j].value;
      ++parts;
      if (sum >= counts[i].value) break;
    }
    if (parts >= 2 && sum == counts[i].value) score[i] += 3;
  }
  // "…1,004 pediatric patients … approximately 876 patients of TCH and 128 patients of
  // Memorial-Hermann": a count that the two or more counts of its kind right after
  // it add up to is their total, too. (Not counts that are never the number: "B様世帯2名分及び
  // A様世帯1名分" is no total of "1名分" and the "担当職員1名" who filled the envelopes.)
  for (size_t i = 0; i + 2 < counts.size(); ++i) {
    if (counts[i].value <= 0) continue;
    std::int64_t sum = 0;
    int parts = 0;
    for (size_t j = i + 1; j < counts.size() && counts[j].start - counts[i].start < 1500; ++j) {
      if (counts[j].unit != counts[i].unit || counts[j].bound || counts[j].named || score[j] <= -10)
        continue;
      sum += counts[j].value;
      ++parts;
      if (sum >= counts[i].value) break;
    }
    if (parts >= 2 && sum == counts[i].value) score[i] += 3;
  }
  // "当院を受診された患者様 約8万6千人分 … また、職員約620名分の氏名…も漏えいした可能性があり
  // ます": a second group of people the notice adds ("また、…も") beside the first, with no
  // total stated, makes both parts (LABELLING.md): no count.
  {
    static const RE2 also_leaked("も(?:漏えい|漏洩|流出|含まれ|閲覧|紛失|誤送|盗)");
    const bool total_stated = std::any_of(counts.begin(), counts.end(), [](const CountMention& c) {
      return c.unit == CountUnit::kPersons && c.total;
    });
    for (size_t i = 1; !total_stated && i < counts.size(); ++i) {
      const CountMention& c = counts[i];
      if (c.unit != CountUnit::kPersons || c.named || score[i] <= 0) continue;
      const auto [s, e] = SentenceAround(text, c.start);
      if (!TrimSpace(text.substr(s, c.start - s)).starts_with("また、") ||
          !RE2::PartialMatch(text.substr(c.end, e - c.end), also_leaked))
        continue;
      for (size_t j = 0; j < i; ++j)
        if (counts[j].unit == CountUnit::kPersons && score[j] > 0 && counts[j].start < s &&
            counts[j].value != c.value && !counts[j].named) {
          for (size_t k = 0; k <= i; ++k)
            if (counts[k].unit == CountUnit::kPersons) score[k] = std::min(score[k], -1);
          break;
        }
    }
  }
  // "Around 400 rates notices sent to wrong addresses" over "412 rates notices were sent to the
  // wrong postal address": a title rounds what the body states exactly.
  {
    const size_t first_line_end = std::min(text.find('\n'), text.size());
    const std::string_view first_line = TrimSpace(text.substr(0, first_line_end));
    const bool title = !first_line.ends_with(".") && !first_line.ends_with("。");
    for (size_t i = 0; title && i < counts.size() && counts[i].end <= first_line_end; ++i)
      for (size_t j = i + 1; j < counts.size(); ++j)
        if (counts[j].start > first_line_end && counts[j].unit == counts[i].unit &&
            counts[j].value != counts[i].value && !counts[j].approx && score[j] > 0 &&
            counts[j].value * 4 <= counts[i].value * 5 &&
            counts[i].value * 4 <= counts[j].value * 5) {
          score[i] -= 1;
          break;
        }
  }
  auto best_of = [&](CountUnit unit) -> std::optional<size_t> {
    std::optional<size_t> best;
    for (size_t i = 0; i < counts.size(); ++i) {
      if (counts[i].unit != unit || score[i] <= 0) continue;
      if (!best || score[i] > score[*best]) best = i;
    }
    // Two equally good counts of the same kind that disagree, and neither a total
    // ("在学生12,480名", "教職員615名"): the notice states no single number, unless
    // one of them is stated more often than any rival ("27,113 patients' files ...
    // 3,132 of the 27,113 individuals ... the remaining 23,981"): the number the
    // notice keeps coming back to is the one affected.
    // ("入所申込書の写し 14名分 … 入所定員は80名、お申込みの方は約120名で、上記14名以外の方の
    // 書類は含まれておりません": the rival stated twice is the number, wherever it stands.)
    if (best && !counts[*best].total) {
      // How often each value of this kind is stated, counted once there is a tie.
      std::unordered_map<std::int64_t, int> times;
      std::optional<size_t> most = best;
      bool tied = false;
      for (size_t i = 0; i < counts.size(); ++i)
        if (i != *best && counts[i].unit == unit && score[i] == score[*best] &&
            counts[i].value != counts[*best].value && !counts[i].total) {
          // (Not counts scored out as never the number: "ほかに2件の誤封入" is no "2枚" again.)
          if (times.empty())
            for (size_t k = 0; k < counts.size(); ++k)
              if (counts[k].unit == unit && score[k] > -10) ++times[counts[k].value];
          if (times[counts[i].value] > times[counts[*most].value]) {
            most = i;
            tied = false;
          } else if (times[counts[i].value] == times[counts[*most].value] &&
                     counts[i].value != counts[*most].value) {
            tied = true;
          }
        }
      if (!times.empty() && (tied || times[counts[*most].value] < 2)) return std::nullopt;
      return most;
    }
    return best;
  };
  // The one count of `unit` in a notice with nothing against it (stated twice, "750 of
  // the CE's patients ... removed the 750 patients'", it is still one number), among
  // the counts `seen` lets in; of those, only the ones `counted` lets in may be the
  // number. Counts scored down (the organisation's size, a part) do not stand against
  // it; a bound ("fewer than 50 members") or a count scored up does: the notice gives
  // no lone number.
  // True if `c` opens its sentence with "In" ("In 311 accounts, …") or goes on "of those",
  // "of these", "of them" ("211 of those accounts"): a part of a count before it.
  auto is_part = [&](const CountMention& c) {
    const auto [s, e] = SentenceAround(text, c.start);
    const std::string_view lead = TrimSpace(text.substr(s, c.start - s));
    // (From the count's start: the mention may or may not take in "of those".)
    const std::string_view from = text.substr(c.start, std::min<size_t>(40, e - c.start));
    return lead == "In" || lead == "in" || from.find(" of those ") != std::string_view::npos ||
           from.find(" of these ") != std::string_view::npos ||
           from.find(" of them") != std::string_view::npos;
  };
  auto lone_count = [&](CountUnit unit, auto seen, auto counted) -> std::optional<size_t> {
    std::optional<size_t> only;
    for (size_t i = 0; i < counts.size(); ++i) {
      if (counts[i].unit != unit || !seen(counts[i])) continue;
      if (counts[i].bound || score[i] > 0) return std::nullopt;
      if (score[i] < 0 || !counted(counts[i])) continue;
      if (only && counts[i].value != counts[*only].value) {
        // "…logged in to 4,812 member accounts. In 311 accounts, points were redeemed", "In
        // 211 of those accounts": a part of the count before, said of a further harm.
        if (counts[i].value < counts[*only].value && is_part(counts[i])) continue;
        return std::nullopt;
      }
      if (!only) only = i;
    }
    return only;
  };
  auto any = [](const CountMention&) { return true; };
  // ("700 hospital and clinic letters relating to approximately 520 patients": more
  // letters than the people on their line are documents about them, the records.)
  // (Counted people: not "A様", nor a bound.)
  // (Households likewise, for `unit` kHouseholds.)
  auto more_than_beside = [&](const CountMention& r, CountUnit unit) {
    const auto [ls, le] = LineAround(text, r.start);
    bool counted = false;
    for (const CountMention& p : counts)
      if (p.unit == unit && p.start >= ls && p.end <= le && !p.named && !p.bound) {
        if (p.value >= r.value) return false;
        counted = true;
      }
    return counted;
  };
  auto more_than_people_beside = [&](const CountMention& r) {
    return more_than_beside(r, CountUnit::kPersons);
  };
  AffectedPick pick;
  std::optional<size_t> records_only;
  pick.persons = best_of(CountUnit::kPersons);
  if (!pick.persons) pick.persons = lone_count(CountUnit::kPersons, any, any);
  // Records likewise, when the unit names the data itself ("38,412 files",
  // "3,870 bills", "2,011 entries", 1,027件), not what carried or announced it
  // (letters, pages, notices) and nothing else stands against it.
  if (!best_of(CountUnit::kRecords)) {
    // (Beside a count of people, only on its line: "186 faxes concerning 171
    // patients"; a records count elsewhere is rather an operation's.)
    // ("Individuals Affected: 2871" … "The statements belonged to 2,871 patients":
    // any line that states the number.)
    auto beside_people = [&](const CountMention& r) {
      if (!pick.persons) return true;
      auto [ls, le] = LineAround(text, r.start);
      // ("- 1,086 lab results were displayed in the wrong account;\n- those results belong to
      // 742 patients": a list item that speaks of the records of the item before.)
      if (le < text.size()) {
        const auto [ns, ne] = LineAround(text, le + 1);
        const std::string_view next = StripBullet(text.substr(ns, ne - ns));
        for (std::string_view back : {"those ", "these ", "they "})
          if (StartsWithAsciiNoCase(next, back)) le = ne;
      }
      for (const CountMention& p : counts)
        if (p.unit == CountUnit::kPersons && p.value == counts[*pick.persons].value &&
            p.start >= ls && p.end <= le)
          return true;
      return false;
    };
    auto of_data = [&](const CountMention& r) {
      size_t w = r.end;
      while (w > r.start && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
      const std::string_view word = text.substr(w, r.end - w);
      // ("312 reminder messages about 298 patients" likewise.)
      if ((word == "letters" || word == "messages") && more_than_people_beside(r)) return true;
      // ("412 intake forms from 2021 and 2022, covering about 350 households" likewise.)
      if (word == "forms" &&
          (more_than_people_beside(r) || more_than_beside(r, CountUnit::kHouseholds)))
        return true;
      // ("58 letters were placed in envelopes addressed to other residents", no count of people:
      // the letters that went wrong are what the notice counts, as 通 below.)
      // ("approximately 430 rate notices and direct debit request forms" likewise: the papers
      // that were lost.)
      // ("312 reminder text messages were sent to the wrong mobile numbers" likewise.)
      if ((word == "letters" || word == "notices" || word == "forms" || word == "messages") &&
          !pick.persons)
        return true;
      // ("振込依頼書、預金払戻請求書等 二百三十一枚(お客さま百九十八名分)": more slips than the
      // people they belong to are the records; not the pages of a fax.)
      if (word.empty() &&
          (text.substr(r.end - 3, 3) == "枚" || text.substr(r.end - 3, 3) == "通") &&
          more_than_people_beside(r)) {
        const auto [ls, le] = LineAround(text, r.start);
        const std::string_view line = text.substr(ls, le - ls);
        if (line.find("FAX") == std::string_view::npos &&
            line.find("ファクス") == std::string_view::npos &&
            line.find("ファックス") == std::string_view::npos &&
            line.find("ファクシミリ") == std::string_view::npos)
          return true;
      }
      // ("写真データ 約1,400枚" beside 園児32名: the photographs are the data.)
      if (Photos(text, r)) return true;
      // ("3,126 envelopes to contain the form of a different claimant": the forms that went
      // astray.)
      if (word == "envelopes" && HeldAnothers(text.substr(r.end, 80))) return true;
      // ("年金支払通知書31,200通のうち、…428通において、別の受給者の方の通知書が封入されて
      // おりました", no count of people: the letters that went wrong are what the notice counts.)
      if (word.empty() && text.substr(r.end - 3, 3) == "通" && !pick.persons) return true;
      return word.empty() ? text.substr(r.end - 3, 3) == "件"
                          : !(word == "pages" || word == "letters" || word == "messages" ||
                              word == "mailings" || word == "envelopes" || word == "notices" ||
                              word == "emails" || word == "forms");
    };
    // (Photographs, the data themselves, wherever they stand.)
    records_only = lone_count(
        CountUnit::kRecords,
        [&](const CountMention& r) { return beside_people(r) || Photos(text, r); }, of_data);
  }
  // "誤ってお渡しした情報 B様の氏名、住所": a data section about one person named by
  // a letter (and no count of people anywhere) is about one person; not "A様及びB様の".
  if (!pick.persons) {
    std::optional<size_t> named;
    bool one = true;
    for (size_t i = 0; i < counts.size() && one; ++i) {
      if (counts[i].unit != CountUnit::kPersons || counts[i].bound) continue;
      if (!counts[i].named) {
        one = false;
      } else if (SectionAt(sections, counts[i].start) == SectionKind::kData) {
        if (named && text[counts[i].start] != text[counts[*named].start]) one = false;
        if (!named) named = i;
      }
    }
    if (one) pick.persons = named;
  }
  // Households: from the same sentence as the persons when there is one there.
  if (pick.persons) {
    auto [s, e] = SentenceAround(text, counts[*pick.persons].start);
    // ("B様世帯2名及びD様1名(計2世帯3名)分": the households counted with the people, right
    // before them, over a household named by its member.)
    for (size_t i = 0; i < counts.size(); ++i)
      if (counts[i].unit == CountUnit::kHouseholds &&
          counts[i].end == counts[*pick.persons].start && score[i] >= 0) {
        pick.households = i;
        break;
      }
    for (size_t i = 0; i < counts.size() && !pick.households; ++i)
      // "12世帯(受給者及び児童 計38人)": the sentence that counts the people
      // already says these are the affected ones.
      if (counts[i].unit == CountUnit::kHouseholds && counts[i].start >= s && counts[i].end <= e &&
          score[i] >= 0) {
        pick.households = i;
        break;
      }
  }
  if (!pick.households) pick.households = best_of(CountUnit::kHouseholds);
  // "letters intended for 47 households were sent to neighbouring properties": the one
  // count of households, nothing against it.
  if (!pick.households) {
    pick.households = lone_count(CountUnit::kHouseholds, any, any);
    // "The folder held forms for 64 students" … "We have contacted the 64 families concerned":
    // the families of the people counted, one each, are no count of households of their own.
    if (pick.households && pick.persons &&
        counts[*pick.households].value == counts[*pick.persons].value)
      pick.households.reset();
  }
  pick.records = best_of(CountUnit::kRecords);
  if (!pick.records) pick.records = records_only;
  // "57 of these messages were sent to old phone numbers" … "contacted each of the 57 patients",
  // no other count of people: the records are the people again, one message each, and the
  // people so counted are the number (unless scored out as never the number).
  if (pick.records && !pick.persons)
    for (size_t k = 0; k < counts.size(); ++k)
      if (counts[k].unit == CountUnit::kPersons && !counts[k].bound && score[k] > -10 &&
          counts[k].value == counts[*pick.records].value) {
        pick.persons = k;
        break;
      }
  // "計3名の氏名…が記載された書類1枚": sheets, letters and devices in the sentence that
  // counts the people are what carried the data, not a count of records.
  if (pick.records) {
    const CountMention& r = counts[*pick.records];
    // The sentence that counts the people: the picked count's, else any count
    // of people beside the records in their own sentence.
    auto [s, e] = SentenceAround(text, pick.persons ? counts[*pick.persons].start : r.start);
    // ("合計で4世帯5名" picked, and "手作業分116通の再点検で、新たに2世帯3名分の誤送付を確認"
    // elsewhere: the records' own sentence, when it counts people too.)
    if (pick.persons && (r.start < s || r.end > e)) {
      const std::pair<size_t, size_t> own = SentenceAround(text, r.start);
      if (std::any_of(counts.begin(), counts.end(), [&own](const CountMention& p) {
            return p.unit == CountUnit::kPersons && p.start >= own.first && p.end <= own.second;
          }))
        s = own.first, e = own.second;
    }
    bool people = pick.persons.has_value();
    std::int64_t most_people = people ? counts[*pick.persons].value : 0;
    for (size_t k = 0; k < counts.size(); ++k)
      if (counts[k].unit == CountUnit::kPersons && counts[k].start >= s && counts[k].end <= e) {
        people = true;
        most_people = std::max(most_people, counts[k].value);
      }
    std::string_view unit = r.end >= 3 ? text.substr(r.end - 3, 3) : std::string_view();
    // (Photos counted in 枚 are the data themselves and stay records.)
    // ("役員名簿 1件(役員19名分の…)": a list counted in 件 is one document too.)
    // (A form or list: "疑義照会票1枚(患者様3名分)", "一覧表", "照会文書(3枚)", "書類(計3枚)".)
    // (In the records' own sentence, which may not be the people's.)
    const size_t rs = SentenceAround(text, r.start).first;
    const std::string_view before = TrimSpace(text.substr(rs, r.start - rs));
    std::string_view named = before;
    // ("「病棟別入院患者一覧表」2枚": the document's name in quotes.)
    for (std::string_view close : {"」", "』"})
      if (named.ends_with(close)) named.remove_suffix(close.size());
    // ("組合員148名(書類は計212枚)": the paper's name before its particle.)
    for (std::string_view particle : {"は", "が"})
      if (named.ends_with(particle)) named.remove_suffix(particle.size());
    for (std::string_view open_total : {"(計", "(", "計"})
      if (named.ends_with(open_total)) {
        named = TrimSpace(named.substr(0, named.size() - open_total.size()));
        break;
      }
    auto is_document = [](std::string_view w) {
      // ("供述調書の写し等 計14枚": the kind of paper before 等.)
      for (std::string_view etc : {"等", "など"})
        if (w.ends_with(etc)) w.remove_suffix(etc.size());
      for (std::string_view d :
           {"書類", "文書", "書面", "用紙", "名簿", "台帳", "票", "表", "資料", "写し"})
        if (w.ends_with(d)) return true;
      return false;
    };
    // ("ケース記録票(受給者17名分) 計23枚": the sheets of a document that names its people
    // first, paper as "お申込み書類(お客さま27名分、計61枚)" is; not "伝票312枚(お客さま245名分)",
    // slips with their people after them.)
    bool people_then_sheets = false;
    if (named.ends_with("名分)")) {
      const size_t people_open = named.rfind('(');
      people_then_sheets = people_open != std::string_view::npos &&
                           is_document(TrimSpace(named.substr(0, people_open)));
    }
    const bool document = is_document(named) || people_then_sheets;
    // ("申請書類1,156件(個人843名分、法人313社分)": more documents than people are
    // one a person or firm, the records themselves, not what carried a list.)
    // ("診療情報提供書(送付状を含め計3枚)": the pages of a document are paper too.)
    const size_t open = before.rfind('(');
    // ("お申込み書類(お客さま27名分、計61枚)", "ケース記録(計31枚)" likewise.)
    // (What the bracket follows: "連帯保証人確約書 (計約300枚)" with its space.)
    const std::string_view bracketed =
        open == std::string_view::npos ? std::string_view() : TrimSpace(before.substr(0, open));
    const bool pages = unit == "枚" && open != std::string_view::npos &&
                       before.find(')', open) == std::string_view::npos &&
                       (bracketed.ends_with("書") || bracketed.ends_with("状") ||
                        bracketed.ends_with("記録") || is_document(bracketed));
    const std::string_view en_unit = text.substr(r.start, r.end - r.start);
    // Paper wherever the people are counted, or if they are not: "照会文書(3枚)"
    // (LABELLING.md: count records, not paper; pages, envelopes and fax sheets are scored
    // out above).
    // ("(ファクシミリ送信枚数 3枚)": the sheets a fax was sent on.)
    // (Not more slips than people on their line, one slip a record: "伝票312枚(お客さま245名分)";
    // documents and sheets, "書類 計十五枚(十二人分)", are paper still.)
    // ("訪問記録票 計42枚" for 17 people, on lines of their own, likewise.)
    const bool slips =
        named.ends_with("票") &&
        (more_than_people_beside(r) || (pick.persons && counts[*pick.persons].value < r.value));
    // ("※送信票を含めると計15枚": the pages a fax went out on, with its cover sheet.)
    const bool with_cover = before.find("を含め") != std::string_view::npos &&
                            ContainsAny(before, {"送信票", "送付状", "送り状", "表紙"});
    if (unit == "枚" && ((document && !slips) || pages || people_then_sheets || with_cover ||
                         before.ends_with("送信枚数") || before.ends_with("送信枚数:")))
      pick.records.reset();
    // Beside the people, in their sentence: letters, a document counted in 件 (devices are
    // scored out above). More letters than people are the records: one letter is about one
    // of them.
    // (E-mails are not carriers: "メール約1,870通のうち、個人情報を含むメール211通(加入者523名分)"
    // counts the messages that held the data.)
    // (Nor letters that held another's: "他の方の通知書が同封された封筒は186通であり、…計241名":
    // the letters that went astray, each about some of the people.)
    const bool held_another = ContainsAny(before, {"同封", "封入", "混入"}) &&
                              ContainsAny(before, {"他の", "別の", "誤"});
    // ("受診者1,186名分(Excelファイル9件)": the files the people's list was kept in; not
    // "添付されていたファイル12件(学生・卒業生約860名分)", the files that were sent.)
    const size_t people_then_files = before.rfind("分(");
    const bool list_files = unit == "件" && named.ends_with("ファイル") &&
                            people_then_files != std::string_view::npos &&
                            before.size() - people_then_files < 40 && r.value < most_people;
    // (Not more letters than the people they are for, right before them: "お客さま27名分の
    // 案内書31通", "従業員2名分の通知書3通"; a mailing's size beside the people is,
    // "今回の発送数は約4万8千通)において、お客さま1名あての封筒に".)
    // ("固定資産税納税通知書 42通(納税義務者39名分)": more letters than the people in the bracket
    // after them, likewise.)
    const bool letters_of_people = [&] {
      for (const CountMention& p : counts) {
        if (p.unit != CountUnit::kPersons || p.value >= r.value) continue;
        if (p.end <= r.start && r.start - p.end < 60 && text.substr(p.end).starts_with("分の")) {
          const std::string_view between = text.substr(p.end, r.start - p.end);
          if (between.find("、") == std::string_view::npos &&
              between.find("。") == std::string_view::npos)
            return true;
        }
        if (p.start >= r.end && p.start - r.end < 40 && text.substr(r.end).starts_with("(") &&
            text.substr(p.end).starts_with("分)") &&
            text.substr(r.end, p.start - r.end).find(')') == std::string_view::npos)
          return true;
      }
      return false;
    }();
    // ("入居申込書等の書類 計82件(申込者及び連帯保証人 計133名分)": forms, one an application,
    // each naming some of the people; records, not the paper a list was on.)
    const bool forms = ContainsAny(named, {"申込書", "申請書", "届出書", "契約書"});
    const bool carrier =
        (unit == "通" && !named.ends_with("メール") && !held_another && !letters_of_people) ||
        list_files || (unit == "件" && document && !forms && r.value <= most_people) ||
        (EndsWithAsciiNoCase(en_unit, "letters") && r.value <= most_people);
    if (people && r.start >= s && r.end <= e && carrier) pick.records.reset();
    // ("住民票の写し1通を作成し、申請者にお渡ししました" and, sentences later,
    // "1世帯3名の氏名…": a document in 通 carried the people counted elsewhere, no more of it
    // than of them.)
    if (unit == "通" && document && pick.persons && r.value <= counts[*pick.persons].value)
      pick.records.reset();
    // Wherever it stands: "一覧表(A4判3枚)" counts paper by its size; "同様の誤りが他に2件あり"
    // counts errors, not records.
    const std::string_view lead = TrimSpace(text.substr(0, r.start));
    // "延べ4,310件のログイン試行": attempts and accesses, not records (LABELLING.md).
    const std::string_view follows = text.substr(r.end, 24);
    const bool attempts =
        unit == "件" &&
        (follows.starts_with("のログイン") || follows.starts_with("の不正ログイン") ||
         follows.starts_with("のアクセス") || follows.starts_with("の不正アクセス") ||
         // ("当該ファイルが17件ダウンロードされていた": downloads, likewise.)
         follows.starts_with("ダウンロードされ") || follows.starts_with("閲覧され") ||
         follows.starts_with("のダウンロード") ||
         // ("ファイルへのアクセスは58件でした": likewise.)
         lead.ends_with("アクセスは") ||
         // ("学外からの閲覧が37件ありました" likewise.)
         lead.ends_with("閲覧が") || lead.ends_with("アクセスが") ||
         // ("閲覧は延べ41件で": views.)
         lead.ends_with("閲覧は") || lead.ends_with("閲覧は延べ") ||
         lead.ends_with("ダウンロードが") || [&] {
           // (A count of views named before it: "アクセス件数は31件", "当該ページのアクセス件数は
           // 期間中 217 件でした", "(ファイルのアクセス件数:31件)", "ダウンロード件数は、アクセス
           // ログから58件", "閲覧の件数は延べ213件".)
           const std::string_view tail =
               before.substr(before.size() - std::min<size_t>(before.size(), 64));
           for (std::string_view w :
                {"アクセス件数", "アクセス数", "アクセスの件数", "閲覧件数", "閲覧数", "閲覧の件数",
                 "閲覧回数", "ダウンロード件数", "ダウンロード数", "ダウンロードの件数",
                 // ("照会の件数は延べ1,240件、照会された方は実人数で318名": look-ups.)
                 "照会件数", "照会の件数", "検索件数", "検索の件数"})
             if (tail.find(w) != std::string_view::npos) return true;
           return false;
         }());
    // ("ほかに2件の誤封入が判明": errors; "不正利用の可能性があるとの報告を受けているのは32件":
    // reports of misuse, not records.)
    // (The count the sentence ends on, "…のは32件": not one "報告を受け、調査したところ1,234件
    // の…" finds after it.)
    const bool reports = unit == "件" && before.ends_with("は") && [&] {
      for (std::string_view w :
           {"報告を受け", "お問い合わせ", "問合せ", "苦情", "ご相談", "不正利用"})
        if (before.find(w) != std::string_view::npos) return true;
      return false;
    }();
    if (attempts || reports || (unit == "枚" && lead.ends_with("判"))) pick.records.reset();
  }
  // "クレジットカード情報(12,480件)" beside 12,480名: the same count in other words;
  // records are for notices that count records instead of people.
  // (Sheets too: "処方箋計64枚" beside 患者様64名, LABELLING.md's own example.)
  // ("1,032 council tax accounts" beside "the 1,032 account holders" likewise.)
  if (pick.records && pick.persons && counts[*pick.records].value == counts[*pick.persons].value)
    pick.records.reset();
  // "more than 700 students" whose accounts were entered, and "In 14 accounts the banking
  // information was changed": fewer accounts than people, one account a person, are some of
  // them, not the records of all. (Not "1,312 council tax accounts relating to around 1,900
  // residents", accounts counted with their people in one sentence.)
  if (pick.records && pick.persons) {
    const CountMention& r = counts[*pick.records];
    const CountMention& p = counts[*pick.persons];
    if (r.value < p.value &&
        EndsWithAsciiNoCase(text.substr(r.start, r.end - r.start), "accounts") &&
        SentenceAround(text, r.start) != SentenceAround(text, p.start))
      pick.records.reset();
  }
  // "個人53名及び法人33社…計86件のメールアドレス": beside a count of people, the
  // e-mail addresses counted are the recipients again, one address each.
  // "対象者名簿(2枚)": the sheets a list of people was on are paper (LABELLING.md).
  if (pick.records && pick.persons) {
    const CountMention& r = counts[*pick.records];
    const std::string_view after = text.substr(r.end, 24);
    const auto [ls, le] = LineAround(text, r.start);
    std::string_view before = TrimSpace(text.substr(ls, r.start - ls));
    // ("送信したメール2通の宛先は計187件でしたが", beside the 182 people: the addresses the
    // mails went to, some twice.)
    const bool addresses = after.starts_with("のメールアドレス") ||
                           after.starts_with("のアドレス") || before.ends_with("宛先は") ||
                           before.ends_with("宛先は計") || before.ends_with("宛先数は");
    // ("メールアドレス(個人53名、法人33社 計86件)" likewise.)
    const size_t open = before.rfind("アドレス(");
    const bool addresses_in_brackets =
        open != std::string_view::npos && before.find(')', open) == std::string_view::npos;
    if (before.ends_with("(")) before = TrimSpace(before.substr(0, before.size() - 1));
    for (std::string_view close : {"」", "』"})
      if (before.ends_with(close)) before.remove_suffix(close.size());
    const bool list_sheets = r.end >= 3 && text.substr(r.end - 3, 3) == "枚" &&
                             (before.ends_with("名簿") || before.ends_with("一覧表") ||
                              before.ends_with("一覧") || before.ends_with("リスト"));
    if (addresses || addresses_in_brackets || list_sheets) pick.records.reset();
  }
  // "| 患者様A | 1件 | … |" beside "| 合計 | 2名 |": a table row's count of one person's
  // records, not the leak's (the row of the total counts the people).
  if (pick.records && pick.persons) {
    const CountMention& r = counts[*pick.records];
    const auto [ls, le] = LineAround(text, r.start);
    const std::string_view row = TrimSpace(text.substr(ls, le - ls));
    if (row.starts_with("|") && row.find("計") == std::string_view::npos &&
        counts[*pick.persons].value > r.value)
      pick.records.reset();
  }
  if (pick.records) {
    const CountMention& r = counts[*pick.records];
    const std::string_view unit = r.end >= 3 ? text.substr(r.end - 3, 3) : std::string_view();
    const std::string_view after = text.substr(r.end);
    // "1通に2名分の明細書が封入された": the envelope the pages went into, not a record. (Not
    // "封筒12通について"; and one envelope only: "封筒9通に別の世帯の通知が2通ずつ" counts nine
    // letters that went astray.)
    const bool one_envelope =
        r.value == 1 && unit == "通" && after.starts_with("に") && !after.starts_with("につ");
    if (one_envelope) pick.records.reset();
    // "対象者リスト(エクセルファイル1件)" for 214 people, "1通" for a household of three: one
    // thing beside a count of people or households is what carried them (one list, one letter),
    // not a count of records.
    if (r.value == 1 && (pick.persons || pick.households)) pick.records.reset();
    // "成績処理用の表計算ファイル 7件" for 146 students, "対象者一覧のファイル3点" for 1,204: a
    // few files that each hold a list of many people carry them, as a list's sheets do
    // (LABELLING.md).
    else if (pick.persons && r.value * 5 <= counts[*pick.persons].value) {
      const size_t ls = LineAround(text, r.start).first;
      const std::string_view lead = TrimSpace(text.substr(ls, r.start - ls));
      if ((unit == "件" || unit == "点") &&
          (lead.ends_with("ファイル") || lead.ends_with("データ")))
        pick.records.reset();
    }
  }
  pick.score = std::move(score);
  return pick;
}

std::vector<const GuardedRe*> FieldGuardedRes() {
  const AffectedRes& r = Res();
  // AfterCuesIn's cues, each with its guard, as regexes of their own.
  static const auto* cues = [] {
    auto* v = new std::deque<GuardedRe>;  // (RE2 does not move)
    for (const char* cue : kCues)
      v->emplace_back(
          cue, [](std::string_view s) { return std::any_of(s.begin(), s.end(), IsAsciiLetter); });
    return v;
  }();
  std::vector<const GuardedRe*> all = {
      &r.cue,         &r.staff_before,    &r.superseded,     &r.has,
      &r.keeps,       &r.not_reached,     &r.not_reached_ja, &r.served,
      &r.size_before, &r.on_list,         &r.list_of,        &r.on_register,
      &r.threshold,   &r.mailed,          &r.messages_sent,  &r.spam,
      &r.spam_en,     &r.operation_when,  &r.went_astray,    &r.received,
      &r.held,        &r.state_residents, &r.in_total,       &OtherIncidentRe(),
      &NotTitleRe()};
  for (const GuardedRe& cue : *cues) all.push_back(&cue);
  return all;
}

std::optional<std::pair<size_t, size_t>> OnePersonNamed(std::string_view text,
                                                        const std::vector<CountMention>& counts) {
  for (const CountMention& c : counts)
    if (c.unit == CountUnit::kPersons) return std::nullopt;
  // (In the top of the notice, where it says what happened; "one" glued to a verb of the
  // leak: "for", "of", "about", "gave out".)
  const std::string_view top = text.substr(0, std::min<size_t>(text.size(), 3000));
  // The span of the first match of `re`'s group 1 in the top, where `cue` is in it.
  auto span_of = [&](std::string_view cue,
                     const RE2& re) -> std::optional<std::pair<size_t, size_t>> {
    re2::StringPiece m;
    if (top.find(cue) == std::string_view::npos || !RE2::PartialMatch(top, re, &m))
      return std::nullopt;
    const size_t at = OffsetIn(text, std::string_view(m.data(), m.size()));
    return std::make_pair(at, at + m.size());
  };
  // "…gave a tenant's personal details to a caller … No other tenant's information was
  // involved": the one whose data it was, said by saying no one else's was.
  static const RE2 no_other(
      "(No other (?:patient|customer|client|member|tenant|resident|student|pupil|employee|"
      "service user|person|individual)['’]s (?:personal )?(?:information|details|data|records?) "
      "(?:was|were) (?:involved|affected|disclosed|included|shared))");
  if (auto span = span_of("No other ", no_other)) return span;
  // "Your return was the only document attached, and you are the only client affected": a
  // letter to the one person whose data it was.
  static const RE2 only_you(
      "(?i)\\b(you (?:are|were) the only (?:patient|customer|client|member|tenant|resident|"
      "student|pupil|employee|person|individual|one) (?:affected|involved|whose))");
  if (auto span = span_of("the only ", only_you)) return span;
  if (FindRare(top, "one ") == std::string_view::npos) return std::nullopt;
  // ("a privacy incident involving one patient's discharge paperwork", "we made a mistake
  // with one client's documents".)
  static const RE2 one(
      "\\b(?:for|of|about|out|to|involving|concerning|affecting) "
      "(one (?:of (?:our|its|their) )?"
      "(?:patient|customer|client|member|tenant|resident|student|pupil|employee|service user)"
      "(?:['’]s|s['’]|s)?)\\b|"
      "\\bwith (one (?:patient|customer|client|member|tenant|resident|student|pupil|service "
      "user)['’]s)");
  re2::StringPiece m, with;
  if (!RE2::PartialMatch(top, one, &m, &with)) return std::nullopt;
  if (m.data() == nullptr) m = with;
  const size_t at = OffsetIn(text, std::string_view(m.data(), m.size()));
  return std::make_pair(at, at + m.size());
}

}  // namespace leakwatch::text
