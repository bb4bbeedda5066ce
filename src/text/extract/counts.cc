#include "text/extract/counts.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "text/extract/common.h"

namespace leakwatch::text {

namespace {

// True if the words between a number and its unit, after an opening that `opening` allows
// ("of the CE's", "of our"), hold no "of", "in", "on", "from" or "per": "2 of 5 patients",
// "3 in the morning" count something else.
bool PlainWordsBetween(std::string_view between, const RE2& opening) {
  re2::StringPiece rest(between.data(), between.size());
  RE2::Consume(&rest, opening);
  const std::string padded = " " + std::string(rest.data(), rest.size());
  // ("on 7 September when several people contacted us": a date, then a clause.)
  for (const char* w : {" of ", " in ", " on ", " from ", " per ", " when ", " after ", " before ",
                        " since ", " until "})
    if (padded.find(w) != std::string::npos) return false;
  static const RE2 month(
      "(?i)^ (?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
      "sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.? ");
  return !RE2::PartialMatch(padded, month);
}

// The words for people that the English count form takes as its unit, in
// its order (its other units count households and records). An apostrophe
// stands for ' or ’, both in the form and in UnitFor. (Those who wrote to a council count
// too: "each of the 41 objectors".)
constexpr std::string_view kEnPersons[] = {
    "individuals",   "individual",   "patients",        "patient's",      "people",
    "persons",       "customers",    "members",         "employees",      "residents",
    "students",      "consumers",    "clients",         "users",          "participants",
    "beneficiaries", "enrollees",    "donors",          "subscribers",    "applicants",
    "guests",        "citizens",     "children",        "workers",        "veterans",
    "policyholders", "borrowers",    "account holders", "policy holders", "cardholders",
    "voters",        "taxpayers",    "tenants",         "homeowners",     "passengers",
    "pupils",        "volunteers",   "coaches",         "players",        "athletes",
    "physicians",    "nurses",       "teachers",        "retirees",       "alumni",
    "supporters",    "carers",       "recipients",      "registrants",    "attendees",
    "claimants",     "dependents",   "dependants",      "learners",       "visitors",
    "shareholders",  "investors",    "victims",         "parishioners",   "congregants",
    "patrons",       "ratepayers",   "householders",    "holders",        "owners",
    "contacts",      "candidates",   "inspectors",      "jurors",         "officers",
    "contractors",   "caregivers",   "riders",          "parents",        "guardians",
    "drivers",       "leaseholders", "objectors",       "submitters",     "respondents",
    "complainants",  "associates",   "staff members",   "job seekers",    "trainees",
    "interns"};

// The unit of a count found by one of the forms below.
CountUnit UnitFor(std::string_view unit) {
  static constexpr std::string_view kJaPersons[] = {"名", "人", "者"};
  static constexpr std::string_view kHouseholds[] = {"世帯", "households", "household", "families"};
  std::string u = AsciiLower(unit);
  if (const size_t at = u.find("’"); at != std::string::npos) u.replace(at, 3, "'");
  for (auto p : kHouseholds)
    if (u == p) return CountUnit::kHouseholds;
  for (auto p : kJaPersons)
    if (u == p) return CountUnit::kPersons;
  for (auto p : kEnPersons)
    if (u == p) return CountUnit::kPersons;
  return CountUnit::kRecords;
}

// What the English words before a number say of it: "a total of" marks a
// total, any other qualifier ("approximately", "more than") an estimate.
void SetEnglishQualifier(std::string_view qualifier, CountMention* c) {
  std::string q = AsciiLower(qualifier);
  c->total = q == "a total of" || q == "total of";
  c->approx = !q.empty() && !c->total;
}

// "fewer than" / "less than": the number is a bound, not a count.
bool IsBound(std::string_view qualifier) {
  std::string q = AsciiLower(qualifier);
  return q == "fewer than" || q == "less than" || q == "under";
}

}  // namespace

namespace {

// The English form with digits: qualifier, number, multiplier, the words
// between, then the unit (groups 1-5).
constexpr std::string_view kEnBeforeUnit =
    "(?i)(approximately|about|around|roughly|nearly|almost|over|more than|up to|at least|"
    "an estimated|a total of|total of|fewer than|less than|under|some)? *"
    "([0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)\\)? "
    "*(million|thousand|k\\b)? *"
    "((?:of (?:the |its |our |their )?(?:[a-z.&\\-]+ ){0,2}?[a-z.&\\-]+['’]s "
    "(?:\\([a-z]+\\) )?|of the (?:19|20)[0-9]{2} )?"
    // ("current and former employees", "current, former and prospective tenants".)
    "(?:(?:current|former|prospective|past|present|existing|future)(?:,? (?:and|or) |, ))*"
    // ("38,000 Wattle & Vine customers": a brand's name between; "4,106 Form 1099-G
    // statements", "212 W-2 forms": a form's name, letters joined to digits.)
    // (Not quotes nor a fourth word, for "389 "prescription ready" messages" or "1,100 paper
    // intake and consent forms": either cost 1.6% more instructions per demo notice, measured
    // with callgrind, most of them in RE2's search for the groups.)
    "(?:[0-9]*[a-z'’&\\-][a-z0-9'’&\\-]* +){0,3}?)";
// The unit group of the English form: people (kEnPersons), households, records.
std::string EnUnits() {
  std::string out = "(";
  for (std::string_view p : kEnPersons) {
    for (char c : p) {
      if (c == '\'')
        out.append("['’]");
      else
        out.push_back(c);
    }
    out.append("|");
  }
  return out.append(
      "households|families|"
      "records|files|documents|letters|emails|accounts|forms|pages|claims|notices|"
      "statements|mailings|envelopes|entries|bills|invoices|receipts|faxes|photos|photographs|"
      "images|scans|applications|cards|checks|cheques|reports|spreadsheets|rows|messages|summaries|"
      // ("approximately 1,600 questionnaires completed by prospective jurors".)
      "questionnaires|surveys|prescriptions|certificates|transcripts|referrals|payslips|"
      "vouchers|permits|tickets|x-rays|notes|"
      // ("74 written submissions, made by 69 individuals", "31,000 test results relating to
      // 12,400 patients".)
      "submissions|results|"
      // ("The report listed 203 tenancies and included details of 311 tenants".)
      "tenancies|leases|contracts|policies|"
      // ("1,906 renewal packages were mailed to the address of another customer".)
      "packages|packets|"
      // ("1,602 EOBs were mailed to the wrong address": explanations of benefits; "27 PDF
      // attachments", "2,381 orders placed during that period".)
      "eobs|attachments|orders|"
      // ("the details of 46 upcoming bookings", "184 answer booklets written by 92 students",
      // "11,620 radiographs (X-ray images)", "312 observations, made by approximately 290".)
      "bookings|reservations|booklets|radiographs|observations)"
      "\\b");
}

// The four forms, then the whole label regex.
const std::vector<const RE2*>& CountRegexes() {
  // Japanese: optional qualifier, number (digits with , . and 万千百億), unit.
  static const RE2 ja(
      "(合計で|計|合計|総計|あわせて|合わせて|併せて|延べ|延|実人数|実人員|実数|"
      "約|およそ|概ね|最大|少なくとも)? *(?:約|およそ|概ね|最大)? *"
      "((?:[0-9][0-9,]*(?:\\.[0-9]+)?|[一二三四五六七八九十百千]+)(?:[万千百億](?:[0-9][0-9,]*|["
      "一二三四五六七八九十百千]+)?)*) *"
      "(世帯|名|人|件|通|枚|台|個|部|冊|者|ファイル|点)");
  static const RE2 en(std::string(kEnBeforeUnit) + EnUnits());
  static const RE2 words(
      "(?i)(approximately|about|around|roughly|nearly|almost|over|more than|up to|at least|"
      "an estimated|a total of|total of|fewer than|less than|under)? *"
      "\\b((?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
      "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
      "seventy|eighty|ninety|hundred|thousand|million|a)[ -](?:and )?)+)"
      // ("nearly two thousand current and former employees".)
      "((?:current and former +)?(?:[a-z'’\\-]+ +){0,2}?)"
      "(individuals|patients|people|persons|customers|members|employees|residents|students|"
      "consumers|clients|users|participants|applicants|households|families|records|files|"
      "documents|"
      "beneficiaries|enrollees|donors|subscribers|guests|citizens|children|workers|veterans|"
      "policyholders|borrowers|account holders|cardholders|voters|taxpayers|tenants|homeowners|"
      "passengers|pupils|registrants|attendees|claimants|learners|visitors|parishioners|"
      "congregants|patrons|volunteers|players|"
      // ("sixty-three statements were attached to emails addressed to a different donor";
      // "two hundred report cards were placed in envelopes addressed to other families".)
      "statements|letters|emails|accounts|forms|photos|photographs|claims|applications|cards|"
      "bills|invoices|envelopes|messages|prescriptions)\\b");
  static const RE2 label(
      "(?i)((?:total )?number of (?:persons|individuals|people|patients|customers|residents|"
      "members|employees|consumers)[a-z ()'\\-]{0,40}?(?:affected|impacted|involved|notified)|"
      "number of (?:affected|impacted) (?:persons|individuals|people|patients|customers|"
      "residents|members|employees|consumers)|"
      "(?:persons|individuals|patients|customers|residents) (?:affected|impacted|notified)|"
      "number of [a-z]+(?:ians|ans|ers) (?:affected|impacted|notified)|"
      "対象(?:者|人)数|影響(?:者|人)数|対象人員|人数|世帯数|件数)"
      "(?: *\\([^)]{0,40}\\))?(?: by (?:the|this) (?:breach|incident|event))? *[:：]? *"
      "(?:(?:was|is|were|are|as|totals?|totaled|totalled) +)?(?:(?:approximately|about|nearly|over|"
      "more than|an estimated) +)?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)");
  // One pass says which forms occur in which blocks of lines; each is looked
  // for only there (see LinePresence). A label match may run past a line
  // break ("(...)" before the number), so what is looked for by blocks is its
  // label, which stays on one line: any label means a scan of the whole text.
  static const RE2 label_head(
      "(?i)(?:total )?number of (?:persons|individuals|people|patients|customers|residents|"
      "members|employees|consumers)[a-z ()'\\-]{0,40}?(?:affected|impacted|involved|notified)|"
      "number of (?:affected|impacted) (?:persons|individuals|people|patients|customers|"
      "residents|members|employees|consumers)|"
      "(?:persons|individuals|patients|customers|residents) (?:affected|impacted|notified)|"
      "number of [a-z]+(?:ians|ans|ers) (?:affected|impacted|notified)|"
      "対象(?:者|人)数|影響(?:者|人)数|対象人員|人数|世帯数|件数");
  static const std::vector<const RE2*> all{&ja, &en, &words, &label_head, &label};
  return all;
}

// The English form's groups, matched to a match of the form alone: the unit is
// any word there, as the match ends with a unit of the form (its last word, or
// "account holders", "policy holders", "patient's"), so the groups come out as
// the form's own. Small enough for RE2's BitState, where the form with all its
// units (over 512 instructions) takes the slower NFA for its groups.
const RE2& EnGroups() {
  static const RE2 re(std::string(kEnBeforeUnit) +
                      "(account holders|policy holders|patient['’]s|[a-z]+)\\b");
  return re;
}

// ForEachMatchIn(re, text, windows, fn), with the groups of each match of `re`
// taken from `groups` matched to that match alone (ANCHOR_BOTH, with the byte
// after it for a \b). REQUIRES: on every match of `re`, `groups` matches and
// gives the groups `re` gives; `re` and `groups` look at no byte before a match;
// both have the same number of groups.
template <typename Fn>
void ForEachMatchGroupsIn(const RE2& re, const RE2& groups, std::string_view text,
                          const std::vector<Window>& windows, Fn fn) {
  if (windows.empty()) return;
  const int ngroups = groups.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> pieces(static_cast<size_t>(ngroups));
  std::vector<std::string_view> g(static_cast<size_t>(ngroups));
  re2::StringPiece input(text.data(), text.size()), m;
  size_t pos = 0;
  for (const auto& [begin, end] : windows) {
    pos = std::max(pos, begin);
    while (pos <= end && re.Match(input, pos, end, RE2::UNANCHORED, &m, 1)) {
      const size_t s = OffsetIn(text, std::string_view(m.data(), m.size())), e = s + m.size();
      const re2::StringPiece around(m.data(), m.size() + (e < text.size() ? 1 : 0));
      // (Should `groups` miss, `re` itself gives them.)
      if (groups.Match(around, 0, m.size(), RE2::ANCHOR_BOTH, pieces.data(), ngroups) ||
          re.Match(input, s, e, RE2::ANCHOR_BOTH, pieces.data(), ngroups)) {
        for (size_t i = 0; i < static_cast<size_t>(ngroups); ++i)
          g[i] = pieces[i].data() == nullptr ? std::string_view()
                                             : std::string_view(pieces[i].data(), pieces[i].size());
        fn(g);
      }
      pos = e > pos ? e : pos + 1;
      // Stay on a UTF-8 character boundary (as ForEachMatchIn does).
      while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    }
  }
}

}  // namespace

const std::vector<const RE2*>& CountForms() {
  static const std::vector<const RE2*> forms(CountRegexes().begin(), CountRegexes().begin() + 4);
  return forms;
}

std::vector<CountMention> FindCounts(std::string_view text) {
  static const LinePresence forms(LinePresence::PatternsOf(CountForms()));
  return FindCountsIn(text, forms.In(text));
}

std::vector<CountMention> FindCountsIn(std::string_view text,
                                       const std::vector<std::vector<Window>>& where,
                                       std::vector<CountMention>* aside) {
  enum { kJa, kEn, kWords, kLabel };
  const std::vector<const RE2*>& f = CountRegexes();
  const RE2 &ja = *f[kJa], &en = *f[kEn], &words = *f[kWords], &label = *f[4];
  std::vector<CountMention> out;
  ForEachMatchIn(ja, text, where[kJa], [&](const auto& g) {
    long long v = ParseNumber(g[2]);
    if (v < 0) return;
    // "一人" / "一部" / "何者": a kanji numeral alone is mostly a word, not a count;
    // but not after 計 / 約 ("計七名") nor before 名, 枚 or 世帯 ("書類三枚", "七名の方"),
    // as notices written in kanji numerals count.
    if (!HasAsciiDigit(g[2]) && v < 10 && g[1].empty() && g[3] != "名" && g[3] != "枚" &&
        g[3] != "世帯")
      return;
    // "500名未満": a bound, not a count; "1通ずつ": so many each, not a count.
    const std::string_view after = text.substr(OffsetIn(text, g[3]) + g[3].size());
    if (after.starts_with("ずつ")) return;
    // "お届け先ごとに1件と数えている": how the notice counts, not a count.
    if (after.starts_with("と数え") || after.starts_with("として数え") ||
        after.starts_with("とカウント"))
      return;
    // "1枚目と2枚目が重なったまま": an ordinal, not a count.
    if (after.starts_with("目")) return;
    // "2 名簿に記載されていた個人情報": a heading's number before a word that starts with 名
    // (名簿, 名称, 名義, 名刺, 名字, 名前), not "3名前後".
    if (g[3] == "名")
      for (std::string_view word : {"簿", "称", "義", "刺", "字", "前"})
        if (after.starts_with(word) && !after.substr(word.size()).starts_with("後")) return;
    if (g[3] == "部" || g[3] == "者") {
      if (!HasAsciiDigit(g[2])) return;
    }
    // "書類 計76点", "答案用紙38点": documents (LABELLING.md), not "以下の3点を徹底", points of a
    // list, nor a test's "85点", a score.
    if (g[3] == "点") {
      const size_t at = OffsetIn(text, g[0]);
      const std::string_view lead = text.substr(at >= 12 ? at - 12 : 0, at >= 12 ? 12 : at);
      if (!HasAsciiDigit(g[2]) || lead.ends_with("の") || lead.ends_with("次") ||
          lead.ends_with("得点") || lead.ends_with("点数") || after.starts_with("満点") ||
          after.starts_with("について"))
        return;
    }
    // "2 ファイルに記載されていた個人情報": a heading's number, a space after it, at the start
    // of its line.
    if (!g[1].data()) {
      const size_t num_at = OffsetIn(text, g[2]);
      const size_t ls = num_at == 0 ? 0 : text.rfind('\n', num_at - 1) + 1;  // npos + 1 == 0
      if (text[num_at + g[2].size()] == ' ' &&
          text.substr(ls, num_at - ls).find_first_not_of(" \t") == std::string_view::npos)
        return;
    }
    CountMention c;
    c.start = OffsetIn(text, g[1].data() ? g[1] : g[2]);
    c.end = OffsetIn(text, g[3]) + g[3].size();
    c.value = v;
    c.unit = UnitFor(g[3]);
    c.distinct = g[1] == "実人数" || g[1] == "実人員" || g[1] == "実数";
    // "延べ290名(重複を除くと207名)": the people counted once each.
    if (!g[1].data() && c.start >= 18) {
      const std::string_view before = text.substr(c.start - 18, 18);
      c.distinct = before.ends_with("重複を除くと") || before.ends_with("重複を除いて") ||
                   before.ends_with("重複を除き") || before.ends_with("重複を除いた");
    }
    // ("合計で4世帯5名となりました": the total with its particle.)
    std::string_view qualifier(g[1].data() ? g[1].data() : "", g[1].size());
    if (qualifier.size() > 3 && qualifier.ends_with("で")) qualifier.remove_suffix(3);
    c.total = qualifier == "計" || qualifier == "合計" || qualifier == "総計" || g[1] == "延べ" ||
              g[1] == "延" || g[1] == "あわせて" || g[1] == "合わせて" || g[1] == "併せて" ||
              c.distinct;
    c.approx = !g[1].empty() && !c.total;
    c.bound = after.starts_with("未満");
    // "合計で4世帯5名", "計3世帯8名": the people right after a total's households are its people.
    if (!g[1].data() && !out.empty() && out.back().end == c.start && out.back().total &&
        out.back().unit == CountUnit::kHouseholds && c.unit == CountUnit::kPersons)
      c.total = true;
    out.push_back(c);
  });
  ForEachMatchGroupsIn(en, EnGroups(), text, where[kEn], [&](const auto& g) {
    std::string num(g[2]);
    num.erase(std::remove(num.begin(), num.end(), ','), num.end());
    // "3.851 individuals": people come whole, so a point before exactly three digits
    // (and no "million") separates thousands.
    if (const size_t point = num.find('.'); point != std::string::npos && num.size() - point == 4 &&
                                            g[3].empty() && UnitFor(g[5]) != CountUnit::kRecords)
      num.erase(point, 1);
    double v = std::strtod(num.c_str(), nullptr);
    std::string mult = AsciiLower(g[3]);
    if (mult == "million") v *= 1e6;
    if (mult == "thousand" || mult == "k") v *= 1e3;
    if (v <= 0 || v > 1e12) return;
    // "2,500 of the", "page 3 records"? The words between must not hold a number or a date.
    // "October 17, 2023 and copied certain files": a year, not a count. ("On 14 August 2025
    // customers began contacting us" likewise.)
    static const RE2 date_before(
        "(?:[A-Za-z]{3,9}\\.? [0-9]{1,2},? |[0-9]/|\\b[0-9]{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
        "Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.? )$");
    const size_t num_at = OffsetIn(text, g[2]);
    if (RE2::PartialMatch(
            text.substr(num_at - std::min<size_t>(num_at, 16), std::min<size_t>(num_at, 16)),
            date_before))
      return;
    // "On January 31 the University mailed W-2 statements": a day after its month.
    static const RE2 month_before(
        "\\b(?:January|February|March|April|May|June|July|August|September|October|November|"
        "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? $");
    if (v <= 31 && g[3].empty() && num_at > 1 && text[num_at - 1] == ' ' &&
        std::isalpha(static_cast<unsigned char>(text[num_at - 2])) &&
        RE2::PartialMatch(
            text.substr(num_at - std::min<size_t>(num_at, 12), std::min<size_t>(num_at, 12)),
            month_before))
      return;
    // "all Grade 7 families", "Class 3 pupils", "Room 12 students": the number names
    // a grade, a class or a room; it counts nothing. ("Dear Year 4 families", a school year as
    // Australia and the UK write it, likewise; in capitals, not "a year".)
    static const RE2 name_before("(?i:\\b(?:grade|class|room|ward) )$|\\bYear $");
    if (num_at > 0 && text[num_at - 1] == ' ' &&
        RE2::PartialMatch(
            text.substr(num_at - std::min<size_t>(num_at, 8), std::min<size_t>(num_at, 8)),
            name_before))
      return;
    // Typing slips glue a number to its words ("of13,148 individuals",
    // "approximately1,000", "88,923individuals"); not to another digit ("13,148"
    // is not 148), and a short number after a letter is a name ("COVID19").
    const size_t num_end = num_at + g[2].size();
    if (num_at > 0) {
      const unsigned char prev = static_cast<unsigned char>(text[num_at - 1]);
      if (std::isdigit(prev) || ((prev == ',' || prev == '.') && num_at > 1 &&
                                 std::isdigit(static_cast<unsigned char>(text[num_at - 2]))))
        return;
      if (std::isalpha(prev) && v < 100) return;
      // "W-2 statements", "1998-2006 records": a form's name or the end of a range.
      if ((prev == '-' || prev == '/') && num_at > 1 &&
          std::isalnum(static_cast<unsigned char>(text[num_at - 2])))
        return;
      // "(3) all employees were retrained": a list marker, unless a number in words
      // stands before it ("one hundred twelve (112) residents").
      if (prev == '(' && num_end < text.size() && text[num_end] == ')') {
        static const RE2 word_before(
            "(?i)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|"
            "hundred|thousand|million) *$");
        if (!RE2::PartialMatch(text.substr(num_at - std::min<size_t>(num_at, 24),
                                           std::min<size_t>(num_at, 24) - 1),
                               word_before))
          return;
      }
    }
    // "41 requesters who downloaded affected reports": a clause between, so the number counts
    // the word before it (no unit), not the reports.
    static const RE2 clause_between("\\b(?:who|whom|whose|which|that)\\b");
    if (!g[4].empty() && RE2::PartialMatch(g[4], clause_between)) return;
    // Glued to the words after it, the number takes its unit at once ("5th
    // floor patients" is no count).
    if (g[3].empty() && num_end < text.size() &&
        std::isalpha(static_cast<unsigned char>(text[num_end])) && !g[4].empty())
      return;
    // "Form 8-K contains forward-looking statements", "The 1099-G forms": a number joined
    // by a hyphen to a letter names a form.
    if (g[3].empty() && num_end + 1 < text.size() && text[num_end] == '-' &&
        std::isalpha(static_cast<unsigned char>(text[num_end + 1])))
      return;
    // "2025 property tax statements", "Some 2019 tax forms": a year before words
    // naming the things, not a count of them (counts of four digits are written
    // with a comma as a rule).
    if (g[2].size() == 4 && g[3].empty() && !g[4].empty() && v >= 1900 && v <= 2099) return;
    // "the filing deadline for 2025 individual returns": a year, and "individual" describes
    // the noun after it ("2,030 of the CE's individual members" still counts members).
    if (g[2].size() == 4 && g[3].empty() && v >= 1900 && v <= 2099 &&
        AsciiLower(g[5]) == "individual" && OffsetIn(text, g[5]) + g[5].size() + 1 < text.size() &&
        text.substr(OffsetIn(text, g[5]) + g[5].size(), 1) == " ")
      return;
    std::string between = AsciiLower(g[4]);
    // "opened 57 times by people": how often, not how many.
    if (between.starts_with("times ")) return;
    if (between.starts_with("and ") || between.starts_with("or ") || between.starts_with("to "))
      return;
    // "1,103 of the CE's clients" is 1,103 clients.
    // "895 of Molina’s members", "650 of the covered entity's (CE) patients" likewise;
    // "318 of those letters" is 318 letters (a part: see PickAffected).
    static const RE2 of_the(
        "^of (?:(?:the |its |our |their |those |these )(?:ce['’]?s |covered entity['’]?s )?|"
        "(?:the |its |our |their )?(?:[a-z.&\\-]+ ){0,2}?[a-z.&\\-]+['’]s (?:\\([a-z]+\\) )?)");
    if (!PlainWordsBetween(between, of_the)) return;
    CountMention c;
    c.start = OffsetIn(text, g[1].data() ? g[1] : g[2]);
    c.end = OffsetIn(text, g[5]) + g[5].size();
    c.value = static_cast<std::int64_t>(std::llround(v));
    c.unit = UnitFor(g[5]);
    SetEnglishQualifier(g[1], &c);
    // "fewer than 500 patients": a bound, not a count. "between 300 and 400 members": a
    // range, no one number stated.
    c.bound = IsBound(g[1]);
    if (g[1].empty() && c.start >= 9) {
      static const RE2 range_from(
          "(?i)\\bbetween (?:approximately |about )?[0-9][0-9,.]* (?:and|to) $");
      const size_t from = c.start >= 48 ? c.start - 48 : 0;
      if (RE2::PartialMatch(text.substr(from, c.start - from), range_from)) c.bound = true;
    }
    out.push_back(c);
  });
  std::vector<CountMention> small_words;  // "five customers" (see below)
  // Numbers in words: "nearly three thousand loan applicants",
  // "one hundred twelve (112) residents" (the digits are counted above instead).
  ForEachMatchIn(words, text, where[kWords], [&](const auto& g) {
    // "1.2 million customers" was counted with its digits.
    size_t b = OffsetIn(text, g[2]);
    while (b > 0 && text[b - 1] == ' ') --b;
    if (b > 0 && std::isdigit(static_cast<unsigned char>(text[b - 1]))) return;
    long long total = 0, group = 0;
    bool big = false;
    std::string w = AsciiLower(g[2]);
    for (char& ch : w)
      if (ch == '-') ch = ' ';
    size_t pos = 0;
    while (pos < w.size()) {
      size_t sp = w.find(' ', pos);
      if (sp == std::string::npos) sp = w.size();
      std::string_view word(w.data() + pos, sp - pos);
      pos = sp + 1;
      static constexpr std::string_view kSmall[] = {
          "zero",     "one",     "two",     "three",     "four",     "five",    "six",
          "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
          "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
      static constexpr std::string_view kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                                                   "sixty",  "seventy", "eighty", "ninety"};
      bool done = false;
      for (int i = 0; i < 20 && !done; ++i)
        if (word == kSmall[i]) group += i, done = true;
      for (int i = 0; i < 8 && !done; ++i)
        if (word == kTens[i]) group += 20 + 10 * i, done = true;
      if (done) continue;
      if (word == "a") {
        group += 1;
      } else if (word == "hundred") {
        group = (group ? group : 1) * 100, big = true;
      } else if (word == "thousand" || word == "million") {
        total += (group ? group : 1) * (word == "thousand" ? 1000 : 1000000), group = 0, big = true;
      }
    }
    total += group;
    // "twelve patients" is a count; "two employees" tells who did what, but "five
    // customers whose accounts were changed", "four of our clients" count the affected:
    // kept aside, and counted only if the notice counts its people nowhere else ("the SSNs
    // of two individuals" beside "3,900 individuals" is a part). "a few" is no number.
    // Nor "one or more individuals", nor "the two customers" (people named before).
    // (Nor a few records or files: "two address files were merged".)
    static const RE2 actors(
        "(?i)employees|workers|people|persons|records|children|files|documents|statements|"
        "letters|emails|accounts|forms|photos|photographs|claims|applications|cards|bills|"
        "invoices|envelopes|messages|prescriptions");
    const bool small = !big && total < 10;
    const size_t at = OffsetIn(text, g[2]);
    // ("several hundred students", "thousands": no number stated.)
    if (w.starts_with("hundred") || w.starts_with("thousand") || w.starts_with("million")) return;
    if (total <= 0 ||
        (small && (total == 1 || w.starts_with("a ") || RE2::FullMatch(g[4], actors) ||
                   (at >= 4 && AsciiLower(text.substr(at - 4, 4)) == "the "))))
      return;
    // ("all but two families have confirmed": the ones left of others.)
    if (at >= 8 && AsciiLower(text.substr(at - 8, 8)) == "all but ") return;
    // ("four of our clients": four clients.)
    static const RE2 of_ours("^of our ");
    if (!PlainWordsBetween(AsciiLower(g[3]), of_ours)) return;
    CountMention c;
    c.start = OffsetIn(text, g[1].data() ? g[1] : g[2]);
    c.end = OffsetIn(text, g[4]) + g[4].size();
    c.value = total;
    c.unit = UnitFor(g[4]);
    SetEnglishQualifier(g[1], &c);
    c.bound = IsBound(g[1]);
    // (Households in words count as they stand: "nine voucher households with 23 household
    // members" is a count of both.)
    (small && c.unit != CountUnit::kHouseholds ? small_words : out).push_back(c);
  });
  // One person, said so (kept aside like "five customers"): "One tenant was affected.", "The
  // letter concerned one patient".
  static const std::string kOnePerson =
      "one (?:[a-z\\-]+ ){0,2}?(?:tenant|patient|customer|person|individual|member|resident|"
      "student|employee|client|pupil|child|donor|user)";
  auto add_one = [&](const RE2& re) {
    ForEachMatch(re, text, [&](const auto& g) {
      CountMention c;
      c.start = OffsetIn(text, g[1]);
      c.end = c.start + g[1].size();
      c.value = 1;
      c.unit = CountUnit::kPersons;
      small_words.push_back(c);
    });
  };
  // (Looked for only where "was affected" can be: a byte search, not a case-blind one.)
  if (FindRare(text, "s affected") != std::string_view::npos ||
      FindRare(text, "s impacted") != std::string_view::npos ||
      FindRare(text, "n affected") != std::string_view::npos ||
      FindRare(text, "n impacted") != std::string_view::npos) {
    static const RE2 one_affected("(?i)\\b(" + kOnePerson +
                                  ") (?:was|is|has been) (?:affected|impacted)\\b");
    add_one(one_affected);
  }
  if (FindRare(text, "oncern") != std::string_view::npos ||
      FindRare(text, "elated to one") != std::string_view::npos ||
      FindRare(text, "elates to one") != std::string_view::npos) {
    static const RE2 about_one("(?i)\\b(?:concerned|concerns|related to|relates to) (" +
                               kOnePerson + ")\\b");
    add_one(about_one);
  }
  // A label then the number, as breach-report forms and tables write it:
  // "Total number of persons affected: 4,312", "対象者数:38" (no unit after).
  if (!where[kLabel].empty())
    ForEachMatch(label, text, [&](const auto& g) {
      size_t end = OffsetIn(text, g[2]) + g[2].size();
      // "対象者数:38名": the unit after it is already a count of its own ("対象者数 1万2,450人"
      // likewise, a number the label form would cut at its 万).
      std::string_view rest = text.substr(end, 12);
      static const RE2 unit_after("^(?:万|千|億|世帯|名|人|件|通|枚|台|個|部|冊|者|ファイル|点)");
      if (!rest.empty() && (std::isalpha(static_cast<unsigned char>(rest[0])) ||
                            static_cast<unsigned char>(rest[0]) >= 0x80 || rest[0] == ' ')) {
        size_t i = rest.find_first_not_of(' ');
        if (i != std::string_view::npos && static_cast<unsigned char>(rest[i]) >= 0x80 &&
            RE2::PartialMatch(rest.substr(i), unit_after))
          return;
        if (i != std::string_view::npos && std::isalpha(static_cast<unsigned char>(rest[i])))
          return;
      }
      std::string num(g[2]);
      num.erase(std::remove(num.begin(), num.end(), ','), num.end());
      long long v = std::strtoll(num.c_str(), nullptr, 10);
      if (v <= 0) return;
      CountMention c;
      c.start = OffsetIn(text, g[1]);
      c.end = end;
      c.value = v;
      std::string l(g[1]);
      c.unit = l == "世帯数" ? CountUnit::kHouseholds
               : l == "件数" ? CountUnit::kRecords
                             : CountUnit::kPersons;
      c.total = true;
      out.push_back(c);
    });
  // A table's total row under a header that names the unit: "  Department   Patients" …
  // "  Total        2,046" (no unit beside the number).
  if (FindRare(text, "Total") != std::string_view::npos ||
      FindRare(text, "TOTAL") != std::string_view::npos ||
      FindRare(text, "合計") != std::string_view::npos) {
    static const RE2 total_row("(?m)^[ \t|]*(Total|TOTAL|合計)[ \t|:]+([0-9][0-9,]*)[ \t|]*$");
    // (The header: the nearest line above whose last cell names what the column counts.)
    static const RE2 header(
        "(?i)(?:^|[ \t|])(patients|individuals|people|persons|members|students|pupils|employees|"
        "customers|residents|clients|households|records|files|人数|対象者数|世帯数|件数)[ \t|]*$");
    ForEachMatch(total_row, text, [&](const auto& g) {
      const size_t row = OffsetIn(text, g[1]);
      std::string num(g[2]);
      num.erase(std::remove(num.begin(), num.end(), ','), num.end());
      const long long v = std::strtoll(num.c_str(), nullptr, 10);
      if (v <= 0) return;
      // Up the table's lines (a blank line ends it), at most 1,000 bytes.
      size_t end = text.rfind('\n', row);
      for (size_t budget = 0; end != std::string_view::npos && end > 0 && budget < 1000;) {
        const size_t begin = text.rfind('\n', end - 1);
        const size_t from = begin == std::string_view::npos ? 0 : begin + 1;
        const std::string_view line = text.substr(from, end - from);
        if (TrimSpace(line).empty()) return;
        re2::StringPiece word;
        if (RE2::PartialMatch(line, header, &word)) {
          const std::string w = AsciiLower(std::string_view(word.data(), word.size()));
          CountMention c;
          c.start = OffsetIn(text, g[1]);
          c.end = OffsetIn(text, g[2]) + g[2].size();
          c.value = v;
          c.unit = w == "households" || w == "世帯数"              ? CountUnit::kHouseholds
                   : w == "records" || w == "files" || w == "件数" ? CountUnit::kRecords
                                                                   : CountUnit::kPersons;
          c.total = true;
          out.push_back(c);
          return;
        }
        budget += end - from + 1;
        if (begin == std::string_view::npos) return;
        end = begin;
      }
    });
  }
  // "Bさん世帯2名の氏名" / "A様世帯": a household named by its member is one household.
  // (Found by their last byte, AF, rarer in Japanese text than their first.)
  auto find_named = [&](std::string_view named, size_t from) {
    return FindByByte(text, named, named.size() - 1, from);
  };
  for (std::string_view named : {"さん世帯", "様世帯"})
    for (size_t at = find_named(named, 0); at != std::string_view::npos;
         at = find_named(named, at + named.size())) {
      CountMention c;
      c.start = at;
      c.end = at + named.size();
      c.value = 1;
      c.unit = CountUnit::kHouseholds;
      out.push_back(c);
    }
  // "The spreadsheet listed 61 Year 7 pupils": a school year between a number and its people.
  // (Found by its word between two numbers: an alternative in the English form's words grew
  // its DFA by 1.4% of the extractor's instructions per notice.)
  // (Each found by its capital, rarer than a space; as school years are written, capitalised:
  // " year " and " grade ", whose letters are common, would cost a scan of every English
  // notice.)
  for (std::string_view year : {" Year ", " Grade "})
    for (size_t at = FindByByte(text, year, 1); at != std::string_view::npos;
         at = FindByByte(text, year, 1, at + 1)) {
      const size_t after = at + year.size();
      if (at == 0 || !std::isdigit(static_cast<unsigned char>(text[at - 1])) ||
          after >= text.size() || !std::isdigit(static_cast<unsigned char>(text[after])))
        continue;
      size_t b = at;
      while (b > 0 && (std::isdigit(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == ','))
        --b;
      if (b > 0 && std::isalnum(static_cast<unsigned char>(text[b - 1]))) continue;
      static const RE2 school_year(
          "(?i)([0-9][0-9,]*) (?:year|grade) [0-9]{1,2} (pupils|students|children|families|"
          "parents)\\b");
      re2::StringPiece g[3];
      if (!school_year.Match(text, b, text.size(), RE2::ANCHOR_START, g, 3)) continue;
      std::string num(g[1].data(), g[1].size());
      num.erase(std::remove(num.begin(), num.end(), ','), num.end());
      CountMention c;
      c.start = b;
      c.end = b + g[0].size();
      c.value = std::strtoll(num.c_str(), nullptr, 10);
      c.unit = UnitFor(std::string_view(g[2].data(), g[2].size()));
      if (c.value > 0) out.push_back(c);
    }
  // "B様の氏名", "Aさん": one person, named by a letter.
  for (std::string_view honorific : {"様", "さん", "氏"})
    for (size_t at = find_named(honorific, 0); at != std::string_view::npos;
         at = find_named(honorific, at + honorific.size())) {
      if (at == 0 || text[at - 1] < 'A' || text[at - 1] > 'Z' ||
          (at > 1 && std::isalpha(static_cast<unsigned char>(text[at - 2]))) ||
          text.substr(at + honorific.size()).starts_with("世帯"))  // a household, above
        continue;
      CountMention c;
      c.start = at - 1;
      c.end = at + honorific.size();
      c.value = 1;
      c.unit = CountUnit::kPersons;
      c.named = true;
      out.push_back(c);
    }
  // A table row with its number at the end, after dot leaders or a run of spaces, and the
  // unit in its label's first word: "Customers who hold those accounts ........ 5,874",
  // "Statements that went to the wrong participant        3,045".
  for (size_t ls = 0; ls < text.size();) {
    size_t le = text.find('\n', ls);
    if (le == std::string_view::npos) le = text.size();
    const size_t next = le + 1;
    size_t ne = le;
    while (ne > ls && text[ne - 1] == ' ') --ne;
    size_t nb = ne;
    while (nb > ls &&
           (std::isdigit(static_cast<unsigned char>(text[nb - 1])) || text[nb - 1] == ','))
      --nb;
    if (nb == ne || !std::isdigit(static_cast<unsigned char>(text[nb]))) {
      ls = next;
      continue;
    }
    size_t gap = nb;
    while (gap > ls && (text[gap - 1] == ' ' || text[gap - 1] == '.')) --gap;
    if (nb - gap < 3) {
      ls = next;
      continue;
    }
    const std::string_view label = TrimSpace(text.substr(ls, gap - ls));
    const size_t sp = label.find(' ');
    const std::string first = AsciiLower(label.substr(0, sp));
    static constexpr std::string_view kRecordWords[] = {
        "accounts", "records", "files", "documents", "statements", "letters",  "emails",
        "notices",  "forms",   "bills", "invoices",  "claims",     "messages", "reports"};
    const bool person =
        std::find(std::begin(kEnPersons), std::end(kEnPersons), first) != std::end(kEnPersons);
    const bool record = std::find(std::begin(kRecordWords), std::end(kRecordWords), first) !=
                        std::end(kRecordWords);
    // (The first word is what the row counts, said of: "Customers who hold …", "Statements
    // that went …", "Accounts the attackers signed in to"; not "Claims history (date of
    // service, …)" in a table of data items.)
    std::string second;
    if (sp != std::string_view::npos) {
      const std::string_view rest = label.substr(sp + 1);
      second = AsciiLower(rest.substr(0, rest.find(' ')));
    }
    static constexpr std::string_view kSaidOf[] = {
        "who",  "whose",    "that",     "which", "the",      "with",     "of", "in",
        "from", "affected", "impacted", "whom",  "involved", "notified", "at", "on"};
    const bool said_of =
        second.empty() || second.ends_with("ed") ||
        std::find(std::begin(kSaidOf), std::end(kSaidOf), second) != std::end(kSaidOf);
    const long long v = (person || record) && said_of ? ParseNumber(text.substr(nb, ne - nb)) : 0;
    // (Not a number another form counted already.)
    if (v > 0 && std::none_of(out.begin(), out.end(),
                              [&](const CountMention& o) { return o.start < ne && nb < o.end; })) {
      CountMention c;
      c.start = nb;
      c.end = ne;
      c.value = v;
      c.unit = person ? CountUnit::kPersons : CountUnit::kRecords;
      out.push_back(c);
    }
    ls = next;
  }
  if (std::none_of(out.begin(), out.end(),
                   [](const CountMention& c) { return c.unit == CountUnit::kPersons; }))
    out.insert(out.end(), small_words.begin(), small_words.end());
  else if (aside)
    *aside = std::move(small_words);
  auto by_start = [](const CountMention& a, const CountMention& b) { return a.start < b.start; };
  std::sort(out.begin(), out.end(), by_start);
  // "The mailbox held approximately 9,300 emails. Our review found that 412 of them contained
  // personal information": a bare number of them, counted in the unit of the count it points
  // back to (the last one before it, within 200 bytes).
  std::vector<CountMention> of_them;
  // (" of th" found by its 'f', a rarer byte than the space it starts with.)
  for (size_t at = FindByByte(text, " of th", 2, 0); at != std::string_view::npos;
       at = FindByByte(text, " of th", 2, at + 1)) {
    const std::string_view rest = text.substr(at + 6);
    size_t tail = 0;  // "them", "these", "those"
    if (rest.starts_with("em"))
      tail = 2;
    else if (rest.starts_with("ese") || rest.starts_with("ose"))
      tail = 3;
    if (tail == 0) continue;
    size_t b = at;
    while (b > 0 && (std::isdigit(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == ','))
      --b;
    const size_t end = at + 6 + tail;
    if (b == at || !std::isdigit(static_cast<unsigned char>(text[b])) ||
        (b > 0 && std::isalnum(static_cast<unsigned char>(text[b - 1]))) ||
        (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))))
      continue;
    // The count it points back to, and none already on this number: among the few counts
    // that start before it (out is sorted by start; a bounded look keeps this linear).
    const CountMention* before = nullptr;
    bool counted = false;
    auto it = std::upper_bound(out.begin(), out.end(), b,
                               [](size_t pos, const CountMention& c) { return pos < c.start; });
    for (int k = 0; k < 4 && it != out.begin(); ++k) {
      const CountMention& c = *--it;
      if (c.end > b) counted = true;
      if (before == nullptr && c.end <= b && b - c.end <= 200 && !c.named) before = &c;
    }
    if (counted || before == nullptr) continue;
    CountMention c;
    c.start = b;
    c.end = end;
    c.value = ParseNumber(text.substr(b, at - b));  // (-1 past 10^12)
    c.unit = before->unit;
    if (c.value > 0 && c.value < before->value) of_them.push_back(c);
  }
  if (!of_them.empty()) {
    out.insert(out.end(), of_them.begin(), of_them.end());
    std::sort(out.begin(), out.end(), by_start);
  }
  return out;
}

}  // namespace leakwatch::text
