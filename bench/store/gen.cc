// lw_bench_gen N [SEED]: writes N synthetic incident records as JSON Lines on
// stdout, the same N records for the same SEED (default 1) on every machine.
//
// Half Japanese, half English; every incident type, sector and data item;
// organisations, places and prose drawn from realistic vocabularies, about
// 2 KB of text per record. Used by bench/store/run and the HTTP benchmark:
// the interface (arguments, output) is kept stable.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string>
#include <vector>

#include "record/incident.h"

namespace {

using leakwatch::record::DataItem;
using leakwatch::record::Incident;
using leakwatch::record::IncidentType;
using leakwatch::record::Language;
using leakwatch::record::Sector;

// splitmix64: small, fast, and the same everywhere.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : s_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::uint64_t Below(std::uint64_t n) { return Next() % n; }
  template <typename T>
  const T& Pick(std::span<const T> v) {
    return v[Below(v.size())];
  }
  template <typename T, size_t N>
  const T& Pick(const T (&v)[N]) {
    return v[Below(N)];
  }

 private:
  std::uint64_t s_;
};

struct Place {
  const char* region;
  const char* city;
};

const Place kJaPlaces[] = {
    {"北海道", "札幌市"},     {"宮城県", "仙台市"},   {"東京都", "世田谷区"},
    {"東京都", "新宿区"},     {"神奈川県", "横浜市"}, {"神奈川県", "川崎市"},
    {"埼玉県", "さいたま市"}, {"千葉県", "千葉市"},   {"愛知県", "名古屋市"},
    {"静岡県", "浜松市"},     {"大阪府", "大阪市"},   {"大阪府", "堺市"},
    {"京都府", "京都市"},     {"兵庫県", "神戸市"},   {"広島県", "広島市"},
    {"福岡県", "福岡市"},     {"熊本県", "熊本市"},   {"新潟県", "新潟市"},
    {"石川県", "金沢市"},     {"沖縄県", "那覇市"},   {"長野県", "松本市"},
    {"岡山県", "岡山市"},     {"群馬県", "前橋市"},   {"鹿児島県", "鹿児島市"},
};
const Place kUsPlaces[] = {
    {"California", "Sacramento"}, {"Texas", "Austin"},   {"New York", "Albany"},
    {"Ohio", "Columbus"},         {"Florida", "Tampa"},  {"Illinois", "Springfield"},
    {"Washington", "Tacoma"},     {"Oregon", "Eugene"},  {"Georgia", "Savannah"},
    {"Michigan", "Lansing"},      {"Arizona", "Tucson"}, {"Colorado", "Boulder"},
};

const char* kJaFamily[] = {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村",
                           "小林", "加藤", "吉田", "山田", "松本", "井上", "木村", "清水"};
const char* kJaCompanyWords[] = {"さくら", "みなと",       "ひかり",   "あおば",
                                 "北斗",   "大和",         "富士",     "東邦",
                                 "中央",   "フロンティア", "ネクスト", "グリーン"};
const char* kEnNames[] = {"Cedar",  "Maple",      "Summit",  "Riverside", "Lakeview", "Pioneer",
                          "Harbor", "Blue Ridge", "Granite", "Silver",    "Oakwood",  "Prairie"};

struct TypeText {
  IncidentType type;
  const char* ja_title;
  const char* ja_cause;
  const char* en_title;
  const char* en_cause;
};

const TypeText kTypes[] = {
    {IncidentType::kMisdeliveryMail, "個人情報を含む通知書の誤送付について",
     "封入作業の際に宛名と書類の照合が不十分であったため、別の方あての書類を同封して郵送した。",
     "Notice letters mailed to the wrong addresses",
     "During an automated mailing, a sorting error placed letters in envelopes addressed to other "
     "customers."},
    {IncidentType::kMisdeliveryEmail, "メール誤送信による個人情報の漏えいについて",
     "職員が複数の宛先にメールを送信する際、BCCに入力すべきアドレスをTOに入力して送信した。",
     "Email sent to recipients in CC instead of BCC",
     "An employee sent a message to a distribution list with every address visible in the CC "
     "field."},
    {IncidentType::kMisdeliveryFax, "ファクス誤送信による個人情報の漏えいについて",
     "短縮ダイヤルの登録番号を誤って選択したため、関係のない事業者へファクスを送信した。",
     "Fax containing patient information sent to the wrong number",
     "A staff member dialled an outdated number and the fax reached an unrelated business."},
    {IncidentType::kLoss, "個人情報を記録したUSBメモリの紛失について",
     "職員が業務用のUSBメモリを持ち出し、帰宅途中に紛失した。USBメモリは暗号化されていなかった。",
     "Loss of an unencrypted USB drive and laptop",
     "An employee lost a bag containing an unencrypted laptop and a USB drive while travelling."},
    {IncidentType::kTheft, "ノートパソコンの盗難による個人情報の漏えいのおそれについて",
     "職員の自家用車から業務用ノートパソコンが入ったかばんが盗まれた。車上荒らしによるもの。",
     "Theft of a laptop from an employee vehicle",
     "A laptop holding member records was stolen from a parked car; the theft was reported to "
     "police."},
    {IncidentType::kUnauthorizedAccess, "不正アクセスによる個人情報漏えいに関するお詫び",
     "ウェブサイトの脆弱性を突いた第三者からの不正アクセスにより、顧客情報が外部に流出した。",
     "Unauthorized access to the customer portal",
     "An attacker used stolen credentials to access the customer portal and download account "
     "data."},
    {IncidentType::kMalwareRansomware, "ランサムウェア被害による個人情報漏えいの可能性について",
     "サーバがランサムウェアに感染し、電子カルテを含むデータが暗号化された。",
     "Ransomware attack encrypts patient records",
     "Ransomware encrypted file servers; the attackers claimed to have copied patient records."},
    {IncidentType::kMisconfigurationExposure,
     "クラウドストレージの設定誤りによる個人情報の公開について",
     "クラウドストレージのアクセス権限の設定を誤り、外部から閲覧可能な状態となっていた。",
     "Misconfigured cloud storage bucket exposed customer files",
     "A storage bucket was configured for public access and indexed by a search engine."},
    {IncidentType::kInsiderMisuse, "職員による個人情報の不正な閲覧について",
     "職員が業務上の必要がないにもかかわらず、住民の個人情報を繰り返し閲覧していた。",
     "Employee accessed records without a business need",
     "An employee viewed patient files of neighbours and acquaintances over several months."},
    {IncidentType::kImproperDisposal, "個人情報を含む書類の不適切な廃棄について",
     "保存期間中の書類を誤って一般ごみとして廃棄し、回収業者の車両から飛散した。",
     "Improper disposal of documents containing personal data",
     "Boxes of paper records were placed in a regular dumpster instead of being shredded."},
    {IncidentType::kOther, "個人情報の取扱いに関する事案の発生について",
     "委託先の事業者において、個人情報の取扱いに関する規程違反が判明した。",
     "Incident involving personal information at a vendor",
     "A vendor processing our data reported that records were handled outside the agreed terms."},
};

struct SectorText {
  Sector sector;
  const char* ja_suffix;  // appended to a place or a name
  const char* en_suffix;
};
const SectorText kSectors[] = {
    {Sector::kGovernment, "役所", " County Office"},
    {Sector::kHealthcare, "総合病院", " Health System"},
    {Sector::kEducation, "高等学校", " School District"},
    {Sector::kFinance, "信用金庫", " Credit Union"},
    {Sector::kRetail, "株式会社(通信販売)", " Outfitters Inc."},
    {Sector::kTelecom, "通信株式会社", " Wireless"},
    {Sector::kIt, "システムズ株式会社", " Software LLC"},
    {Sector::kManufacturing, "工業株式会社", " Manufacturing Co."},
    {Sector::kOther, "協会", " Foundation"},
};

struct ItemText {
  DataItem item;
  const char* ja;
  const char* en;
};
const ItemText kItems[] = {
    {DataItem::kName, "氏名", "names"},
    {DataItem::kAddress, "住所", "mailing addresses"},
    {DataItem::kDateOfBirth, "生年月日", "dates of birth"},
    {DataItem::kSex, "性別", "gender"},
    {DataItem::kPhone, "電話番号", "phone numbers"},
    {DataItem::kEmail, "メールアドレス", "email addresses"},
    {DataItem::kInsuranceNumber, "被保険者証番号", "health insurance member numbers"},
    {DataItem::kMyNumberOrSsn, "マイナンバー", "Social Security numbers"},
    {DataItem::kAccountNumber, "口座番号", "account numbers"},
    {DataItem::kCreditCard, "クレジットカード番号", "credit card numbers"},
    {DataItem::kPassword, "パスワード", "passwords"},
    {DataItem::kHealthInformation, "病名・診療内容", "diagnoses and treatment information"},
    {DataItem::kFinancialInformation, "収入額・課税額", "income and tax information"},
    {DataItem::kPhoto, "顔写真", "photographs"},
    {DataItem::kSchoolOrGrade, "学年・成績", "grades and class lists"},
    {DataItem::kEmploymentInformation, "勤務先", "employer information"},
    {DataItem::kDriversLicenseOrId, "運転免許証番号", "driver's license numbers"},
    {DataItem::kOther, "保険証の記号", "other identifiers"},
};

const char* kJaDocs[] = {
    "国民健康保険被保険者証", "介護保険負担割合証", "納税通知書", "児童手当の通知書",
    "健康診断の結果票",       "保険料の決定通知書", "成績一覧表", "診療明細書",
    "口座振替依頼書",         "契約内容のお知らせ"};
const char* kEnDocs[] = {"explanation of benefits statements",
                         "tax forms",
                         "enrollment letters",
                         "billing statements",
                         "lab results",
                         "benefit notices",
                         "report cards",
                         "account statements"};

const char* kJaResponse[] = {
    "対象となる方々に個別に連絡し、経緯の説明とお詫びを行った。",
    "誤って送付した書類を回収し、正しい宛先に改めて送付した。",
    "警察に被害届を提出し、捜査に協力している。",
    "外部の専門機関に調査を依頼し、被害の範囲を確認している。",
    "個人情報保護委員会に報告を行った。",
    "不審な連絡があった場合の相談窓口を設置した。",
};
const char* kJaPrevention[] = {
    "封入封緘の際に複数の職員によるダブルチェックを徹底する。",
    "個人情報を含む電子媒体の持ち出しを原則禁止とし、暗号化を義務付ける。",
    "全職員を対象に個人情報保護に関する研修を実施する。",
    "メール送信時に宛先を確認する仕組みを導入する。",
    "アクセス権限の設定を定期的に点検する。",
    "作業手順書を見直し、チェックリストによる確認を行う。",
};
const char* kEnResponse[] = {
    "We notified affected individuals by mail and set up a dedicated call center.",
    "We engaged a forensic firm to investigate the scope of the incident.",
    "We reported the incident to law enforcement and to state regulators.",
    "We are offering twelve months of complimentary credit monitoring and identity protection.",
    "We reset passwords for all affected accounts.",
    "We recovered the misdirected letters where possible.",
};
const char* kEnPrevention[] = {
    "We are retraining staff on the handling of protected health information.",
    "We have enabled multi-factor authentication for remote access.",
    "All laptops and removable media are now encrypted.",
    "We added a second review step before mailings are sent.",
    "We are reviewing access controls and storage configurations quarterly.",
    "We updated our vendor management and data retention policies.",
};

std::string Date(Rng& rng, int year_from, int year_to) {
  int y = year_from + static_cast<int>(rng.Below(year_to - year_from + 1));
  int m = 1 + static_cast<int>(rng.Below(12));
  int d = 1 + static_cast<int>(rng.Below(28));
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::string Repeat(Rng& rng, std::span<const char* const> pool, int n, const char* sep) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    if (i) out += sep;
    out += pool[rng.Below(pool.size())];
  }
  return out;
}

Incident Make(std::uint64_t index, Rng& rng) {
  Incident r;
  const bool ja = rng.Below(2) == 0;
  const TypeText& t = rng.Pick(kTypes);
  const SectorText& s = rng.Pick(kSectors);
  r.language = ja ? Language::kJa : Language::kEn;
  r.incident_type = t.type;
  r.organization.sector = s.sector;
  std::string announced = Date(rng, 2005, 2025);
  r.announced_date = announced;
  if (rng.Below(4)) r.incident_date = announced.substr(0, 8) + "01";
  std::int64_t size = static_cast<std::int64_t>(1 + rng.Below(10));
  for (std::uint64_t e = rng.Below(6); e > 0; --e) size *= 10;
  if (rng.Below(5) == 0)
    r.affected.records = size;
  else
    r.affected.persons = size;
  if (rng.Below(3) == 0) r.affected.households = size / 2 + 1;
  int n_items = 1 + static_cast<int>(rng.Below(5));
  for (int i = 0; i < n_items; ++i) {
    const ItemText& it = rng.Pick(kItems);
    r.data_items.push_back(it.item);
    r.data_items_raw.push_back(ja ? it.ja : it.en);
  }
  leakwatch::record::NormalizeDataItems(r.data_items);
  std::string slug;
  if (ja) {
    const Place& p = rng.Pick(kJaPlaces);
    r.organization.country = "JP";
    r.organization.region = p.region;
    r.organization.locality = p.city;
    std::string org = s.sector == Sector::kGovernment ? std::string(p.city) + s.ja_suffix
                      : s.sector == Sector::kHealthcare || s.sector == Sector::kEducation
                          ? std::string(p.city) + "立" + rng.Pick(kJaCompanyWords) + s.ja_suffix
                          : std::string(rng.Pick(kJaCompanyWords)) + s.ja_suffix;
    r.organization.name = org;
    const char* doc = rng.Pick(kJaDocs);
    r.title = org + "における" + doc + "に関する" + t.ja_title;
    std::string cause = std::string(announced.substr(0, 4)) + "年、" + org + "において、" + doc +
                        "の取扱いに関し事案が発生した。" + t.ja_cause + "対象者は" +
                        std::to_string(size) + "名で、" + Repeat(rng, kJaDocs, 2, "及び") +
                        "に記載された" + r.data_items_raw[0] + "等が含まれる。" + "担当の" +
                        rng.Pick(kJaFamily) + "職員が作業を行い、" + rng.Pick(kJaFamily) +
                        "係長が確認する手順であったが、確認が行われていなかった。";
    r.cause = cause;
    r.timeline.push_back(
        {announced, "市民からの連絡により事案が判明した。" + std::string(t.ja_cause)});
    r.timeline.push_back(
        {std::nullopt, "関係者への聞き取りを行い、" + std::string(doc) + "の所在を確認した。"});
    r.timeline.push_back(
        {announced, "対象者への連絡を開始し、" + std::string(rng.Pick(kJaResponse))});
    r.timeline.push_back({std::nullopt, "現時点で、" + std::string(r.data_items_raw[0]) +
                                            "等の不正利用などの二次被害は確認されていない。"});
    r.response = {rng.Pick(kJaResponse), rng.Pick(kJaResponse), rng.Pick(kJaResponse),
                  rng.Pick(kJaResponse)};
    r.prevention = {rng.Pick(kJaPrevention), rng.Pick(kJaPrevention), rng.Pick(kJaPrevention),
                    rng.Pick(kJaPrevention)};
    r.contact = org + "総務課 個人情報担当(0" + std::to_string(3 + rng.Below(97)) + "-" +
                std::to_string(100 + rng.Below(900)) + "-" +
                std::to_string(1000 + rng.Below(9000)) + ")";
    slug = "ja";
  } else {
    const Place& p = rng.Pick(kUsPlaces);
    r.organization.country = "US";
    r.organization.region = p.region;
    r.organization.locality = p.city;
    std::string org = s.sector == Sector::kGovernment
                          ? std::string(p.city) + s.en_suffix
                          : std::string(rng.Pick(kEnNames)) + s.en_suffix;
    r.organization.name = org;
    const char* doc = rng.Pick(kEnDocs);
    r.title = std::string(t.en_title) + " at " + org;
    r.cause = std::string("On ") + announced + ", " + org + " discovered an incident involving " +
              doc + ". " + t.en_cause + " The information involved may have included " +
              Repeat(rng, std::span<const char* const>(kEnDocs), 2, " and ") + " with " +
              r.data_items_raw[0] + ". Approximately " + std::to_string(size) + " individuals in " +
              p.region +
              " were affected. We take the privacy and security "
              "of the information entrusted to us very seriously and regret any concern this may "
              "cause.";
    r.timeline.push_back({announced, std::string("The incident was discovered. ") + t.en_cause});
    r.timeline.push_back(
        {std::nullopt, std::string("An investigation with outside experts confirmed "
                                   "which files were affected, including ") +
                           doc + "."});
    r.timeline.push_back(
        {announced, std::string("Notification letters were mailed. ") + rng.Pick(kEnResponse)});
    r.timeline.push_back({std::nullopt, "To date we have no evidence that any " +
                                            r.data_items_raw[0] +
                                            " were misused; affected individuals should review "
                                            "account statements and report suspicious activity."});
    r.response = {rng.Pick(kEnResponse), rng.Pick(kEnResponse), rng.Pick(kEnResponse),
                  rng.Pick(kEnResponse)};
    r.prevention = {rng.Pick(kEnPrevention), rng.Pick(kEnPrevention), rng.Pick(kEnPrevention),
                    rng.Pick(kEnPrevention)};
    r.contact = "Call center 1-8" + std::to_string(10 + rng.Below(90)) + "-555-" +
                std::to_string(1000 + rng.Below(9000)) + ", Monday to Friday, 9 a.m. to 6 p.m.";
    slug = "en";
  }
  r.id = announced + "-bench-" + slug + "-" + std::to_string(index);
  r.sources.push_back({"https://example.org/notices/" + std::to_string(index), r.title, announced});
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: lw_bench_gen N [SEED] > corpus.jsonl\n");
    return 2;
  }
  char* end = nullptr;
  unsigned long long n = std::strtoull(argv[1], &end, 10);
  if (*end) {
    std::fprintf(stderr, "lw_bench_gen: N must be a number\n");
    return 2;
  }
  std::uint64_t seed = argc == 3 ? std::strtoull(argv[2], nullptr, 10) : 1;
  Rng rng(seed);
  std::string line;
  for (unsigned long long i = 0; i < n; ++i) {
    line = leakwatch::record::ToJsonLine(Make(i, rng));
    line += '\n';
    if (std::fwrite(line.data(), 1, line.size(), stdout) != line.size()) return 3;
  }
  return std::fflush(stdout) == 0 ? 0 : 3;
}
