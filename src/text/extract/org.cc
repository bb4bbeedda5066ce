// FindOrganization (declared in fields.h): who is responsible for the notice.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "text/extract/common.h"
#include "text/extract/fields.h"
#include "text/extract/places.h"
#include "text/normalize.h"

namespace leakwatch::text {

namespace {

// Japanese organisational suffixes (longest first where one ends another) and
// legal-form prefixes. A name is the run of name characters before a suffix
// (or after a prefix): particles, punctuation and digits end the run, so
// "4月1日に大阪市立病院で" yields "大阪市立病院". Scanning by hand keeps this
// linear; a regex with a bounded repetition of a UTF-8 class was 100x slower.
constexpr std::string_view kJaSuffixes[] = {
    // (A prefecture's 病院局 and the 国立病院機構 end in 局 and 機構, not in 病院: "千葉県病院局"
    // names no 千葉県病院.)
    "区役所", "市役所", "町役場", "村役場", "県庁", "都庁", "府庁", "道庁", "役所", "役場",
    "教育委員会", "委員会", "病院局", "病院機構", "病院", "医院", "クリニック", "診療所",
    "医療センター", "センター", "大学", "高等学校", "高校", "中学校", "小学校", "特別支援学校",
    "学校", "幼稚園", "保育所", "保育園", "こども園", "学園", "銀行", "信用金庫", "信用組合",
    "農業協同組合", "株式会社", "有限会社", "(株)", "協会", "機構", "公社", "事業団",
    "社会福祉協議会", "組合", "研究所", "事務所", "薬局", "局", "会社", "法人", "グループ", "基金",
    "ステーション", "広域連合", "連合会",
    // A cram school ("青葉ゼミナール"), a prep school.
    "ゼミナール", "予備校",
    // A health centre, a dental or bone-setting practice, a residents' or trade association,
    // a foundation, a lab, a holding company. (Not 協議会: "空き家等対策協議会" is a panel a
    // city convenes.)
    "保健所", "歯科", "整骨院", "接骨院", "鍼灸院", "振興会", "自治会", "町内会", "商工会議所",
    "財団", "研究室", "ホールディングス", "生協",
    // An inn ("湯の宿 かじか荘", "山水旅館").
    "旅館", "荘",
    // A national office: a tax office, a labour standards office ("府中税務署").
    "税務署", "労働基準監督署",
    // A museum, a library ("やまなみ美術館" under the foundation that runs it).
    "美術館", "博物館", "図書館", "資料館", "記念館"};

const RE2& JaSuffixRe() {
  static const RE2 re([] {
    std::string alt;
    for (std::string_view w : kJaSuffixes) alt += (alt.empty() ? "" : "|") + RE2::QuoteMeta(w);
    return "(?:" + alt + ")";
  }());
  return re;
}

// True if `line` ends with one of the suffixes: a JaSuffixRe match can end
// where the line does only then.
bool EndsWithJaSuffix(std::string_view line) {
  for (std::string_view w : kJaSuffixes)
    if (line.ends_with(w)) return true;
  return false;
}

// A page title's site name without the word for the site itself: "松本市ホームページ",
// "横浜市公式ウェブサイト", "Anytown Council website" -> the body that runs the site.
std::string_view WithoutSiteWord(std::string_view site) {
  site = TrimSpace(site);
  for (std::string_view w : {"ホームページ", "ウェブサイト", "Webサイト", "WEBサイト", "webサイト",
                             "ポータルサイト", "サイト", " website", " Website", " web site"})
    if (site.ends_with(w) && site.size() > w.size()) {
      site.remove_suffix(w.size());
      if (site.ends_with("公式")) site.remove_suffix(std::string_view("公式").size());
      if (site.ends_with(" official") || site.ends_with(" Official"))
        site.remove_suffix(std::string_view(" official").size());
      return TrimSpace(site);
    }
  return site;
}

// `name` with where `text` first writes it as its evidence (0, 0 when it does not).
Found LocatedIn(std::string_view text, std::string name) {
  const size_t at = text.find(name);
  if (at == std::string_view::npos) return Found{std::move(name), 0, 0};
  const size_t end = at + name.size();
  return Found{std::move(name), at, end};
}

constexpr std::string_view kLegalPrefixes[] = {
    "株式会社",     "有限会社",     "学校法人",     "医療法人社団",       "医療法人財団",
    "医療法人",     "社会福祉法人", "独立行政法人", "国立大学法人",       "公益社団法人",
    "公益財団法人", "一般社団法人", "一般財団法人", "特定非営利活動法人", "NPO法人"};

// A co-operative's legal form, which (like 株式会社) may come before its name.
bool IsCoopForm(std::string_view s) {
  return s == "協同組合" || s == "生活協同組合" || s == "消費生活協同組合" || s == "農業協同組合" ||
         s == "漁業協同組合";
}

bool IsNameStop(char32_t cp) {
  if (cp < 0x80) return !(std::isalpha(static_cast<int>(cp)) || cp == '&');
  static constexpr char32_t kStops[] = {U'、', U'。', U'，',     U'「',     U'」',     U'『',
                                        U'』', U'【', U'】',     U'・',     U'は',     U'が',
                                        U'を', U'に', U'で',     U'へ',     U'も',     U'と',
                                        U'や', U'の', U'\u3000', U'\uFF08', U'\uFF09', U'：'};
  for (char32_t s : kStops)
    if (cp == s) return true;
  return false;
}

// Start of the character before byte `pos` (> 0) in UTF-8 `s`.
size_t PrevChar(std::string_view s, size_t pos) {
  size_t p = pos - 1;
  while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
  return p;
}

// True if kana `run` opens a sentence rather than a name ("このたびは", "なお", "また",
// "いつも青葉ゼミナールを…").
bool OpensSentence(std::string_view run) {
  for (std::string_view w :
       {"この", "その", "あの", "これ", "それ", "なお", "また", "さて", "まず", "いつも"})
    if (run.starts_with(w)) return true;
  return false;
}

// "かもめ調剤薬局", "はやぶさ信用金庫": a name may begin in hiragana, and its
// kana may be particles (も, は) where the scan back from the suffix stopped. When
// the kana before `b` run back to the start of the line (or a space or an opening
// bracket), they are the name's head, and its start moves there; otherwise `b`
// ("4月1日にかもめ薬局で" keeps "め薬局": a particle may end the kana run).
size_t HiraganaHead(std::string_view part, size_t b) {
  size_t h = b;
  for (int n = 0; h > 0 && n < 8; ++n) {
    size_t p = PrevChar(part, h);
    size_t q = p;
    const char32_t cp = DecodeUtf8(part, &q);
    if (cp >= U'ぁ' && cp <= U'ゖ') {
      h = p;
      continue;
    }
    const bool boundary = cp == '\n' || cp == ' ' || cp == U'\u3000' || cp == U'「' ||
                          cp == U'『' || cp == U'【' || cp == U'\uFF08';
    return boundary && h < b && !OpensSentence(part.substr(h, b - h)) ? h : b;
  }
  return h == 0 && !OpensSentence(part.substr(0, b)) ? h : b;
}

// Calls fn(start, end) for each Japanese organisation name in `part`.
template <typename Fn>
void ForEachJaOrg(std::string_view part, Fn fn) {
  ForEachMatch(JaSuffixRe(), part, [&](const auto& g) {
    size_t s = OffsetIn(part, g[0]), e = s + g[0].size();
    size_t b = s;
    for (int n = 0; b > 0 && n < 24; ++n) {
      size_t p = PrevChar(part, b);
      size_t q = p;
      if (IsNameStop(DecodeUtf8(part, &q))) {
        b = HiraganaHead(part, b);
        break;
      }
      b = p;
    }
    // The name after a legal form that ends at `e`: up to 20 name characters.
    auto name_after = [&part](size_t e) {
      for (int n = 0; e < part.size() && n < 20; ++n) {
        size_t q = e;
        if (IsNameStop(DecodeUtf8(part, &q))) break;
        e = q;
      }
      return e;
    };
    if (b == s) {
      // "株式会社まるやま堂": a legal form before the name.
      for (std::string_view pre : kLegalPrefixes) {
        if (part.substr(s).starts_with(pre)) {
          e = s + pre.size();
          // "特定非営利活動法人 さつま子ども支援ネット": one space may follow the form.
          if (e + 1 < part.size() && part[e] == ' ' &&
              static_cast<unsigned char>(part[e + 1]) >= 0x80)
            ++e;
          e = name_after(e);
          break;
        }
      }
    } else {
      // "日頃より生活協同組合コープひなたを": the form starts after the sentence's words.
      for (std::string_view form :
           {"消費生活協同組合", "生活協同組合", "農業協同組合", "漁業協同組合"}) {
        const std::string_view run = part.substr(b, e - b);
        if (run.size() > form.size() && run.ends_with(form) && [&] {
              for (size_t i = 0; i < run.size() - form.size();) {
                size_t q = i;
                const char32_t cp = DecodeUtf8(run, &q);
                if (cp >= U'ぁ' && cp <= U'ゖ') return true;
                i = q;
              }
              return false;
            }()) {
          b = e - form.size();
          break;
        }
      }
      // "生活協同組合コープかすみ野": a co-operative's form before its name.
      if (IsCoopForm(part.substr(b, e - b))) e = name_after(e);
    }
    fn(b, e);
  });
}

// A capitalised word of an English name; its letters may carry accents ("Kōwhai").
constexpr std::string_view kEnWord = "[A-Z][A-Za-z0-9&'.\\-\\x{C0}-\\x{24F}]*";
// A word of a masthead's name: a capital and two letters or more, no digit or full stop
// (FirstLineMasthead, SignedMasthead).
constexpr std::string_view kMastheadWord = "[A-Z][A-Za-z&'\\-\\x{C0}-\\x{24F}]+";

// Up to `words` capitalised words, each followed by spaces and perhaps "of", "and", "&",
// "the", "for" or "de": the head of an English name. No groups.
std::string EnWords(int words) {
  return "(?:" + std::string(kEnWord) + ",? +(?:(?:of|and|&|the|for|de) +)?){0," +
         std::to_string(words) + "}";
}

// An English name of up to `words` + 1 capitalised words ("Bank of the West", "Hometown
// Fuel & Market"). No groups.
std::string EnName(int words) { return EnWords(words) + std::string(kEnWord); }

// An English organisation's name: capitalised words ending in a kind of body ("… Medical
// Center", "… Pty Ltd", "Ministry of …"), or a school's name. No groups: the name is the
// whole match, which RE2 finds with its DFAs alone (a group makes it search the text
// again with a backtracker, several times slower).
const RE2& EnOrgRe() {
  static const RE2 re(
      "(?:" + EnWords(6) +
      // ("Hywel Dda University Health Board": a Welsh health board.)
      "(?:Hospital|Health(?: System| Systems| Services| Cent(?:er|re)| Plan| Network| Partners| "
      "Board)?|"
      "Medical (?:Cent(?:er|re)|Group|Associates|Clinic|Practice)|Clinic|"
      // "The University of Wisconsin–Red Cedar" (a campus after an en dash; before "University",
      // which would match first).
      // ("University of the Pacific": "the" may come first.)
      "University of(?: the)?(?: [A-Z][a-z]+(?:\\x{2013}[A-Z][a-z]+)?)+|University(?: System)?|"
      "College|"
      "School "
      "District|Schools|"
      "Bank|Credit "
      "Union|Inc\\.?|LLC|LLP|L\\.L\\.C\\.|Corporation|Corp\\.?|Company|Co\\.|Group|Partners|"
      // Commonwealth legal forms: "Kōwhai Energy Limited", "Koala Outdoor Supply Pty Ltd".
      "(?:Pty )?Ltd\\.?|Limited|"
      // Telecoms: "Kōwhai Mobile", "Southern Cross Mobile".
      "Wireless|Mobile|"
      // Professional firms: "Harlan & Pike CPAs", "Marsh Lane Law Group".
      "CPAs|Accountants|Law (?:Firm|Group|Offices?)|"
      "Associates|Pharmacy|Healthcare|P\\.C\\.|PLLC|P\\.A\\.|Dental(?: Care| "
      "Group| Practice| Surgery)?|Dentistry|(?:Medical|Family|General) Practice|"
      // Names of medical practices: "Lakeview Family Medicine", "Harbor Pediatrics".
      // A British GP practice: "Elmbridge Lane Surgery".
      "Surgery|"
      "Medicine|Pediatrics|Orthopa?edics|Dermatology|Cardiology|Radiology|Urology|Oncology|"
      // ("Harbourview Physiotherapy", "Kauri Optometrists".)
      // ("Lakeshore Physiotherapy & Rehab": with what follows its "&".)
      "(?:Physiotherapy|Physical Therapy|Osteopathy|Podiatry|Optometry|Optometrists|Opticians)"
      "(?: (?:&|and) [A-Z][a-z]+)?|"
      "Imaging|Laborator(?:y|ies)|Hospice|Chiropractic|Eye "
      "Care|"
      // "Brightwater Community Legal Centre", "Riverside Cancer Center" (not a call centre).
      "(?:Legal|Community|Law|Advice|Resource|Cancer|Surgical|Dental|Eye|Rehabilitation|"
      "Learning|Family|Counsel(?:l)?ing|Wellness|Care) Cent(?:er|re)|"
      "Foundation(?: Trust)?|Institute|Agency|Authority|County|"
      "Council|School Board|Board of Education|Health Region|"
      // UK health and housing bodies: "Severnside Community Health NHS Trust".
      "NHS (?:Foundation )?Trust|(?:Housing|Health|Care) Trust|"
      // A charity or trust by its own name: "Harbourlight Trust".
      "Trust|"
      "Department of(?: [A-Z][a-z]+)+|"
      // Ministries, municipalities, societies, utilities and insurers: "Ministry of Health",
      // "City of Kelowna", "Riverside Electric Cooperative". (Not the police, whom notices report
      // to, nor a commission, which US notices name in their advice: "the Federal Trade
      // Commission", nor a bare "Insurance": "Social Insurance Number".)
      "Ministry of(?: [A-Z][a-z]+)+|(?:City|Town|Village|Borough|Township|"
      "Municipality) of(?: [A-Z][a-z]+)+|Association|Society|Academy|Insurance (?:Company|Group)|"
      "Mutual|Utilities|Electric(?: Company| Cooperative)?|Charity|"
      // Churches, charities, libraries, sports clubs and state agencies: "St. Brendan's Episcopal
      // Church", "Harvest Table Food Alliance", "Lakeside Shores Public Library", "Kingsmead
      // Rugby Football Club", "State Revenue Office", "Delaware Division of Motor Vehicles".
      "Church|Cathedral|Parish|Diocese|Synagogue|Mosque|Alliance|Library|Libraries|Museum|"
      "(?:Football|Rugby|Golf|Tennis|Cricket|Sports|Athletic|Swimming|Country|Yacht|Rowing|"
      "Netball|Hockey|Soccer|Basketball|Bowling) Club|(?:Revenue|Tax|Taxation) Office|"
      "Division of(?: [A-Z][a-z]+)+|"
      // ("Ohio Bureau of Workers' Compensation", "Bureau of Motor Vehicles".)
      "Bureau of(?: [A-Z][a-z]+['’]?)+|"
      // Benefit funds and tribes: "Great Lakes Ironworkers Pension Fund", "Stillwater Creek
      // Tribe", "Red Cliff Band of Lake Superior Chippewa Indians".
      "(?:Pension|Retirement|Annuity|Welfare|Benefits?) (?:Fund|Plan|System)|Tribe|"
      "Tribal Nation|Indian Community|Rancheria|Band of(?: [A-Z][a-z]+)+ Indians)\\b|"
      // A school that writes for itself: "Kōwhai Park School" (not a list of a district's
      // schools, "Ridgeview Elementary, Cedar Hollow Middle School").
      "(?:" +
      std::string(kEnWord) + " +(?:of +)?){1,4}School\\b)");
  return re;
}

// Trims a leading "the"/"The", trailing punctuation and a leading particle
// run the regex may keep.
std::string CleanName(std::string_view s) {
  std::string t(TrimSpace(s));
  for (const char* p : {"The ", "the ", "当", "弊社", "本", "なお", "また"})
    if (t.starts_with(p) && t.size() > std::string_view(p).size() + 6) {
      if (std::string_view(p) == "本" || std::string_view(p) == "当") break;
      t.erase(0, std::string_view(p).size());
    }
  while (!t.empty() && (t.back() == ',' || t.back() == ' ')) t.pop_back();
  // ("On Mon, Mar 2, 2026 at 9:41 AM, Harlan & Pike CPAs wrote": the time ends before it.)
  for (const char* p : {"AM, ", "PM, "})
    if (t.starts_with(p)) t.erase(0, 4);
  return t;
}

// "X d/b/a Y", "X, doing business as Y": group 1 is Y.
const RE2& DbaRe() {
  static const RE2 re("\\b(?:d/b/a|D/B/A|dba|DBA|doing business as),? +(" + EnName(6) + ")");
  return re;
}

// False if `text` holds none of DbaRe's words, so that it cannot match. (Each is found by a
// byte rarer than its first: '/', 'b' or 'B'.)
bool MayHoldDba(std::string_view text) {
  return FindByByte(text, "d/b/a", 1) != std::string_view::npos ||
         FindByByte(text, "D/B/A", 1) != std::string_view::npos ||
         FindByByte(text, "dba", 1) != std::string_view::npos ||
         FindByByte(text, "DBA", 1) != std::string_view::npos ||
         FindByByte(text, "doing business as", 6) != std::string_view::npos;
}

// A news release's dateline before its first sentence: "DOVER - ", "WENATCHEE, Wash. – ",
// "DES MOINES, Iowa - " (the state after the city).
constexpr std::string_view kDateline =
    "(?:[A-Z][A-Z .,]+(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)? [-–—]+ )?";
// One with its date in brackets: "DES MOINES, Iowa (February 5, 2026) - ". (Apart, and asked
// only where a bracket stands before a dash: in kDateline it made the shared regex dearer for
// every English notice, for the few that have one.)
constexpr std::string_view kDatedDateline =
    "[A-Z][A-Z .,]+(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)? \\([A-Z][a-z]+\\.? [0-9]{1,2}, "
    "[0-9]{4}\\) [-–—]+ ";

// A line that says its organisation is the one notifying: "Riverbend Regional Medical
// Center is notifying patients". Group 1 is the name.
const RE2& NotifierRe() {
  // ("DOVER - The Delaware Division of Motor Vehicles (DMV) is contacting": after a dateline,
  // with its abbreviation.)
  static const RE2 re("(?m)^" + std::string(kDateline) + "(?:The )?(" + EnName(5) +
                      ")(?: \\([A-Z]{2,8}\\))? +(?:is notifying|has notified|notifies|is informing|"
                      "is writing to|is contacting)\\b");
  return re;
}

std::string_view FirstWord(std::string_view s) { return s.substr(0, s.find(' ')); }

bool Rejected(std::string_view name) {
  // Generic words that end in a suffix but name no one.
  static const RE2 re(
      "^(?:本?(?:市|県|区|町|村)?(?:役所|役場|病院|学校|大学|センター|委員会|事務所|局|省|庁|会社|"
      "法人|組合|"
      "グループ)|(?:当|弊|同|本)(?:院|社|校|センター|法人|クリニック|組合|病院|会社|学校|大学|園|"
      "館|局|店|"
      "法人|機構|協会|薬局|基金|広域連合|企業団|事務組合|生協|事務所|施設|事業所|ホテル|旅館|公社|"
      "共済会|協同組合|会)|"
      // "当社お客さまセンター": a part of the writer, called "our".
      "(?:当|弊)(?:社|院|行|金庫|館|校).+|"
      // "図書館", "市立図書館": a kind of facility of no name.
      "(?:(?:県|市|府|都|町|村|区|私|国)立)?(?:図書館|美術館|博物館|資料館|記念館)|"
      "各.*|全.*|関係.*|"
      // "在籍小学校名", "志望校", "勤務先の会社": a person's school or workplace, an item of
      // the data, not who answers for it.
      "(?:在籍|在学|出身|志望|所属|通学|通園|勤務|進学).*|"
      // A legal form alone ("医療法人" cut from "医療法人社団清和会") names no one.
      "(?:医療|社会福祉|学校|宗教|社団|財団|一般社団|一般財団|公益社団|公益財団|特定非営利活動|"
      "NPO|独立行政|地方独立行政|国立大学|公立大学)法人(?:社団|財団)?|"
      "(?:株式|有限|合同|合名|合資)会社|"
      // "委託している株式会社": a verb phrase before a legal form names no one.
      // ("在学する学校(名)" likewise; and a clause's "…から": "宅配事業部から組合", not "からだ".)
      ".*(?:している|ている|された|される|する|した).*|.+から(?:[^だ].*)?|"
      // "対象となる個人及び法人": a list of kinds, or a verb's tail before one, names no one.
      ".*(?:及び|並びに|又は|または).*|(?:なる|ある|いる|よる|おける|れる)[^ ]*|"
      // "委託配送会社", "委託先の株式会社…": a vendor, not who answers for the data (LABELLING.md).
      ".*委託.*|"
      // "(株式会社トラベルリンクス提供)": the vendor of a system the notice uses.
      ".*提供|"
      "コール(?:センター)?|問い?合わ?せ.*|サポートセンター|相談センター|.*専用.*|郵便局|警察署?|"
      "お客(?:様|さま)(?:センター|相談室|窓口)|カスタマー(?:センター|サポート)|.*"
      "警察.*|"
      "ご?相談.*|(?:県|市|府|都|町|村|区|私|国)立(?:高等学校|高校|中学校|小学校|学校|病院|大学|"
      "保育所|幼稚園)|"
      // "川口市立中学校": a municipality's school of no name is no one in particular.
      // ("熊本市立の小学校" likewise.)
      "[^ ]{1,8}[都道府県市区町村]立の?(?:高等学校|高校|中学校|小学校|特別支援学校|学校|保育所|"
      "保育園|幼稚園)|"
      // A kind of organisation alone ("診療所", "事務局") names no one.
      "(?:診療所|医院|クリニック|高等学校|高校|中学校|小学校|特別支援学校|幼稚園|保育所|保育園|"
      "こども園|事務局|研究所|薬局|銀行|協会|機構|基金|保健所|歯科|自治会|財団|研究室|"
      // ("担当:教育委員会事務局 図書館": a board of no place named.)
      "教育委員会(?:事務局)?)|"
      "Inc\\.?|LLC|Company|Group|Hospital|University|County|City|State|District|Department|"
      // A kind of body alone ("Council apologises after…") names no one.
      "(?:Health |School |Credit |Housing |Care |NHS |Borough |County |City |District )?"
      "(?:Council|Board|Trust|Authority|Agency|Foundation|Institute|College|Clinic|Bank|Union|"
      "Association|Society|Academy|Charity|Pharmacy|Corporation|Limited|Ltd|Associates|Partners|"
      "Schools|Utilities|Mutual|Ministry|Health|Healthcare|Medicine|Tribe|Mobile|Wireless|Church|"
      // "Halvorsen & Pike, P.C. | Certified Public Accountants": a profession, not a name.
      "Certified Public Accountants|Chartered Accountants|Accountants|Attorneys at Law|"
      "Solicitors|"
      // "Organization providing notice …: Northern Arc Telecom Inc. (the Organization)".
      "Organi[sz]ation)|"
      // "…sent to incorrect recipients by Adult Social Care": a council's service, no one's name.
      "(?:Adult|Adults['’]?|Children['’]?s['’]?) (?:Social (?:Care|Services|Work)|Services)|"
      "Social (?:Care|Services|Work)|"
      // ("…sent to wrong recipient by Housing Services" likewise.)
      "(?:Housing|Revenues?|Benefits|Customer|Council Tax|Environmental|Planning|Parking|Waste|"
      "Legal|Finance|Education|Library|Libraries|Leisure|Bereavement|Registration|Highways|"
      "Public Health|IT|Digital|Human Resources|HR) (?:Services?|Team|Department|Office)|"
      // "Today, the U.S. Department of Health …": a sentence's opening; "City's Chief Executive
      // Officer": a person's title.
      "(?:Today|Yesterday|Tonight|Recently), .*|.*['’]s Chief Executive(?: Officer)?|"
      // "MEDIA STATEMENT", "Media release": a page's kind.
      "(?:MEDIA|Media)(?: (?:STATEMENT|RELEASE|Statement|Release|statement|release))?|"
      // "We've", "We're": a sentence's first word.
      "(?:We|You|They|It|I|Let|That|There|Here|What|Who)['’](?:ve|re|ll|d|s|m)|"
      "(?:The|This|Our|A|An) [A-Za-z ]+|"
      // "Notice about a lost laptop", "Newsletter notice", "Contact": a page's words.
      "(?:[A-Za-z]+ )*(?:[Nn]otice|NOTICE)(?: [A-Za-z]+)*|Contact(?: [Uu]s)?|"
      // "RSBGO Director": an office's abbreviation and a role, a person's title.
      "[A-Z]{2,8} (?:Director|Manager|Officer|Coordinator|Secretary)|"
      // A regulator the notice was reported to: "Office of the Australian Information
      // Commissioner", "Attorney General", "個人情報保護委員会" (a regulator's own release about
      // a company is read from its title, in FindOrganization).
      ".*(?:Information|Privacy|Data Protection) Commissioner.*|.*Attorney General.*|"
      // (New Zealand's Privacy Commissioner by its Māori name, as its pages are titled.)
      ".*Taxation Office.*|.*Ombudsman.*|Federal Trade Commission|Office for Civil Rights|"
      "Te Mana Matapono Matatapu|"
      "(?:U\\.S\\. )?Department of Health and Human Services|個人情報保護委員会.*)$");
  return RE2::FullMatch(name, re);
}

// The first line of `text` when it is a letterhead in capitals that, written as a title
// ("Kowhai Medical Centre", "Sierra Foothills Unified School District"), is one
// organisation's name (legal forms such as LLC stay in capitals); nullopt otherwise.
std::optional<Found> CapitalsLetterhead(std::string_view text) {
  const size_t s = text.find_first_not_of(" \t\r\n");
  if (s == std::string_view::npos) return std::nullopt;
  const size_t nl = text.find('\n', s);
  const std::string_view line =
      TrimSpace(text.substr(s, (nl == std::string_view::npos ? text.size() : nl) - s));
  if (line.size() < 6 || line.size() > 80 || line.find(' ') == std::string_view::npos ||
      std::any_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return std::nullopt;
  static constexpr std::string_view kForms[] = {"LLC", "LLP", "PLLC", "L.L.C.", "P.C.", "P.A."};
  std::string titled;
  for (size_t i = 0; i < line.size();) {
    size_t j = line.find(' ', i);
    if (j == std::string_view::npos) j = line.size();
    std::string_view word = line.substr(i, j - i);
    std::string_view bare = word;
    while (!bare.empty() && (bare.back() == ',' || bare.back() == ';')) bare.remove_suffix(1);
    const bool form = std::find(std::begin(kForms), std::end(kForms), bare) != std::end(kForms);
    // ("UNIVERSITY OF THE NORTHERN PLAINS": a small word inside a name is in lower case, as
    // "University of the Northern Plains" writes it.)
    static constexpr std::string_view kSmall[] = {"OF", "THE", "AND", "FOR", "AT", "IN", "ON"};
    const bool small =
        i > 0 && std::find(std::begin(kSmall), std::end(kSmall), bare) != std::end(kSmall);
    for (size_t k = 0; k < word.size(); ++k) {
      const char prev = k > 0 ? word[k - 1] : ' ';
      const bool after_letter = std::isalpha(static_cast<unsigned char>(prev)) || prev == '\'';
      titled += !form && (after_letter || small) && word[k] >= 'A' && word[k] <= 'Z'
                    ? static_cast<char>(word[k] - 'A' + 'a')
                    : word[k];
    }
    if (j < line.size()) titled += ' ';
    i = j + 1;
  }
  std::string_view whole = titled;
  while (!whole.empty() && (whole.back() == ',' || whole.back() == '.' || whole.back() == ' '))
    whole.remove_suffix(1);
  bool names = false;
  ForEachMatchWhile(EnOrgRe(), titled, [&](size_t s, size_t e, size_t) {
    names = names || (s == 0 && e >= whole.size());
    return true;
  });
  // ("SUMMIT RIDGE MOTORS\n8800 W. Fairview Avenue": a letterhead above a street address
  // names its sender, whatever its words; so does "NORTHGATE OUTFITTERS\nCustomer Care |
  // 400 West Broad Street | Columbus, Ohio 43215", the address after a department.)
  if (!names && nl != std::string_view::npos) {
    static const RE2 street_line(
        "^[ \\t]*(?:[A-Za-z][^\\n|]{0,40}\\| *)?[0-9]{1,6} [A-Z][^\\n]{2,60}\\n");
    names = RE2::PartialMatch(text.substr(nl + 1, 80), street_line) &&
            std::count(line.begin(), line.end(), ' ') <= 5;
  }
  if (!names || Rejected(whole)) return std::nullopt;
  // The name as the text writes it again in lower case, else the letterhead.
  const size_t end = static_cast<size_t>(line.data() - text.data()) + line.size();
  const std::string lower = AsciiLower(text.substr(end, std::min<size_t>(text.size() - end, 4000)));
  const size_t again = lower.find(AsciiLower(whole));
  if (again != std::string::npos) {
    const size_t at = end + again;
    return Found{std::string(text.substr(at, whole.size())), at, at + whole.size()};
  }
  const size_t at = static_cast<size_t>(line.data() - text.data());
  return Found{std::string(line), at, at + line.size()};
}

// The one name `name_of` gives for the matches of `re` in `top` (a prefix of `text`), where
// `name_of` returns nullopt for a match that names no one; nullopt if no match names one, or
// several different ones do.
template <typename NameOf>
std::optional<Found> OnlyOneNamed(std::string_view text, std::string_view top, const RE2& re,
                                  NameOf name_of) {
  std::optional<Found> only;
  bool several = false;
  ForEachMatch(re, top, [&](const auto& g) {
    const std::optional<std::string_view> name = name_of(g);
    if (!name) return;
    if (!only) {
      const size_t at = OffsetIn(text, *name);
      only = Found{std::string(*name), at, at + name->size()};
    } else if (only->value != *name) {
      several = true;
    }
  });
  if (several) return std::nullopt;
  return only;
}

// The one school the top of `text` names ("Dear Maple Ridge Middle School Families", "Principal,
// Maple Ridge Middle School") when `org` is a school district or board; nullopt when `org`
// is not one or the notice names no school or several.
std::optional<Found> OnlySchoolOfDistrict(std::string_view text, std::string_view org) {
  static const RE2 district(
      "(?i)(?:school district|school board|board of education|public schools|district)$");
  if (!RE2::PartialMatch(org, district)) return std::nullopt;
  static const RE2 school("((?:" + std::string(kEnWord) +
                          " +){1,4}(?:Elementary|Middle|High|Intermediate|Primary|Secondary|"
                          "Public|Catholic|Junior|Senior|Grammar) School)\\b");
  // Words a salutation or a sentence puts before the name.
  static const RE2 lead("^(?:(?:Dear|To|At|The|Our|From|For|In|Of|And|All|Attention|Re:?) +)+");
  return OnlyOneNamed(text, text.substr(0, std::min<size_t>(text.size(), 4000)), school,
                      [](const auto& g) -> std::optional<std::string_view> {
                        re2::StringPiece rest(g[1].data(), g[1].size());
                        RE2::Consume(&rest, lead);
                        return std::string_view(rest.data(), rest.size());
                      });
}

// The one public school the top of `text` names ("大分県教育委員会は9日、大分県立由布川高等学校
// で…と発表した") when `org` is a 教育委員会; nullopt when `org` is not one or the notice names
// no school by name ("市立A小学校", "熊本市立の小学校") or several (LABELLING.md).
std::optional<Found> OnlySchoolOfBoard(std::string_view text, std::string_view org) {
  // ("千葉市教育委員会事務局 教育総務部 学事課": the board's office and its division sign.)
  const size_t board = org.find("教育委員会");
  if (board == std::string_view::npos) return std::nullopt;
  const std::string_view after = org.substr(board + std::string_view("教育委員会").size());
  if (!after.empty() && !after.starts_with("事務局") && !after.starts_with(" "))
    return std::nullopt;
  static const RE2 school(
      "((?:\\p{Han}|ヶ|ケ){1,8}?[都道府県市区町村]立([^ 、。「」『』()\\n]{2,12}?)"
      "(?:高等学校|中学校|小学校|特別支援学校|義務教育学校|中等教育学校))");
  auto named = [](const auto& g) -> std::optional<std::string_view> {
    const std::string_view name = g[1], own = g[2];
    // (An initial or a blank, not a name: "A", "○○"; nor kinds of school: "区立小・中学校".)
    if (own.starts_with("の") || own.find("○") != std::string_view::npos ||
        own.find("・") != std::string_view::npos ||
        own.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos || Rejected(name))
      return std::nullopt;
    return name;
  };
  const std::string_view top = text.substr(0, std::min<size_t>(text.size(), 1500));
  if (std::optional<Found> f = OnlyOneNamed(text, top, school, named)) return f;
  // "倉敷市教育委員会は10日、市立緑ヶ丘中学校で…": the school named by its kind of owner alone,
  // which is the board's own place ("倉敷市" + "立緑ヶ丘中学校").
  const std::string_view place = org.substr(0, board);
  if (place.size() < 6) return std::nullopt;
  static const RE2 bare(
      "(?:^|[^\\p{Han}ヶケ])(([都道府県市区町村])立([^ 、。「」『』()\\n]{2,12}?)"
      "(?:高等学校|中学校|小学校|特別支援学校|義務教育学校|中等教育学校))");
  std::optional<Found> f = OnlyOneNamed(text, top, bare, [&](const auto& g) {
    // (The kind of owner is the place's: 市立 of a 市.)
    return place.ends_with(g[2]) ? named(std::array<std::string_view, 3>{g[0], g[1], g[3]})
                                 : std::nullopt;
  });
  if (!f) return std::nullopt;
  f->value = std::string(place.substr(0, place.size() - 3)) + f->value;
  return f;
}

// The hospital of a prefecture or municipality `org` (or of its 病院局, or `org` a tail of the
// hospital's name) that a title line in the first lines of `text` says the incident was at
// ("県立はりま浜総合医療センターにおける患者情報の誤送信について", which 兵庫県病院局 publishes
// under "報道提供資料" and its date): the hospital, as a patient knows it (LABELLING.md);
// nullopt when there is none.
std::optional<Found> OwnHospitalInTitle(std::string_view text, std::string_view org) {
  const bool public_body = org.ends_with("県") || org.ends_with("都") || org.ends_with("府") ||
                           org.ends_with("道") || org.ends_with("市") || org.ends_with("町") ||
                           org.ends_with("村") || org.ends_with("病院局");
  const std::string_view head = text.substr(0, std::min<size_t>(text.size(), 600));
  if (head.find("立") == std::string_view::npos) return std::nullopt;
  static const RE2 title_line(
      "(?m)^ *((?:\\p{Han}|ヶ|ケ){0,6}?[都道府県市町村]立[^ 、。「」『』()\\n]{1,20}?"
      "(?:病院|医療センター))(?:における|において)[^\\n]*(?:について|お知らせ|お詫び)\\)?$");
  re2::StringPiece m;
  if (!RE2::PartialMatch(head, title_line, &m)) return std::nullopt;
  const std::string_view name(m.data(), m.size());
  // (Or a tail of the hospital's name, cut after a kana that reads as a particle: "県立は|りま浜
  // 総合医療センター".)
  if (!(public_body || (org.size() >= 9 && name.ends_with(org))) || Rejected(name))
    return std::nullopt;
  const size_t at = OffsetIn(text, name);
  return Found{std::string(name), at, at + name.size()};
}

// True if `name` ends as a school's, hospital's or care home's does ("みどりの森内科クリニック",
// "特別養護老人ホームあずさの里").
bool IsFacilityName(std::string_view name) {
  static const RE2 facility(
      "(?:大学|高等学校|高校|中学校|小学校|専門学校|学校|幼稚園|保育園|こども園|病院|"
      "クリニック|医院|診療所|歯科|ホーム|の里|の家|園|医療センター)$");
  return RE2::PartialMatch(name, facility);
}

// The facility a corporation says it runs, in the first lines of `top` (a prefix of
// `text`): "当法人が運営する「すずらん北円山保育園」において" (any name in quotes) or
// "当法人が運営するみどり病院では" (a name that ends in a suffix); nullopt if none.
std::optional<Found> RunFacility(std::string_view text, std::string_view top) {
  const std::string_view head = top.substr(0, std::min<size_t>(top.size(), 1500));
  constexpr std::string_view kRuns = "が運営する";
  const size_t at = head.find(kRuns);
  if (at == std::string_view::npos) return std::nullopt;
  size_t s = at + kRuns.size();
  std::string_view name;
  if (head.substr(s).starts_with("「")) {
    s += std::string_view("「").size();
    const size_t e = head.find("」", s);
    if (e == std::string_view::npos || e - s > 60) return std::nullopt;
    name = head.substr(s, e - s);
  } else {
    const std::string_view rest = head.substr(s, std::min<size_t>(head.size() - s, 90));
    ForEachJaOrg(rest, [&](size_t b, size_t e) {
      if (name.empty() && b == 0) name = rest.substr(b, e - b);
    });
    // "社会福祉法人ゆりの会が運営する特別養護老人ホームあずさの里(長野県松本市)において": a
    // facility's name that ends in no suffix, up to its place in brackets or to において.
    if (name.empty())
      for (std::string_view end : {"(", "において"})
        if (const size_t e = rest.find(end); e != std::string_view::npos && e <= 60) {
          if (IsFacilityName(rest.substr(0, e))) name = rest.substr(0, e);
          break;
        }
  }
  if (name.size() < 6 || name.find("。") != std::string_view::npos || Rejected(name))
    return std::nullopt;
  const size_t off = OffsetIn(text, name);
  return Found{std::string(name), off, off + name.size()};
}

// True if `top` calls `name` the vendor the publisher entrusted the work to: "業務を委託している
// 株式会社やまなみネット", "委託先の株式会社…", "委託先である…".
bool NamedAsVendor(std::string_view top, std::string_view name) {
  for (size_t at = top.find(name); at != std::string_view::npos; at = top.find(name, at + 1)) {
    const std::string_view before = top.substr(0, at);
    for (std::string_view cue : {"委託している", "委託先の", "委託先である", "委託先"})
      if (before.ends_with(cue)) return true;
    // "株式会社リザーブリンク(以下「運用事業者」)": defined as the one that runs the system.
    const std::string_view after = top.substr(at + name.size(), 60);
    if (after.starts_with("(以下「") || after.starts_with("(以下、「")) {
      const std::string_view defined = after.substr(0, after.find("」"));
      for (std::string_view w : {"事業者", "委託", "受託", "運用", "運営会社"})
        if (defined.find(w) != std::string_view::npos) return true;
    }
  }
  return false;
}

// The client a vendor says it serves in the first lines of `top` (a prefix of `text`):
// "当社が電子カルテシステムの運用保守業務を受託している、埼玉県川越市の医療法人社団青葉会
// あおば台クリニック様" -> the clinic (a corporation's facility, as elsewhere); nullopt if none.
std::optional<Found> ClientServed(std::string_view text, std::string_view top) {
  const std::string_view head = top.substr(0, std::min<size_t>(top.size(), 1500));
  const size_t at = head.find("受託している");
  if (at == std::string_view::npos) return std::nullopt;
  const std::string_view rest = head.substr(at, std::min<size_t>(head.size() - at, 200));
  const size_t sama = rest.find("様");
  if (sama == std::string_view::npos || rest.substr(0, sama).find("。") != std::string_view::npos)
    return std::nullopt;
  std::string_view name;
  ForEachJaOrg(rest.substr(0, sama), [&](size_t b, size_t e) {
    if (e == sama) name = rest.substr(b, e - b);
  });
  // ("医療法人社団青葉会 あおば台クリニック": the facility after its corporation.)
  if (const size_t sp = name.rfind(' '); sp != std::string_view::npos && IsFacilityName(name))
    name = name.substr(sp + 1);
  if (name.size() < 6 || Rejected(name)) return std::nullopt;
  const size_t off = OffsetIn(text, name);
  return Found{std::string(name), off, off + name.size()};
}

// A prefecture's police force: "福岡県警察", "大阪府警察本部".
constexpr std::string_view kPrefecturalPolice = "[^ ]{1,4}[都道府県]警察(?:本部)?";

// "福岡県警察", "大阪府警察本部 生活安全部": a prefecture's police, which issues
// notices in its own name (police mentioned elsewhere are Rejected).
bool IsPrefecturalPolice(std::string_view line) {
  static const RE2 re("^" + std::string(kPrefecturalPolice) + "(?: ?[^ ]{2,14}(?:部|課|室))*$");
  return line.find("警察") != std::string_view::npos && RE2::FullMatch(line, re);
}

// True if a label of LabelledNameRe can start `line`: it holds a colon and,
// after its spaces, begins with a letter a label begins with (n e o c b, any
// case; none has a non-ASCII case variant) or with 報, 事, 名, 法 or 会.
bool MayStartLabel(std::string_view line) {
  if (line.find(':') == std::string_view::npos && line.find("：") == std::string_view::npos)
    return false;
  size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  if (i == line.size()) return false;
  switch (line[i] | 0x20) {
    case 'n':
    case 'e':
    case 'o':
    case 'c':
    case 'b':
      return true;
  }
  const std::string_view rest = line.substr(i);
  for (std::string_view w : {"報", "事", "名", "法", "会"})
    if (rest.starts_with(w)) return true;
  return false;
}

// The title of whoever heads a school, hospital or care home, as a signature
// writes it after the facility or on the line below ("清稜高等学校 校長 藤田 健一",
// "ひだまりの里\n施設長 山口 恵子").
constexpr std::string_view kHeadTitles[] = {"校長", "病院長", "院長", "園長",       "施設長",
                                            "学長", "所長",   "館長", "センター長", "理事長"};

// The length of the head title `line` starts with, followed by a space and a
// name or by nothing ("みなと中央病院 院長" signs without the name); 0 if it starts with
// none.
size_t HeadTitleAt(std::string_view line) {
  for (std::string_view t : kHeadTitles)
    if (line == t || (line.starts_with(t) && line.size() > t.size() + 1 && line[t.size()] == ' '))
      return t.size();
  return 0;
}

// `line` up to a head title and the name after it: "清稜高等学校 校長 藤田 健一" ->
// "清稜高等学校". The line itself when it holds none.
std::string_view BeforeHeadTitle(std::string_view line) {
  for (size_t sp = line.find(' '); sp != std::string_view::npos; sp = line.find(' ', sp + 1))
    if (HeadTitleAt(line.substr(sp + 1)) > 0) return line.substr(0, sp);
  return line;
}

// The prefecture or municipality of an issuer's line among the first lines of `text`: a
// place followed only by its departments or offices ("兵庫県財務部税務課", "堺市 市民人権局
// 総務課", "千葉県船橋県税事務所"); nullopt if there is none.
std::optional<Found> IssuingBody(std::string_view text) {
  static const RE2 departments("(?: ?[^ ]{1,14}?(?:部|局|課|室|係|事務所))+");
  size_t pos = 0;
  for (int n = 0; n < 10 && pos < text.size(); ++n) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = TrimSpace(text.substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty() || line.size() > 90) continue;
    // ("とりネット 鳥取県公式サイト": the site's own name says whose it is.)
    for (std::string_view site : {"公式サイト", "公式ホームページ", "公式ウェブサイト"}) {
      if (!line.ends_with(site)) continue;
      const std::string_view owner = line.substr(0, line.size() - site.size());
      const std::vector<PlaceMention> q = FindJpPlaces(owner);
      if (q.empty() || q.back().end != owner.size()) break;
      const size_t at = static_cast<size_t>(owner.data() - text.data()) + q.back().start;
      return Found{std::string(owner.substr(q.back().start, q.back().end - q.back().start)), at,
                   at + q.back().end - q.back().start};
    }
    std::vector<PlaceMention> p = FindJpPlaces(line);
    if (p.empty() || p[0].start != 0 || p[0].end == line.size()) continue;
    if (!RE2::FullMatch(line.substr(p[0].end), departments)) continue;
    const size_t at = static_cast<size_t>(line.data() - text.data());
    return Found{std::string(line.substr(0, p[0].end)), at, at + p[0].end};
  }
  return std::nullopt;
}

}  // namespace

bool FirstMatchByLine(const RE2& re, std::string_view text, std::string_view needle,
                      re2::StringPiece* groups, int n) {
  const re2::StringPiece input(text.data(), text.size());
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    if (text.substr(pos, nl - pos).find(needle) != std::string_view::npos &&
        re.Match(input, pos, nl, RE2::ANCHOR_START, groups, n))
      return true;
    pos = nl + 1;
  }
  return false;
}

bool FirstMatchAtCapitalLine(const RE2& re, std::string_view text, re2::StringPiece* group) {
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[2];
  for (size_t pos = 0; pos < text.size();) {
    // (A match without groups first: RE2 runs only its DFA for it, which fails fast.)
    if (text[pos] >= 'A' && text[pos] <= 'Z' &&
        re.Match(input, pos, text.size(), RE2::ANCHOR_START, nullptr, 0) &&
        re.Match(input, pos, text.size(), RE2::ANCHOR_START, groups, 2)) {
      *group = groups[1];
      return true;
    }
    const size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return false;
}

const RE2& LabelledNameRe() {
  static const RE2 re(
      "(?im)^ *(?:報告者|事業者名|事業者の名称|名称|法人名|会社名|name of (?:(?:the )?covered "
      "entity|entity|organization|business|company)|(?:covered )?entity name|organization name|"
      "entity or individual name|"
      "company name|business name) *[:：]"
      "[ \\t]*(?:\\n[ \\t]*)?([^\\n]{2,80})$");
  return re;
}

bool FindLabelledName(std::string_view top, std::string_view* value) {
  // Every match starts at the start of a line ((?m)^): instead of a scan of
  // the whole text, a match anchored at the start of each line that can hold a
  // label, in order. The first found is PartialMatch's first match.
  const RE2& re = LabelledNameRe();
  const re2::StringPiece input(top.data(), top.size());
  re2::StringPiece groups[2];
  for (size_t pos = 0; pos < top.size();) {
    size_t nl = top.find('\n', pos);
    if (nl == std::string_view::npos) nl = top.size();
    if (MayStartLabel(top.substr(pos, nl - pos)) &&
        re.Match(input, pos, top.size(), RE2::ANCHOR_START, groups, 2)) {
      *value = std::string_view(groups[1].data(), groups[1].size());
      return true;
    }
    pos = nl + 1;
  }
  return false;
}

namespace {

// True if `text` writes `name` on a line other than the title's own.
bool WrittenBeyondTitle(std::string_view text, std::string_view title, std::string_view name) {
  for (size_t p = text.find(name); p != std::string_view::npos; p = text.find(name, p + 1)) {
    const size_t ls = p == 0 ? 0 : text.rfind('\n', p - 1) + 1;  // npos + 1 == 0
    // (No line break after it: npos - ls runs to the end.)
    const std::string_view line = text.substr(ls, text.find('\n', p) - ls);
    if (TrimSpace(line) != TrimSpace(title)) return true;
  }
  return false;
}

// A small body's name that heads the page or letter and that signs it again lower down: "FC
// かもめジュニア 横浜市金沢区で活動する少年サッカークラブ" … "FCかもめジュニア 代表 川口 誠",
// "個別指導 あすなろ塾" … "あすなろ塾 岐阜県大垣市…", "The Glenmorie Inn · Pitlochry" …
// "Rachel & Iain McLaren, The Glenmorie Inn, Pitlochry". For names whose kind no suffix or
// EnOrgRe knows (a church, a club, an inn, a pantry), where no other name is found. The name
// is a whole line or a part of one of the first lines (between spaces in Japanese, between
// " · ", " - " or " | " in English); nullopt if none is written again.
std::optional<Found> SignedMasthead(std::string_view text, bool ja) {
  // The text's lines with words, trimmed.
  std::vector<std::string_view> lines;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    if (const std::string_view l = TrimSpace(text.substr(at, end - at)); !l.empty())
      lines.push_back(l);
    at = end + 1;
  }
  static const RE2 en_name("(?:The )?(?:" + std::string(kMastheadWord) +
                           " (?:(?:&|and|of) )?){1,5}" + std::string(kMastheadWord));
  // ("福祉課", "担当": a section signs a municipality's notice; the municipality answers.)
  static const RE2 ja_not_name(
      ".*(?:について|お知らせ|お詫び|ご報告|様|皆|各位|課|係|室|部|局|担当|窓口|班)|"
      ".*[。、「」()（）:：,@<>0-9].*");
  // (A name has a letter: not "────────", a rule under a heading.)
  static const RE2 ja_letter("[\\p{Han}\\p{Hiragana}\\p{Katakana}A-Za-z]");
  // (Without its "The", which Rejected takes for a sentence's opening.)
  auto bare = [&](std::string_view t) { return !ja && t.starts_with("The ") ? t.substr(4) : t; };
  auto is_name = [&](std::string_view t) {
    if (t.size() < 6 || t.size() > 60 || Rejected(bare(t))) return false;
    if (!ja) return RE2::FullMatch(t, en_name);
    if (t.size() > 45 || RE2::FullMatch(t, ja_not_name) || !RE2::PartialMatch(t, ja_letter))
      return false;
    const std::vector<PlaceMention> p = FindJpPlaces(t);
    return p.empty() || p.front().start != 0;
  };
  // True if line `l` signs with `t`: starts with it, or (English) has it after ", ".
  auto signs = [&](std::string_view l, std::string_view t) {
    auto ends_word = [&](size_t at) {
      return at == l.size() || l[at] == ' ' || l[at] == ',' || (!ja && l[at] == '.');
    };
    if (l.starts_with(t) && ends_word(t.size())) return true;
    if (ja) return false;
    const std::string after_comma = ", " + std::string(t);
    for (size_t at = l.find(after_comma); at != std::string_view::npos;
         at = l.find(after_comma, at + 1))
      if (ends_word(at + after_comma.size())) return true;
    return false;
  };
  const size_t top = std::min<size_t>(lines.size(), 8);
  for (size_t i = 0; i < top; ++i) {
    std::vector<std::string_view> parts{lines[i]};
    if (ja) {
      for (std::string_view rest = lines[i]; !rest.empty();) {
        const size_t sp = rest.find_first_of(" |");
        parts.push_back(TrimSpace(rest.substr(0, sp)));
        if (sp == std::string_view::npos) break;
        rest = rest.substr(sp + 1);
      }
    } else {
      for (std::string_view sep : {" · ", " - ", " – ", " — ", " | "})
        if (const size_t at = lines[i].find(sep); at != std::string_view::npos)
          parts.push_back(TrimSpace(lines[i].substr(0, at)));
    }
    for (std::string_view t : parts) {
      if (!is_name(t)) continue;
      for (size_t j = i + 1; j < lines.size(); ++j) {
        if (!signs(lines[j], t)) continue;
        const std::string_view name = bare(t);
        const size_t at = static_cast<size_t>(name.data() - text.data());
        return Found{std::string(name), at, at + name.size()};
      }
    }
  }
  return std::nullopt;
}

std::optional<Found> FindOrganizationAsWritten(std::string_view text, std::string_view title,
                                               record::Language lang) {
  const size_t kTop = std::min<size_t>(text.size(), 4000);
  std::string_view top = text.substr(0, kTop);
  const bool ja = lang == record::Language::kJa;
  // Calls fn(start, end) for each candidate name in `part` (a view into text or title).
  auto for_each = [&](std::string_view part, const auto& fn) {
    if (ja) {
      ForEachJaOrg(part, fn);
    } else {
      // ("Data Protection Officer, Kildare County Council": a role before the body it serves.)
      static const RE2 role(
          "^(?:[A-Z][A-Za-z]* )*(?:Officer|Manager|Director|Team|Office|Department|Unit|"
          "Coordinator|Head|Clerk|Secretary|Controller), ");
      ForEachMatchWhile(EnOrgRe(), part, [&](size_t s, size_t e, size_t) {
        re2::StringPiece rest(part.data() + s, e - s);
        if (RE2::Consume(&rest, role))
          s = OffsetIn(part, std::string_view(rest.data(), rest.size()));
        fn(s, e);
        return true;
      });
    }
  };
  // The first group of `re`'s first match in the top of the text, cleaned, if
  // at least 3 bytes remain (and, with `reject`, it is not a Rejected name). With
  // `capital_lines`, every match of `re` starts a line that starts with a capital.
  auto named_by = [&](const RE2& re, bool reject,
                      bool capital_lines = false) -> std::optional<Found> {
    re2::StringPiece m;
    if (!(capital_lines ? FirstMatchAtCapitalLine(re, top, &m) : RE2::PartialMatch(top, re, &m)))
      return std::nullopt;
    std::string name = CleanName(std::string_view(m.data(), m.size()));
    size_t s = static_cast<size_t>(m.data() - text.data());
    if (name.size() < 3 || (reject && Rejected(name))) return std::nullopt;
    return Found{name, s, s + m.size()};
  };
  auto first_org_in = [&](std::string_view part) -> std::optional<Found> {
    std::optional<Found> f;
    for_each(part, [&](size_t s, size_t e) {
      if (f) return;
      std::string name = CleanName(part.substr(s, e - s));
      if (name.size() < 6 || Rejected(name)) return;
      size_t at = static_cast<size_t>(part.data() - text.data()) + s;
      f = Found{name, at, at + (e - s)};
    });
    return f;
  };
  // "Harbourside Dental Pty Ltd, a subsidiary of Southern Cross Oral Health Group": the
  // subsidiary, the one its customers dealt with (LABELLING.md).
  // ("Hoshizora Logistics Co., Ltd. (Head office: …), a consolidated subsidiary of the
  // Company", "our consolidated subsidiary Minori Foods Co., Ltd. (Head office: …)", as
  // Japanese groups write in English, likewise.)
  // (Before a form's labelled name: an IR release's "Company name: Hoshizora Holdings Co.,
  // Ltd." is the holding that publishes it.)
  if (!ja && FindRare(top, "subsidiary") != std::string_view::npos) {
    static const RE2 subsidiary("(" + EnName(6) +
                                ")(?: \\([^()\\n]{0,160}\\))?, (?:a|an) (?:wholly[- ]owned |"
                                "indirect |direct |consolidated )*subsidiary of");
    static const RE2 our_subsidiary(
        "\\b(?:our|its|the Company['’]s) (?:wholly[- ]owned |consolidated )*subsidiary,? (" +
        EnName(6) + ")");
    if (std::optional<Found> f = named_by(subsidiary, /*reject=*/true)) return f;
    if (std::optional<Found> f = named_by(our_subsidiary, /*reject=*/true)) return f;
  }
  // "Harbourside Physio, one of the clinics operated by Tasman Allied Health Group Limited",
  // "St. Brennan Medical Center, a member of Lakeshore Health": the clinic or hospital a group
  // runs, the one its patients know (LABELLING.md), whatever the page's masthead says.
  if (!ja && (FindRare(top, ", one of the ") != std::string_view::npos ||
              FindRare(top, ", a member of ") != std::string_view::npos ||
              FindRare(top, ", part of ") != std::string_view::npos)) {
    static const RE2 member("(" + EnName(6) +
                            "), (?:one of the [a-z]+ (?:operated|owned|run|managed) by|a member "
                            "of|part of) (?:the )?[A-Z]");
    if (std::optional<Found> f = named_by(member, /*reject=*/true)) return f;
  }
  // A form's labelled name: "報告者:株式会社…", "Name of Entity: Pinecrest …" (the
  // value on the same line or the next).
  {
    std::string_view value;
    if (FindLabelledName(top, &value)) {
      std::string name = CleanName(value);
      const size_t s = OffsetIn(text, value);
      if (name.size() >= 3) return Found{name, s, s + value.size()};
    }
  }
  // A Japanese city's release in English signed by a division, the city on a line of its own
  // ("Long-Term Care Insurance Division, Health and Welfare Department\nHamamatsu City,
  // Shizuoka Prefecture"): the municipality (LABELLING.md).
  // (Looked for by its capital, rarer in English text than a space.)
  if (!ja && FindRare(top, "Prefecture") != std::string_view::npos) {
    // (Under a line of the city's own units, not a hospital's: "Niimi Kaisei Hospital\nMedical
    // Corporation Kaiseikai\nNiimi City, Okayama Prefecture" is its address.)
    static const RE2 city_line(
        "(?m)(?:Division|Department|Section|Office|Bureau) *\n((?:[A-Z][a-z]+(?:-[a-z]+)? )?"
        "[A-Z][a-z]+(?:-[a-z]+)? City), [A-Z][a-z]+ Prefecture *$");
    if (std::optional<Found> f = named_by(city_line, /*reject=*/false)) return f;
  }
  // A lawyer's letter to a regulator: "We represent Granite Valley Orthopedics, P.A.", "on
  // behalf of our client, Harbor Dental". A mailing vendor's letter for its client ("We are
  // writing on behalf of Lakeshore Community Health Plan") likewise names the client.
  if (!ja) {
    static const RE2 client(
        "(?:(?:[Ww]e|[Tt]his (?:office|firm)) represents?|[Oo]ur client,?|"
        "(?:[Ww]rit(?:e|ing)(?: to you)?|notice) on behalf of) (" +
        EnName(7) + ")");
    if (FindRare(top, "represent") != std::string_view::npos ||
        FindRare(top, "ur client") != std::string_view::npos ||
        FindByByte(top, "on behalf of", 3) != std::string_view::npos)
      if (std::optional<Found> f = named_by(client, /*reject=*/false)) {
        // "represents Tallgrass Health Partners, PLLC, doing business as Brookside Family
        // Medicine": the name its patients know.
        // (Its trade name right after it: within 60 bytes.)
        re2::StringPiece dba;
        const std::string_view after = text.substr(f->end, 200);
        if (RE2::PartialMatch(after, DbaRe(), &dba) && dba.size() >= 3 &&
            dba.data() - after.data() <= 60) {
          const size_t at = static_cast<size_t>(dba.data() - text.data());
          return Found{CleanName(std::string_view(dba.data(), dba.size())), at, at + dba.size()};
        }
        // ("on behalf of Ridgeview Community Hospital, Ephrata, Pennsylvania": the name without
        // the town and state after it; a legal form after a comma stays, "Harbor Dental, PLLC".)
        static const RE2 place_after("^(.*?), (?:[A-Z][a-z]+ ?){1,3}, (?:[A-Z][a-z]+ ?){1,2}$");
        std::string name;
        if (RE2::FullMatch(f->value, place_after, &name) &&
            !FindUsStates(f->value.substr(name.size())).empty()) {
          f->value = name;
          f->end = f->start + name.size();
        }
        return f;
      }
  }
  if (lang == record::Language::kJa) {
    // Short lines that name an organisation on their own: the issuer under the
    // title, or the signature at the end ("株式会社北陸精工", "しまなみ信用組合").
    std::vector<std::string_view> lines;
    for (size_t pos = 0; pos < text.size();) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string_view::npos) nl = text.size();
      lines.push_back(TrimSpace(text.substr(pos, nl - pos)));
      pos = nl + 1;
    }
    // ("堺市 子ども青少年局 …": a one-character name before 市; "長野県産業労働部
    // 産業技術課": the departments may follow without a space; "福岡県警察本部 警務部":
    // a prefecture's police is an office too.)
    static const RE2 office(
        "^(?:[^ ]{1,14}(?:[都道府県市区町村]|委員会|役所|役場|病院|大学|学校|広域連合|企業団|"
        "事務組合)|" +
        std::string(kPrefecturalPolice) +
        ")"
        "(?: ?[^ ]{2,14}(?:部|局|課|室|センター)){0,3}$");
    static const RE2 legal(
        "株式会社|有限会社|合同会社|医療法人|学校法人|社会福祉法人|独立行政法人|国立大学法人|"
        "公益(?:社団|財団)法人|一般(?:社団|財団)法人|特定非営利活動法人|NPO法人|\\(株\\)|"
        "協同組合");
    // Every `legal` match holds 会社, 法人, (株) or 協同組合; an `office` line ends in
    // one of these.
    auto may_be_legal = [](std::string_view line) {
      return line.find("会社") != std::string_view::npos ||
             line.find("法人") != std::string_view::npos ||
             line.find("(株)") != std::string_view::npos ||
             line.find("協同組合") != std::string_view::npos;
    };
    auto may_be_office = [](std::string_view line) {
      for (std::string_view w :
           {"都",   "道",   "府",   "県",   "市", "区", "町", "村", "委員会",   "役所",
            "役場", "病院", "大学", "学校", "部", "局", "課", "室", "センター", "警察"})
        if (line.ends_with(w)) return true;
      return false;
    };
    // The line itself when it names an organisation: it holds a legal form,
    // or (unless `legal_only`) it is an office line or one whole name ending
    // in an organisational suffix; and it is not a Rejected name. (Each test
    // gives the same Found, so the cheap ones go first and Rejected last.)
    auto line_org = [&](std::string_view line, bool legal_only) -> std::optional<Found> {
      line = BeforeHeadTitle(line);
      // "ひまわりガス株式会社 広報室(熊本県熊本市中央区水前寺0-0-0)": the address in brackets
      // after the name (it holds a digit) is no part of it.
      if (line.ends_with(")")) {
        const size_t open = line.rfind('(');
        if (open != std::string_view::npos && open > 0 && HasAsciiDigit(line.substr(open)))
          line = TrimSpace(line.substr(0, open));
      }
      if (line.size() < 6 || line.size() > 90 || line.find("。") != std::string_view::npos ||
          line.ends_with("御中") || line.find("、") != std::string_view::npos ||
          line.find(':') != std::string_view::npos)
        return std::nullopt;
      auto whole_name = [&] {
        // A name with a legal form before it holds `legal`, so only a name
        // ending in a suffix at the end of the line is left to look for.
        if (!EndsWithJaSuffix(line)) return false;
        bool whole = false;
        ForEachJaOrg(line,
                     [&](size_t b, size_t e) { whole = whole || (b == 0 && e == line.size()); });
        return whole;
      };
      const bool names =
          (may_be_legal(line) && RE2::PartialMatch(line, legal)) ||
          (!legal_only && ((may_be_office(line) && RE2::FullMatch(line, office)) || whole_name()));
      if (!names || (Rejected(line) && !IsPrefecturalPolice(line))) return std::nullopt;
      size_t s = static_cast<size_t>(line.data() - text.data());
      return Found{std::string(line), s, s + line.size()};
    };
    // A line the head of a facility signs below ("特別養護老人ホーム ひだまりの里\n施設長
    // 山口 恵子"): the facility, whatever words its name is made of.
    // Or the head signs on the facility's own line ("特別養護老人ホーム わかばの里 施設長 中山
    // 和子"), but not a corporation's 理事長.
    auto signed_org = [&](size_t i) -> std::optional<Found> {
      std::string_view line = lines[i];
      const bool below = i + 1 < lines.size() && HeadTitleAt(lines[i + 1]) > 0;
      if (!below) {
        const std::string_view before = BeforeHeadTitle(line);
        if (before.size() == line.size() || line.substr(before.size() + 1).starts_with("理事長"))
          return std::nullopt;
        line = before;
      }
      // ("電話 022-000-3315\n園長 小野寺 由紀": the contact lines of a signature name no one.)
      static const RE2 contact("^(?:電話|TEL|Tel|FAX|Fax|〒|住所|E-?mail|メール|担当)|[0-9]{3}");
      if (line.size() < 6 || line.size() > 60 ||
          line.find_first_of(":()") != std::string_view::npos || RE2::PartialMatch(line, contact) ||
          line.find("。") != std::string_view::npos || line.find("、") != std::string_view::npos ||
          line.find("年") != std::string_view::npos || Rejected(line))
        return std::nullopt;
      size_t s = static_cast<size_t>(line.data() - text.data());
      return Found{std::string(line), s, s + line.size()};
    };
    // The facility on a line next to a corporation's line `i` (a 法人 that runs schools,
    // hospitals, care homes): one its head signs for, or one named by a suffix ("青陵大学\n
    // 学校法人青陵学園"). People know the facility, not the corporation.
    auto facility_beside = [&](size_t i) -> std::optional<Found> {
      if (lines[i].find("法人") == std::string_view::npos) return std::nullopt;
      for (size_t j : {i + 1, i - 1}) {
        if (j >= lines.size() || lines[j].find("法人") != std::string_view::npos) continue;
        if (std::optional<Found> g = signed_org(j)) return g;
        if (std::optional<Found> g = line_org(lines[j], false)) return g;
      }
      return std::nullopt;
    };
    // 0. A news report's lead: "岐阜市は13日、…と発表した", "北陸精工株式会社は5日、": the
    // body it reports on (a municipality, or one whole organisation name), not the news
    // site's operator.
    {
      // ("あさひ野生命保険(東京都千代田区)は10日、": the seat in brackets after the name, as news
      // writes a company; the name is then whole whatever words it ends in.)
      // ("【高岡】高岡市は4日、": a newspaper's dateline before it; "長崎市に本社がある運送会社
      // 「かもめ運輸」は2日、": a name in quotes after its kind, which news writes so, whole
      // whatever words it ends in.)
      static const RE2 lead(
          "(?m)^ *(?:【[^】\\n]{1,12}】)?"
          "(?:[^、。\\n 「」()]{0,30}「([^」\\n]{2,30})」|([^、。\\n ()]{2,30}?))"
          "(\\([^()\\n]{2,20}\\))?は *[0-9]{1,2}日(?:まで)?に?、");
      re2::StringPiece g[4];
      const std::string_view head = top.substr(0, std::min<size_t>(top.size(), 2000));
      // (日、 found by the last byte of 日: the E6 it starts with leads many kanji.)
      if (FindByByte(head, "日、", 2) != std::string_view::npos &&
          FirstMatchByLine(lead, head, "日", g, 4)) {
        const bool quoted = !g[1].empty();
        const re2::StringPiece m = quoted ? g[1] : g[2], seat = g[3];
        const std::string_view name(m.data(), m.size());
        // ("千葉県船橋市は12日、": a prefecture and its municipality are one body's place.)
        std::vector<PlaceMention> places = FindJpPlaces(name);
        bool whole =
            !places.empty() && places.front().start == 0 && places.back().end == name.size();
        ForEachJaOrg(name,
                     [&](size_t b, size_t e) { whole = whole || (b == 0 && e == name.size()); });
        if ((!seat.empty() && places.empty() &&
             !FindJpPlaces(std::string_view(seat.data(), seat.size())).empty()) ||
            quoted)
          whole = true;
        // ("富山県高岡市の高岡みなみ総合病院は9日、": its place before it, with の.)
        std::string_view name_after_place;
        if (!whole && !places.empty() && places.front().start == 0 &&
            name.substr(places.back().end).starts_with("の")) {
          const std::string_view rest = name.substr(places.back().end + 3);
          bool rest_whole = false;
          ForEachJaOrg(rest, [&](size_t b, size_t e) {
            rest_whole = rest_whole || (b == 0 && e == rest.size());
          });
          if (rest_whole && !Rejected(rest)) name_after_place = rest;
        }
        if (!name_after_place.empty()) {
          const size_t at = OffsetIn(text, name_after_place);
          return Found{std::string(name_after_place), at, at + name_after_place.size()};
        }
        if (whole && !Rejected(name)) {
          // "せとうち銀行(広島市)は18日、子会社のクレジットカード会社「せとうちカード」(同)が":
          // the subsidiary, whose incident it is (LABELLING.md).
          const size_t from = static_cast<size_t>(m.data() - head.data());
          const std::string_view rest = head.substr(from, head.find('\n', from) - from);
          static const RE2 subsidiary(
              "^[^。]{0,60}?子会社(?:の|である)[^「」。]{0,24}「([^」]{2,30})」");
          re2::StringPiece sub;
          if (RE2::PartialMatch(rest, subsidiary, &sub)) {
            const size_t at = OffsetIn(text, std::string_view(sub.data(), sub.size()));
            return Found{std::string(sub.data(), sub.size()), at, at + sub.size()};
          }
          const size_t at = OffsetIn(text, name);
          return Found{std::string(name), at, at + name.size()};
        }
      }
    }
    // 0b. A title that opens with a prefecture's police ("岡山県警察における捜査書類の紛失
    // について"): the police force issues it (police only mentioned are Rejected below).
    {
      static const RE2 police_title("^(" + std::string(kPrefecturalPolice) +
                                    ")(?:における|において|の|で|は|が)");
      re2::StringPiece m;
      if (title.find("警察") != std::string_view::npos &&
          RE2::PartialMatch(title, police_title, &m))
        return LocatedIn(text, std::string(m.data(), m.size()));
    }
    // 0b''. A regulator's guidance about a business it names in fields ("事業所名 デイサービス
    // センターあさぎり(浜松市中央区)", "1 薬局開設者\n 株式会社すずらんファーマ(熊本市中央区)"):
    // the facility, else the business, not the regulator that publishes (LABELLING.md).
    // ("1 学校名\n 学校法人玄海学園 玄海第一高等学校(福岡市東区)", "1 事業所\n グループホーム
    // あおぞら岡崎(岡崎市)" under a title that names no guidance, which its first lines give.)
    if (title.find("指導") != std::string_view::npos ||
        title.find("勧告") != std::string_view::npos ||
        title.find("処分") != std::string_view::npos ||
        // (指導 found by its last byte: the E6 it starts with leads many kanji.)
        FindByByte(top.substr(0, std::min<size_t>(top.size(), 900)), "指導", 5) !=
            std::string_view::npos) {
      static const RE2 field(
          "(?m)^ *(?:[0-9]+ +)?(事業所名|施設名|学校名|事業所|事業者名|薬局開設者|開設者|法人名)"
          "[ :]*\\n? *([^ (\\n][^(\\n]{1,40}?) *(?:\\(|$)");
      re2::StringPiece input(top.data(), top.size()), label, value;
      std::optional<Found> business;
      while (RE2::FindAndConsume(&input, field, &label, &value)) {
        const std::string_view v(value.data(), value.size());
        if (Rejected(v)) continue;
        const size_t at = OffsetIn(text, v);
        Found f{CleanName(v), at, at + v.size()};
        if (label == "事業所名" || label == "施設名" || label == "学校名" || label == "事業所")
          return f;
        if (!business) business = f;
      }
      if (business) return business;
    }
    // 0b'. A regulator's release about a company ("株式会社ことのは不動産に対する個人情報の保護に
    // 関する法律に基づく行政上の対応について", as 個人情報保護委員会 titles them): the company,
    // which answers for the data (LABELLING.md), not the regulator.
    if (title.find("に対する") != std::string_view::npos) {
      static const RE2 action_title(
          "^(.{2,60}?)に対する.*(?:行政上の対応|指導|勧告|命令|行政処分)(?:等)?(?:について)?$");
      re2::StringPiece m;
      if (RE2::PartialMatch(title, action_title, &m)) {
        const std::string_view name(m.data(), m.size());
        bool whole = RE2::PartialMatch(name, legal);
        ForEachJaOrg(name,
                     [&](size_t b, size_t e) { whole = whole || (b == 0 && e == name.size()); });
        // ("塩尻市に対する…指導について": a municipality too.)
        if (!whole) {
          const std::vector<PlaceMention> places = FindJpPlaces(name);
          whole = places.size() == 1 && places[0].start == 0 && places[0].end == name.size();
        }
        if (whole && !Rejected(name)) return LocatedIn(text, std::string(name));
      }
    }
    // A court's judgment as a newsletter tells it ("被告株式会社ひかり進学ゼミ(本社…)は"): the
    // defendant, whose data it was.
    // (Each word found by its last byte: the E8 and E5 they start with lead many kanji.)
    if (FindByByte(top, "被告", 5) != std::string_view::npos &&
        FindByByte(top, "判決", 5) != std::string_view::npos) {
      static const RE2 defendant(
          "被告(?:である)?((?:株式会社|有限会社)[^ (、。「」\\n]{1,30}|"
          "[^ (、。「」\\n]{1,30}?(?:株式会社|有限会社|法人))");
      re2::StringPiece m;
      if (RE2::PartialMatch(top, defendant, &m)) {
        const std::string_view name(m.data(), m.size());
        if (!Rejected(name)) {
          const size_t at = OffsetIn(text, name);
          return Found{CleanName(name), at, at + name.size()};
        }
      }
    }
    // A name the first part of the notice introduces with `re` (looked for only where `marker`
    // occurs, found by its byte `key`, one rarer than a kanji's or a kana's first): a whole
    // Japanese organisation's name, or one `also` accepts, not Rejected.
    auto name_in_head = [&](std::string_view marker, size_t key, const RE2& re,
                            auto also) -> std::optional<Found> {
      const std::string_view head = top.substr(0, std::min<size_t>(top.size(), 1500));
      re2::StringPiece m;
      if (FindByByte(head, marker, key) == std::string_view::npos ||
          !RE2::PartialMatch(head, re, &m))
        return std::nullopt;
      const std::string_view name(m.data(), m.size());
      bool whole = false;
      ForEachJaOrg(name,
                   [&](size_t b, size_t e) { whole = whole || (b == 0 && e == name.size()); });
      if (!(whole || also(name)) || Rejected(name)) return std::nullopt;
      const size_t at = OffsetIn(text, name);
      return Found{std::string(name), at, at + name.size()};
    };
    // 0c. A holding company's release about its subsidiary ("当社の連結子会社であるそよかぜ薬局
    // 株式会社(以下…)において"): the subsidiary, the company its customers dealt with
    // (LABELLING.md).
    {
      // (A bracket right after the name first: "株式会社はるた茶舗(以下…)", whose は is no
      // particle.)
      // ("子会社である、みのりデリバリー株式会社(本社:…)": a comma may come between.)
      static const RE2 subsidiary_bracketed("子会社である、?([^、。\\n(「 ]{2,40})\\(");
      static const RE2 subsidiary(
          "子会社である、?([^、。\\n(「 ]{2,40}?)(?:\\(|において|では|が|は|で)");
      auto legal_name = [&](std::string_view name) { return RE2::PartialMatch(name, legal); };
      if (std::optional<Found> f =
              name_in_head("子会社である", 5, subsidiary_bracketed, legal_name))
        return f;
      if (std::optional<Found> f = name_in_head("子会社である", 5, subsidiary, legal_name))
        return f;
    }
    // 0d. The name the notice defines as itself: "ひまわり互助共済会(以下「本会」)が…運用を委託
    // している株式会社ノースリンク(以下「委託先」)": the publisher, whatever it names next.
    {
      static const RE2 self_defined(
          "([^、。\\n(「」 ]{2,40}?)\\(以下、?「(?:本|当|弊)[^」]{1,8}」");
      // (The definition says it is a body: "互助会", "共済会" too.)
      if (std::optional<Found> f = name_in_head(
              "(以下", 0, self_defined,
              [](std::string_view name) { return EndsWithJaSuffix(name) || name.ends_with("会"); }))
        return f;
    }
    const size_t kHeadLines = std::min<size_t>(lines.size(), 8);
    // 1. A company or corporation as the issuer: it is responsible, whichever branch it names
    // (but a school or hospital its head signs for on the next line is the one
    // people know: "学校法人 北斗学院\n北斗学院中学校 校長 高橋 一郎").
    // (Or the head signs on a line of their own below the facility: "医療法人社団 八代愛生会\n
    // 八代愛生会病院\n院長 松岡 健一".) A corporation that says it runs a facility named in
    // quotes or by a suffix is writing about that facility: "当法人が運営する「すずらん
    // 北円山保育園」において".
    for (size_t i = 0; i < kHeadLines; ++i)
      if (std::optional<Found> f = line_org(lines[i], true)) {
        // (Not a vendor that signs a joint notice with its client: "北杜市\n株式会社やまなみネット"
        // over "北杜市が…業務を委託している株式会社やまなみネット".)
        if (NamedAsVendor(top, f->value)) continue;
        // A vendor writing about its client: "当社が…業務を受託している、埼玉県川越市の医療法人社団
        // 青葉会 あおば台クリニック様": the client, whose data it is.
        if (std::optional<Found> g = ClientServed(text, top)) return g;
        if (i + 1 < lines.size())
          if (std::optional<Found> g = signed_org(i + 1)) return g;
        if (std::optional<Found> g = facility_beside(i)) return g;
        if (f->value.find("法人") != std::string::npos)
          if (std::optional<Found> g = RunFacility(text, top)) return g;
        return f;
      }
    // 2. Where it happened: "札幌市立北光台小学校(北区)において" in the first lines.
    std::string_view head = top.substr(0, std::min<size_t>(top.size(), 1500));
    for (std::string_view marker : {"において", "におきまして"}) {
      // (Found by the last byte of their third character: the E3 their characters start
      // with leads every kana, and head.find would stop at each.)
      size_t at = FindByByte(head, marker, 8);
      if (at == std::string_view::npos) continue;
      // "県立東浦南高等学校(以下「本校」という。)において": the name before the bracket.
      if (at > 0 && head[at - 1] == ')') {
        const size_t open = head.rfind('(', at - 1);
        const size_t nl = head.rfind('\n', at - 1);
        if (open != std::string_view::npos && (nl == std::string_view::npos || open > nl) &&
            at - open < 90)
          at = open;
      }
      size_t b = at;
      for (int n = 0; b > 0 && n < 60; ++n) {
        size_t p = PrevChar(head, b);
        if (head[p] == '\n' || head.substr(p).starts_with("。") || head.substr(p).starts_with("、"))
          break;
        b = p;
      }
      std::string_view seg = TrimSpace(head.substr(b, at - b));
      // "当基金が…業務を委託している株式会社…において": the vendor, not who answers.
      if (seg.find("委託") != std::string_view::npos) continue;
      // "当組合の清掃センターにおいて", "本市の保健センターにおいて": the issuer's own facility;
      // the issuer answers for it, and names itself elsewhere.
      static const RE2 own_facility("^(?:当|弊|本)[^ 、。の]{1,4}の");
      if (RE2::PartialMatch(seg, own_facility)) continue;
      // "那覇市立若狭みなと小学校において": a municipality opening the phrase and a
      // suffix closing it make the whole phrase the name (its kana may hold の or と;
      // a ward in brackets may follow it).
      std::string_view whole = seg;
      if (whole.ends_with(')') && whole.rfind('(') != std::string_view::npos)
        whole = whole.substr(0, whole.rfind('('));
      if (whole.find(' ') == std::string_view::npos && EndsWithJaSuffix(whole) &&
          !Rejected(whole)) {
        std::vector<PlaceMention> places = FindJpPlaces(whole);
        if (!places.empty() && places.front().start == 0 && places.front().end < whole.size()) {
          const size_t at = static_cast<size_t>(whole.data() - text.data());
          return Found{std::string(whole), at, at + whole.size()};
        }
      }
      // "大垣市市民税課において": a municipality's section answers as the municipality
      // (LABELLING.md; its 局 may be a body of its own, as 水道局 is).
      {
        static const RE2 section_tail("(?:[^ ]{1,14}?(?:課|係|室|グループ|担当))+");
        std::vector<PlaceMention> places = FindJpPlaces(whole);
        // (Not a ward, whose office answers for it: "北区役所地域福祉課において".)
        const std::string_view rest =
            places.empty() ? std::string_view() : whole.substr(places.front().end);
        if (!places.empty() && places.front().start == 0 && !places.front().locality.empty() &&
            !places.front().locality.ends_with("区") && !rest.empty() &&
            !rest.starts_with("役所") && !rest.starts_with("役場") &&
            RE2::FullMatch(rest, section_tail)) {
          const size_t at = static_cast<size_t>(whole.data() - text.data());
          return Found{std::string(whole.substr(0, places.front().end)), at,
                       at + places.front().end};
        }
      }
      if (std::optional<Found> f = first_org_in(seg)) {
        // "北九州市子ども家庭局において": the name run stops at a particle inside the
        // office name; a municipality opening the phrase names the organisation.
        const size_t seg_at = static_cast<size_t>(seg.data() - text.data());
        std::vector<PlaceMention> places = FindJpPlaces(seg);
        if (f->start > seg_at && !places.empty() && places.front().start == 0 &&
            places.front().end <= f->start - seg_at &&
            seg.substr(0, f->start - seg_at).find_first_of(" ") == std::string_view::npos) {
          f->value = std::string(text.substr(seg_at, f->end - seg_at));
          f->start = seg_at;
        }
        return f;
      }
    }
    // 3. The issuing office on its own short line near the top ("世田谷区 地域行政部").
    for (size_t i = 0; i < kHeadLines; ++i) {
      if (std::optional<Found> f = line_org(lines[i], false)) return f;
      if (std::optional<Found> f = signed_org(i)) return f;
    }
    // 4. The signature block at the end: a facility its head signs for ("みずほの森保育園
    // 園長 …"), even above the corporation that runs it, else the last line that names one.
    for (size_t i = lines.size(); i > 0 && i + 8 > lines.size(); --i)
      if (std::optional<Found> f = signed_org(i - 1)) return f;
    for (size_t i = lines.size(); i > 0 && i + 8 > lines.size(); --i)
      if (std::optional<Found> f = line_org(lines[i - 1], false)) {
        if (std::optional<Found> g = facility_beside(i - 1)) return g;
        return f;
      }
  } else {
    // 00. "Ridgeline Petroleum, LLC d/b/a Hometown Fuel & Market": the name it trades under,
    // the one its customers know.
    if (MayHoldDba(top))
      if (std::optional<Found> f = named_by(DbaRe(), /*reject=*/true)) return f;
    // 00a. A regulator's release about the body it fined or settled with ("The Information
    // Commissioner's Office (ICO) has fined Thornbury Loans Ltd £1.15 million", "announced a
    // settlement with Sunridge Women's Health Clinic"): that body, whose data it was
    // (LABELLING.md), not the regulator that publishes.
    // ("The bank, Kowhai Savings Bank, accepted that it breached principle 11": a case note's
    // party, named after its kind.)
    {
      static constexpr std::string_view kKinds[] = {
          "bank",     "company",  "hospital", "clinic",   "practice",   "school",
          "council",  "insurer",  "retailer", "pharmacy", "agency",     "employer",
          "business", "provider", "lender",   "landlord", "university", "charity"};
      static const RE2 the_kind_named([] {
        std::string alt;
        for (std::string_view k : kKinds) alt += (alt.empty() ? "" : "|") + std::string(k);
        return "\\bThe (?:" + alt + "), (" + EnName(6) + "),";
      }());
      // (Looked for only where one of its kinds follows "The " with a comma.)
      bool kind_then_comma = false;
      for (size_t at = FindRare(top, "The "); !kind_then_comma && at != std::string_view::npos;
           at = FindRare(top, "The ", at + 1))
        for (std::string_view k : kKinds)
          if (top.substr(at + 4).starts_with(k) && top.substr(at + 4 + k.size()).starts_with(", "))
            kind_then_comma = true;
      if (kind_then_comma)
        if (std::optional<Found> f = named_by(the_kind_named, /*reject=*/true)) return f;
    }
    if (ContainsAsciiNoCase(top, "settle") || ContainsAsciiNoCase(top, "fine") ||
        ContainsAsciiNoCase(top, "reprimand")) {
      static const RE2 enforced(
          "\\b(?:[Ff]ined|[Ff]ines|[Rr]eprimanded|[Ii]ssued a reprimand to|"
          "(?:[Ss]ettlement|[Ss]ettled) with)(?: the)? (" +
          EnName(6) + ")");
      if (std::optional<Found> f = named_by(enforced, /*reject=*/true)) return f;
    }
    // 00b. A wire service's release: "News provided by\nWindy Oak Outfitters".
    if (ContainsAsciiNoCase(top, "news provided by")) {
      // (Case-blind for the words only: the name is written as names are.)
      static const RE2 wire("(?m)^ *(?i:news provided by) *\\n *(" + EnName(6) + ") *$");
      if (std::optional<Found> f = named_by(wire, /*reject=*/true)) return f;
    }
    // 0. A name in the title ("Cedar Valley Medical Group Provides Notice…", "… | St. Brendan
    // Community Hospital").
    if (std::optional<Found> f = first_org_in(title)) {
      *f = LocatedIn(text, std::move(f->value));
      // A site's brand in the title ("Riverbend Health") and, in the text, one of its own
      // that says it is the one notifying ("Riverbend Regional Medical Center is notifying
      // patients"): that one, as for a hospital run by a corporation.
      // So does one notifying when the title's name is never written again ("Community
      // Pharmacy Notifies Customers…" over "Greenfield Apothecary is notifying more than 700
      // customers"): the title describes, the text names.
      if (std::optional<Found> g = named_by(NotifierRe(), /*reject=*/true, /*capital_lines=*/true))
        if (g->value != f->value &&
            ((FirstWord(g->value) == FirstWord(f->value) && first_org_in(g->value)) ||
             !WrittenBeyondTitle(text, title, f->value)))
          return g;
      return f;
    }
    // 0a. A letterhead in capitals ("SIERRA FOOTHILLS UNIFIED SCHOOL DISTRICT", "KOWHAI
    // MEDICAL CENTRE") that names an organisation when written as a title is.
    if (std::optional<Found> f = CapitalsLetterhead(text)) return f;
    // 0b. "A note to our clients from Bellweather Tax Services", "An update by Acme": the
    // sender named at the end of the title (and again in the text).
    {
      static const RE2 from("(?:^|[ :,])(?:[Ff]rom|[Bb]y) +((?:" + std::string(kEnWord) +
                            ",? +(?:(?:of|and|&|the|for) +)?){0,6}" + std::string(kEnWord) +
                            ") *$");
      std::string name;
      if (RE2::PartialMatch(title, from, &name) && name.size() >= 4 && !Rejected(name)) {
        const size_t at = text.find(name);
        if (at != std::string_view::npos) return Found{name, at, at + name.size()};
      }
    }
    // 1. 'Acme Health, Inc. ("Acme")': the name a notice defines for itself.
    static const RE2 defined("(" + EnName(7) + ") \\((?:the )?[\"“]");
    // (It ends in '(' then a quote or "the ".)
    if (FindRare(top, "(\"") != std::string_view::npos ||
        FindRare(top, "(“") != std::string_view::npos ||
        FindRare(top, "(the ") != std::string_view::npos)
      if (std::optional<Found> f = named_by(defined, /*reject=*/false)) return f;
    // 2. "Acme Health Notifies Patients of ..." in the title.
    // The verb as a title writes it: capitalised, or in a title all in capitals
    // ("…: letter sent with another customer's statement" names no one).
    static const RE2 verb(
        "^(.{3,80}?) +(?:Notifies|Announces|Provides|Issues|Reports|Informs|Alerts|Statement|"
        "Notice of|Addresses|Discloses|Responds)");
    static const RE2 verb_any_case(
        "(?i)^(.{3,80}?) +(?:Notifies|Announces|Provides|Issues|Reports|Informs|Alerts|Statement|"
        "Notice of|Addresses|Discloses|Responds)");
    const bool capitals =
        std::none_of(title.begin(), title.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    std::string name;
    if (RE2::PartialMatch(title, capitals ? verb_any_case : verb, &name) && !Rejected(name)) {
      size_t at = AsciiLower(text).find(AsciiLower(name));
      // ("Year-End Statement Mailing Error" over "year-end account statements": words the
      // text writes only in lower case name no one.)
      auto written_beyond_title = [&] { return WrittenBeyondTitle(text, title, name); };
      // ("Smoky Trail BBQ Notifies Guests…" over a text that says "the Company": a name the
      // text never writes in lower case is a name still.)
      // ("Notice of Mailing Error Involving 2024 Annual Benefit Statements": "mailing" is; a
      // title's phrase with a colon is no name.)
      auto a_word_in_lower_case = [&] {
        if (name.find(':') != std::string::npos) return true;
        static const RE2 word("([A-Za-z]{4,})");
        re2::StringPiece rest(name), w;
        while (RE2::FindAndConsume(&rest, word, &w))
          if (text.find(AsciiLower(std::string_view(w.data(), w.size()))) != std::string_view::npos)
            return true;
        return false;
      };
      const bool common_words =
          !capitals && at != std::string::npos && !written_beyond_title() && a_word_in_lower_case();
      if (at != std::string::npos && !common_words)
        return Found{std::string(text.substr(at, name.size())), at, at + name.size()};
      if (!common_words) return Found{name, 0, 0};
    }
  }
  if (!ja) {
    // News style: "Northwind Outfitters, an Ohio-based retailer, said ..." or
    // "Acme Corp said on Monday ...", "Brightline Mobile has confirmed that ..." at the start
    // of a line.
    // ("Kōwhai Mobile has confirmed": a word may carry accents.)
    // ("WENATCHEE, Wash. – Cascade Ridge Public Utility District is notifying": after a
    // dateline.)
    auto news_after = [](std::string_view dateline) {
      return "(?m)^" + std::string(dateline) + "((?:" + std::string(kEnWord) +
             " +(?:(?:of|and|&|for) +)?){0,5}" + std::string(kEnWord) +
             ")(?:, (?:an?|the) "
             "[^,.\\n]{3,80},)?(?: \\([A-Z]{2,8}\\))? +(?:(?:has|have) +)?(?:said|announced|"
             "disclosed|confirmed|reported|learned|discovered|is notifying|has notified|notified|"
             "is informing|is writing to|is contacting|is apologi[sz]ing|apologi[sz]es|is "
             "alerting|is warning|(?:has )?beg(?:u|a)n notifying|is providing (?:this )?notice)"
             "\\b";
    };
    static const RE2 news(news_after(kDateline));
    if (std::optional<Found> f = named_by(news, /*reject=*/true, /*capital_lines=*/true)) return f;
    static const RE2 dated_news(news_after(kDatedDateline));
    // (A bracket before a dash, found by the bracket: one pass over the top.)
    auto bracket_then_dash = [&top] {
      for (size_t at = top.find(')'); at != std::string_view::npos; at = top.find(')', at + 1)) {
        const std::string_view after = top.substr(at + 1, 5);
        if (after.starts_with(" - ") || after.starts_with(" – ") || after.starts_with(" — "))
          return true;
      }
      return false;
    };
    if (bracket_then_dash())
      if (std::optional<Found> f = named_by(dated_news, /*reject=*/true, /*capital_lines=*/true))
        return f;
  }
  // 3. An organisation named in the title ("…における…" / a site name after "|").
  if (std::optional<Found> f = first_org_in(title)) return LocatedIn(text, std::move(f->value));
  for (const char* sep : {"|", "｜", " - ", " – ", " — "}) {
    size_t at = title.rfind(sep);
    if (at == std::string_view::npos) continue;
    std::string site(WithoutSiteWord(title.substr(at + std::string_view(sep).size())));
    // ("… | お知らせ", "… | News": a section of the site, not who runs it.)
    static const RE2 section(
        "(?i)お知らせ|新着情報|ニュース|トピックス|報道発表(?:資料)?|記者発表(?:資料)?|"
        "プレスリリース|news|press releases?|announcements?|notices?|newsroom|news ?room|"
        "media (?:centre|center|releases?)|press room|latest news|blog");
    // ("Tuatara Outdoor Supply – Security notice: unauthorised logins", "Southern Cross Mobile -
    // Media statement": what kind of notice it is, after the name.)
    static const RE2 genre(
        "(?i)^(?:media |press |public )?(?:statement|release)s?\\b|^(?:security|privacy|data|"
        "cyber(?:security)?|important) (?:notice|update|alert|incident|breach)s?\\b|"
        "^(?:notice|update)s?\\b");
    // ("Wattlebird Outdoor Supply – Important information about …": after a dash the topic,
    // the name before it.)
    const bool dash = std::string_view(sep) == " – " || std::string_view(sep) == " — ";
    const bool kind = !ja && (dash || RE2::PartialMatch(site, genre));
    // (An English site's name is capitalised: "We're sorry - an email privacy mistake".)
    const bool lower = !ja && !site.empty() && std::islower(static_cast<unsigned char>(site[0]));
    if (site.size() >= 6 && site.size() <= 60 && !lower && !kind &&
        !RE2::FullMatch(site, section) && !Rejected(site))
      return LocatedIn(text, std::move(site));
    // "Wattle Mobile - Newsroom": a site's name before its section, when the text names
    // it again.
    if (!ja && (kind || RE2::FullMatch(site, section))) {
      static const RE2 brand("^((?:" + std::string(kEnWord) + " +(?:(?:of|and|&) +)?){0,4}" +
                             std::string(kEnWord) + ") *$");
      std::string name;
      if (RE2::FullMatch(title.substr(0, at), brand, &name) && name.size() >= 4 &&
          !Rejected(name) && text.find(name, title.size()) != std::string_view::npos)
        return LocatedIn(text, std::move(name));
    }
  }
  // 4. The most mentioned name near the top, in its fullest form: a candidate
  // that ends with another ("大阪市西成区役所" ⊇ "西成区役所") absorbs its votes.
  std::vector<Found> cands;
  // "an error by our print vendor, Apex Print Solutions, Inc.": the vendor is not who
  // answers for the data (LABELLING.md).
  static const RE2 vendor_before(
      "(?i)\\b(?:vendor|contractor|subcontractor|business associate|service provider|print(?:ing)? "
      "(?:company|firm|house)|mail(?:ing)? house|processor|(?:billing|mailing|outside|third-party) "
      "(?:company|firm|service)),? (?:named |called )?$");
  for_each(top, [&](size_t s, size_t e) {
    std::string name = CleanName(top.substr(s, e - s));
    if (name.size() < 6 || Rejected(name)) return;
    if (ja) {
      // "個人情報保護委員会へ報告しました", "監督官庁に届け出ました": a body the notice reported
      // to, not the one that reports.
      static const RE2 told_after(
          "^(?:等|など|及び[^、。\n]{1,20})?(?:へ|に|に対し(?:て)?)(?:の)?(?:報告|届出|届け出|"
          "通報|連絡|相談)");
      if (RE2::PartialMatch(top.substr(e, 60), told_after)) return;
      // "フォームラボ株式会社が提供するクラウド型のフォーム作成サービスを利用して": the provider
      // of a service the publisher used, not who answers for the data.
      const std::string_view after = top.substr(e, 30);
      if (after.starts_with("が提供する") || after.starts_with("が提供している")) return;
    } else {
      const std::string_view before =
          top.substr(s - std::min<size_t>(s, 40), std::min<size_t>(s, 40));
      if (RE2::PartialMatch(before, vendor_before)) return;
      // "reported the break-in to the Baltimore County Police Department": the county names the
      // police, whom notices report to, not the organisation; nor is a regulator it reported to
      // ("the Oregon Department of Justice").
      if (name.ends_with("Department of Justice") || name.ends_with("Attorney General")) return;
      const std::string_view after = top.substr(e, 10);
      if (after.starts_with(" Police") || after.starts_with(" Sheriff") ||
          after.starts_with(" Fire "))
        return;
      // ("We have also informed the Washington Utilities and Transportation Commission",
      // "reported the matter to the police and to the U.S. Department of Housing and Urban
      // Development": a body the notice told, not the one that tells.)
      static const RE2 told_before(
          "(?i)\\b(?:informed|notified|told|alerted|reported (?:it |this |the [a-z\\-]+ )?to|and "
          "to|as well as)(?: the)? +$");
      if (RE2::PartialMatch(before, told_before)) return;
      // "Mailprint Direct Ltd, the mailing house that prints and posts our annual rent letters":
      // a vendor named before the words that say so.
      static const RE2 vendor_after(
          "^,? (?:the|our|a) (?:[a-z]+ ){0,2}(?:mailing house|printer|print(?:ing)? (?:company|"
          "firm|vendor|house)|vendor|contractor|subcontractor|supplier|processor|service provider)"
          "\\b");
      if (top.substr(e, 1) == "," && RE2::PartialMatch(top.substr(e, 60), vendor_after)) return;
    }
    cands.push_back({name, s, e});
  });
  if (cands.empty()) {
    // A municipality or prefecture as the organisation (大阪市では…).
    if (lang == record::Language::kJa) {
      if (std::optional<Found> m = SignedMasthead(text, true)) return m;
      std::vector<PlaceMention> places = FindJpPlaces(top);
      if (!places.empty()) {
        const PlaceMention& p = places.front();
        return Found{std::string(text.substr(p.start, p.end - p.start)), p.start, p.end};
      }
    } else {
      // An e-mail's sender: "From: Kōwhai Energy <hello@kowhaienergy.example>" in the header
      // block at the top, when its name is an organisation's, not a team's.
      static const RE2 sender("^(?:[^\\n]*\\n){0,3}[Ff]rom: *\"?((?:" + std::string(kEnWord) +
                              " +(?:(?:of|and|&|for) +)?){0,5}" + std::string(kEnWord) +
                              ")\"? *<([^@>\\s]*)");
      static const RE2 team(
          "(?i)(?:the|our) .*|.*\\b(?:team|office|department|desk|support|service|services|"
          "communications|newsroom|news|info|noreply|no-reply|customer care|customers?)");
      std::string from, local;
      // ("From: Karen Pike <kpike@hp-cpas.example>": a person, whose address is made of her
      // names, "kpike", "karen.pike", "karen", "karenp".)
      auto a_person = [](std::string_view name, std::string_view mailbox) {
        const std::string lower = AsciiLower(name);
        const size_t sp = lower.rfind(' ');
        if (sp == std::string::npos || mailbox.empty()) return false;
        const std::string first = lower.substr(0, lower.find(' ')), last = lower.substr(sp + 1);
        const std::string box = AsciiLower(mailbox);
        return box == first.substr(0, 1) + last || box == first + "." + last ||
               box == first + last || box == first || box == first + last.substr(0, 1) ||
               box == first + "_" + last;
      };
      if (RE2::PartialMatch(text.substr(0, std::min<size_t>(text.size(), 600)), sender, &from,
                            &local) &&
          from.size() >= 4 && !Rejected(from) && !RE2::FullMatch(from, team) &&
          !a_person(from, local))
        return LocatedIn(text, std::move(from));
      // The masthead: a first line of two to six capitalised words that the notice
      // names again ("Riverside Vale Homes" ... "Riverside Vale Homes is a registered
      // provider of social housing").
      if (const std::optional<std::string_view> m = FirstLineMasthead(text);
          m && !Rejected(*m) && text.find(*m, m->size()) != std::string_view::npos)
        return Found{std::string(*m), 0, m->size()};
      // The sender's own closing words: "Heron Lane Foodbank is a registered charity in
      // England and Wales", or its name before its street address ("Contact us | Kestrel &
      // Pine, 1550 Dock Street, Tacoma, Washington", "Wattle Mobile Pty Ltd, Level 12, 200
      // Collins Street, Melbourne", "Wellbrook Medical Practice | 12 Chapel Lane, Leeds").
      static const RE2 closing(
          "(?m)(?:^|\\| +)((?:" + std::string(kEnWord) + " +(?:(?:of|and|&|for) +)?){0,5}" +
          std::string(kEnWord) +
          ")(?: is a (?:registered |501\\(c\\)\\(3\\) )?(?:charity|company|society|provider|"
          "non-?profit)|(?:,| \\|) (?:(?:Level|Suite|Floor|Unit) [0-9A-Za-z]+, )?[0-9]{1,6} "
          "[A-Z][A-Za-z]+ (?:[A-Z][A-Za-z]+ )?(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|"
          "Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Highway|Hwy|Terrace|Square)\\b|"
          // ("Halvorsen & Pike, P.C. | Certified Public Accountants": a firm before its
          // profession.)
          "(?:, (?:P\\.C\\.|PLLC|LLP|LLC|P\\.A\\.))? \\| (?:Certified Public Accountants|Chartered "
          "Accountants|Attorneys at Law|Solicitors)\\b)");
      std::string name;
      if (RE2::PartialMatch(text, closing, &name) && name.size() >= 4 && !Rejected(name)) {
        const size_t at = text.find(name);
        return Found{name, at, at + name.size()};
      }
      if (std::optional<Found> m = SignedMasthead(text, false)) return m;
    }
    return std::nullopt;
  }
  std::vector<int> votes(cands.size(), 0);
  for (size_t i = 0; i < cands.size(); ++i)
    for (size_t j = 0; j < cands.size(); ++j)
      if (std::string_view(cands[i].value).ends_with(cands[j].value) ||
          std::string_view(cands[i].value).starts_with(cands[j].value))
        ++votes[i];
  // A school beside its district or board ("Cedar Hollow Middle School" … "Cedar Hollow School
  // District"): the district writes (OnlySchoolOfDistrict narrows it to a school it alone names).
  {
    static const RE2 district(
        "(?:School District|School Board|Board of Education|Public Schools|Academy Trust)$");
    const bool any_district = std::any_of(cands.begin(), cands.end(), [](const Found& c) {
      return RE2::PartialMatch(c.value, district);
    });
    if (any_district)
      for (size_t i = 0; i < cands.size(); ++i)
        if (std::string_view(cands[i].value).ends_with(" School")) votes[i] = 0;
  }
  size_t best = 0;
  for (size_t i = 1; i < cands.size(); ++i)
    if (votes[i] > votes[best]) best = i;
  return cands[best];
}

}  // namespace

std::optional<Found> CopyrightHolder(std::string_view text, bool ja) {
  // ("(c) Harrogate Borough Homes | Privacy |": the footer's links after a bar are not the
  // holder's name.)
  static const RE2 line(
      "(?mi)^[^\\n]{0,40}?(?:(?:copyright|©|\\(c\\))[ ©]*)+(?:[0-9]{4}(?: ?[-–] ?[0-9]{4})?,? *)?"
      "([^\\n|]{2,80}?)[ .,]*(?:all rights reserved\\.?)? *(?:\\|[^\\n]*)?$");
  std::optional<Found> holder;
  ForEachMatch(line, text, [&](const auto& g) {
    const std::string_view rest = g[1];
    const size_t at = OffsetIn(text, rest);
    if (ja) {
      std::optional<Found> first;
      ForEachJaOrg(rest, [&](size_t b, size_t e) {
        std::string name = CleanName(rest.substr(b, e - b));
        if (!first && name.size() >= 6 && !Rejected(name))
          first = Found{std::move(name), at + b, at + e};
      });
      if (first) holder = std::move(first);
    } else {
      static const RE2 name("^((?:" + std::string(kEnWord) +
                            ",? +(?:(?:of|and|&|the|for) +)?){0,6}" + std::string(kEnWord) + ")$");
      std::string n;
      if (RE2::FullMatch(rest, name, &n) && n.size() >= 4 && !Rejected(n))
        holder = Found{n, at, at + n.size()};
    }
  });
  return holder;
}

std::optional<std::string_view> FirstLineMasthead(std::string_view text) {
  // ("Lakeshore Physiotherapy & Rehab": a word may be joined by & or and.)
  static const RE2 masthead("^((?:" + std::string(kMastheadWord) + " (?:(?:&|and) )?){1,5}" +
                            std::string(kMastheadWord) + ") *(?:\\n|$)");
  re2::StringPiece m;
  if (!RE2::PartialMatch(text, masthead, &m)) return std::nullopt;
  return std::string_view(m.data(), m.size());
}

std::optional<Found> FindOrganization(std::string_view text, std::string_view title,
                                      record::Language lang) {
  std::optional<Found> f = FindOrganizationAsWritten(text, title, lang);
  if (f && lang != record::Language::kJa) {
    // A name in capitals ("WHITCOMBE & DRAY LLP" heading a letter) that the text also writes
    // in mixed case ("a data security incident at Whitcombe & Dray LLP"): the mixed case, as
    // people write the name.
    if (f->value.size() >= 4 && std::none_of(f->value.begin(), f->value.end(),
                                             [](char c) { return c >= 'a' && c <= 'z'; })) {
      // (In the top of the text, as CapitalsLetterhead looks: the cost stays bounded.)
      const std::string lower = AsciiLower(text.substr(0, std::min<size_t>(text.size(), 8000)));
      const std::string name = AsciiLower(f->value);
      for (size_t at = lower.find(name); at != std::string::npos; at = lower.find(name, at + 1)) {
        const std::string_view written = text.substr(at, name.size());
        if (std::any_of(written.begin(), written.end(),
                        [](char c) { return c >= 'a' && c <= 'z'; })) {
          f = Found{std::string(written), at, at + written.size()};
          break;
        }
      }
    }
    // "KDOR Notifies Taxpayers …" over "The Kansas Department of Revenue (KDOR) today began
    // notifying": an abbreviation is given as the name the notice spells out for it.
    if (f->value.size() >= 2 && f->value.size() <= 8 &&
        std::all_of(f->value.begin(), f->value.end(),
                    [](char c) { return c >= 'A' && c <= 'Z'; })) {
      static const RE2 spelled("(" + EnName(7) + ") *$");
      const std::string bracketed = "(" + f->value + ")";
      for (size_t at = text.find(bracketed); at != std::string_view::npos;
           at = text.find(bracketed, at + 1)) {
        const size_t from = at > 120 ? at - 120 : 0;
        re2::StringPiece m;
        if (!RE2::PartialMatch(text.substr(from, at - from), spelled, &m)) continue;
        std::string name = CleanName(std::string_view(m.data(), m.size()));
        if (name.size() <= f->value.size() || Rejected(name)) continue;
        const std::string_view written(m.data(), m.size());
        const size_t s = OffsetIn(text, written) + std::min(written.find(name), written.size());
        f = Found{name, s, s + name.size()};
        break;
      }
    }
    // "Cedar Hollow ISD" in a page's title over "Cedar Hollow Independent School District" in
    // its text: the district's name written out, as the notice spells it.
    for (const auto& [abbr, full] :
         {std::pair<std::string_view, std::string_view>{" ISD", " Independent School District"},
          {" CISD", " Consolidated Independent School District"},
          {" USD", " Unified School District"}}) {
      if (!f->value.ends_with(abbr)) continue;
      const std::string spelled =
          f->value.substr(0, f->value.size() - abbr.size()) + std::string(full);
      if (const size_t at = text.find(spelled); at != std::string_view::npos)
        f = Found{spelled, at, at + spelled.size()};
      break;
    }
    // A labelled name "Redwood Outfitters Co. d/b/a Trailhead Supply": the name it trades under.
    re2::StringPiece dba;
    if (RE2::PartialMatch(f->value, DbaRe(), &dba)) {
      const size_t at = f->start + static_cast<size_t>(dba.data() - f->value.data());
      f->value = CleanName(std::string_view(dba.data(), dba.size()));
      if (f->end > f->start) f->start = at, f->end = at + f->value.size();
    }
    // A school district or board writing about one of its schools: the school, when the
    // notice names just one ("Maple Ridge Middle School"), as parents know it.
    if (std::optional<Found> school = OnlySchoolOfDistrict(text, f->value)) return school;
    return f;
  }
  if (!f || lang != record::Language::kJa) return f;
  if (std::optional<Found> school = OnlySchoolOfBoard(text, f->value)) return school;
  if (std::optional<Found> hospital = OwnHospitalInTitle(text, f->value)) return hospital;
  // "国立大学法人北陸理工大学", "学校法人桜丘学園 桜丘医療福祉専門学校", "医療法人社団緑風会
  // みどりの森内科クリニック": the corporation that runs a university, school or clinic, with
  // the facility after it. People know the facility (LABELLING.md).
  // ("独立行政法人国立病院機構 北陵医療センター", a hospital, likewise.)
  for (std::string_view form :
       {"国立大学法人", "公立大学法人", "学校法人", "医療法人社団", "医療法人財団", "医療法人",
        "社会福祉法人", "地方独立行政法人", "独立行政法人"}) {
    if (!f->value.starts_with(form)) continue;
    std::string_view rest = std::string_view(f->value).substr(form.size());
    if (rest.starts_with(" ")) rest.remove_prefix(1);
    // (With a corporation's own name first, the facility is after the space.)
    if (const size_t sp = rest.rfind(' '); sp != std::string_view::npos) rest = rest.substr(sp + 1);
    if (rest.size() >= 6 && IsFacilityName(rest) && !Rejected(rest))
      f = LocatedIn(text, std::string(rest));
    break;
  }
  // "ひなたの森保育園(社会福祉法人すずかけ福祉会)": the facility, with the corporation that
  // runs it in brackets after it. People know the facility.
  if (const size_t open = f->value.find('('); open != std::string::npos &&
                                              f->value.ends_with(")") &&
                                              f->value.find("法人", open) != std::string::npos) {
    const std::string_view facility = TrimSpace(std::string_view(f->value).substr(0, open));
    bool whole = false;
    ForEachJaOrg(facility,
                 [&](size_t b, size_t e) { whole = whole || (b == 0 && e == facility.size()); });
    if (whole && !Rejected(facility)) {
      const size_t len = facility.size();
      f->value.resize(len);
      if (f->end > f->start) f->end = f->start + len;
    }
  }
  // A city's office ("北九州市保健福祉局") writing about one of its ward offices
  // ("小倉北区役所保健福祉課の職員が…"): the ward office with its city, as the spec's example
  // labels 大阪市西成区役所. Only when the first lines name one ward office of that city.
  {
    std::vector<PlaceMention> own = FindJpPlaces(f->value);
    const std::string_view head = text.substr(0, std::min<size_t>(text.size(), 1500));
    constexpr std::string_view kWardOffice = "区役所";
    if (own.size() == 1 && own[0].start == 0 && own[0].locality.ends_with("市") &&
        head.find(kWardOffice) != std::string_view::npos) {
      const std::string city = own[0].locality;
      std::string ward;
      bool several = false;
      for (size_t at = head.find(kWardOffice); at != std::string_view::npos;
           at = head.find(kWardOffice, at + 1)) {
        const size_t ward_end = at + std::string_view("区").size();
        for (size_t b = at, n = 0; b > 0 && n < 5; ++n) {
          b = PrevChar(head, b);
          const std::string name = city + std::string(head.substr(b, ward_end - b));
          std::vector<PlaceMention> p = FindJpPlaces(name);
          if (p.size() == 1 && p[0].start == 0 && p[0].end == name.size() &&
              p[0].locality == name) {
            const std::string w(head.substr(b, ward_end - b));
            if (!ward.empty() && ward != w) several = true;
            ward = w;
            break;
          }
        }
      }
      if (!ward.empty() && !several) return Found{city + ward + "役所", 0, 0};
    }
  }
  // "追浜行政センター" on a page whose title ends in its municipality ("…｜横須賀市"), or
  // "西宮県税事務所" in a release its prefecture issues ("兵庫県財務部税務課" on a line of
  // its own at the top): a municipality's or prefecture's centre, branch, section or office
  // answers as the municipality or prefecture (LABELLING.md).
  // ("備中保健所" in a release of "岡山県保健医療部…" likewise.)
  for (std::string_view office : {"センター", "支所", "出張所", "課", "係", "事務所", "保健所"}) {
    if (!std::string_view(f->value).ends_with(office)) continue;
    std::vector<PlaceMention> own = FindJpPlaces(f->value);
    if (!own.empty() && own.front().start == 0) break;
    for (std::string_view sep : {"｜", "|"}) {
      const size_t at = title.rfind(sep);
      if (at == std::string_view::npos) continue;
      const std::string_view site = WithoutSiteWord(title.substr(at + sep.size()));
      std::vector<PlaceMention> p = FindJpPlaces(site);
      if (p.size() == 1 && p[0].start == 0 && p[0].end == site.size() && !p[0].locality.empty())
        return LocatedIn(text, std::string(site));
    }
    if (std::optional<Found> issuer = IssuingBody(text)) return issuer;
    break;
  }
  // "湖東北部広域連合 介護保険課", "青稜大学 情報基盤センター": a body's section on the body's
  // line answers as the body (LABELLING.md), when the body's name is whole before the space.
  if (const size_t sp = f->value.find(' '); sp != std::string::npos) {
    static const RE2 sections("(?: ?[^ ]{2,14}(?:部|局|課|室|係|センター|窓口))+");
    // (A municipality's own office, "大泉町役場 多文化協働課", is left whole: it answers as
    // the municipality, which the record's assembly decides.)
    const std::string_view head = std::string_view(f->value).substr(0, sp);
    const std::vector<PlaceMention> p = FindJpPlaces(head);
    bool whole = p.size() == 1 && p[0].start == 0 && p[0].end == head.size();
    if (!whole && (p.empty() || p[0].start != 0))
      ForEachJaOrg(head,
                   [&](size_t b, size_t e) { whole = whole || (b == 0 && e == head.size()); });
    if (whole && !Rejected(head) &&
        RE2::FullMatch(std::string_view(f->value).substr(sp + 1), sections)) {
      f->value.resize(sp);
      if (f->end > f->start) f->end = f->start + sp;
    }
  }
  // "北区役所" where the notice also writes "堺市北区役所": the fuller name, with
  // the municipality the notice puts right before it.
  const std::string_view top = text.substr(0, std::min<size_t>(text.size(), 4000));
  // (Each occurrence found by the name's last byte, which varies more than the lead byte of
  // its first character.)
  auto find_name = [&f](std::string_view part, size_t from) {
    return f->value.empty() ? part.find(f->value, from)
                            : FindByByte(part, f->value, f->value.size() - 1, from);
  };
  for (std::string_view part : {title, top}) {
    for (size_t at = find_name(part, 0); at != std::string_view::npos;
         at = find_name(part, at + 1)) {
      const size_t from = at >= 30 ? at - 30 : 0;
      // ("西播磨県民局" where the notice writes "兵庫県西播磨県民局": a prefecture's office
      // takes its prefecture too.)
      const bool prefecture_office = f->value.ends_with("局") || f->value.ends_with("事務所") ||
                                     f->value.ends_with("保健所") || f->value.ends_with("センター");
      for (const PlaceMention& p : FindJpPlaces(part.substr(from, at - from))) {
        // ("堺市 財政局税務部市民税課" in the contact lines: a space between them likewise.)
        if (!TrimSpace(part.substr(from + p.end, at - (from + p.end))).empty() ||
            (p.locality.empty() && !prefecture_office))
          continue;
        const std::string_view place = part.substr(from + p.start, p.end - p.start);
        if (std::string_view(f->value).starts_with(place)) continue;
        const size_t len = f->value.size();
        f->value = std::string(place) + f->value;
        if (part.data() == top.data()) {
          f->start = from + p.start;
          f->end = at + len;
        }
        return f;
      }
    }
  }
  return f;
}

}  // namespace leakwatch::text
