#include "web/i18n.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>

namespace leakwatch::web {

namespace {

// The label table. Keys: page words, then "type.*", "sector.*", "item.*" for
// the record vocabularies (wire names).
constexpr LabelEntry kLabels[] = {
    {"site_name", "leakwatch", "leakwatch"},
    {"site_tagline", "個人情報漏えい事故の公表情報を検索",
     "Search published personal-data incidents"},
    {"skip_to_content", "本文へスキップ", "Skip to content"},
    {"nav_label", "メインメニュー", "Main menu"},
    {"nav_search", "検索", "Search"},
    {"nav_cases", "対応事例", "Cases"},
    {"nav_stats", "統計", "Statistics"},
    {"nav_check", "漏えい確認", "Check"},
    {"switch_lang", "English", "日本語"},
    {"footer_note",
     "公表された事故報告から抽出した情報です。正確な内容は各組織の原文を確認してください。",
     "Extracted from published incident notices. Check each organisation's original notice."},
    {"feed", "Atomフィード", "Atom feed"},
    {"search_label", "キーワード", "Keywords"},
    {"search_placeholder", "例: 保険証 大阪市", "e.g. insurance card, Osaka"},
    {"search_button", "検索", "Search"},
    {"home_title", "個人情報漏えい事故を検索", "Search personal-data incidents"},
    {"home_lead",
     "あなたの情報が流出したかもしれない事故や、他の組織の事故後の対応を調べられます。",
     "Find incidents that may have exposed your data, and what others did after an incident."},
    {"latest", "最新の事故", "Latest incidents"},
    {"at_a_glance", "概況", "At a glance"},
    {"incidents", "事故件数", "Incidents"},
    {"persons_affected", "影響人数（記載分の合計）", "Persons affected (where stated)"},
    {"search_title", "検索結果", "Search results"},
    {"results_count", "件", "results"},
    {"no_results", "条件に一致する事故はありません。キーワードや絞り込みを減らしてください。",
     "No incidents match. Try fewer words or filters."},
    {"filters", "絞り込み", "Filters"},
    {"clear_filter", "解除", "clear"},
    {"all", "すべて", "All"},
    {"f_type", "種類", "Type"},
    {"f_sector", "業種", "Sector"},
    {"f_country", "国", "Country"},
    {"f_region", "地域", "Region"},
    {"f_item", "流出した情報", "Data item"},
    {"f_year", "年", "Year"},
    {"from", "開始日", "From"},
    {"to", "終了日", "To"},
    {"sort", "並び順", "Sort"},
    {"sort_relevance", "関連度", "Relevance"},
    {"sort_date", "新しい順", "Newest"},
    {"sort_date_asc", "古い順", "Oldest"},
    {"sort_size", "影響人数の多い順", "Largest"},
    {"next_page", "次のページ", "Next page"},
    {"first_page", "最初のページ", "First page"},
    {"bad_request_title", "リクエストが正しくありません", "Bad request"},
    {"not_found_title", "ページが見つかりません", "Page not found"},
    {"not_found_text", "お探しのページは存在しません。", "The page you asked for does not exist."},
    {"incident_not_found", "この事故は登録されていません。", "No incident with this id."},
    {"error_title", "エラー", "Error"},
    {"error_text", "内部エラーが発生しました。", "An internal error occurred."},
    {"back_to_search", "検索に戻る", "Back to search"},
    {"overview", "概要", "Overview"},
    {"organization", "組織", "Organisation"},
    {"announced_date", "公表日", "Announced"},
    {"incident_date", "発生日", "Occurred"},
    {"affected", "影響", "Affected"},
    {"persons", "人", "persons"},
    {"households", "世帯", "households"},
    {"records", "件", "records"},
    {"timeline", "経過", "Timeline"},
    {"data_items", "流出した個人情報", "Personal data involved"},
    {"data_items_raw", "原文での表記", "As written"},
    {"cause", "原因", "Cause"},
    {"response", "事故後の対応", "Response"},
    {"prevention", "再発防止策", "Prevention"},
    {"contact", "問い合わせ先", "Contact"},
    {"sources", "情報ソース", "Sources"},
    {"original_text", "原文", "Original notice"},
    {"original_note", "抽出した項目の根拠となる箇所を強調しています（NFKC正規化後の本文）。",
     "Marked passages are the evidence for the extracted fields (text after NFKC normalisation)."},
    {"evidence", "根拠", "evidence"},
    {"reports", "統合された報告", "Merged reports"},
    {"merged_into", "この報告は次の事故に統合されています:", "This report was merged into:"},
    {"related", "関連する事故", "Related incidents"},
    {"related_type", "同じ種類", "Same type"},
    {"related_org", "同じ組織", "Same organisation"},
    {"related_region", "同じ地域", "Same region"},
    {"not_stated", "記載なし", "not stated"},
    {"cases_title", "事故後の対応事例", "Response case library"},
    {"cases_lead", "同じ種類の事故で、他の組織が公表した原因・対応・再発防止策をまとめています。",
     "For one kind of incident, what others stated as cause, response and prevention."},
    {"cases_choose", "事故の種類を選んでください", "Choose a kind of incident"},
    {"cases_measures", "再発防止策・対応の分類", "Measures by kind"},
    {"cases_measure", "対策", "Measure"},
    {"cases_count", "件数", "Notices"},
    {"cases_share", "割合", "Share"},
    {"cases_notices", "公表内容", "What they stated"},
    {"cases_of", "件中", "of"},
    {"m_second_person", "複数人での確認", "Second-person check"},
    {"m_encryption", "暗号化", "Encryption"},
    {"m_password", "パスワード保護", "Password protection"},
    {"m_training", "職員研修・教育", "Staff training"},
    {"m_manual", "マニュアル・手順の見直し", "Manual / procedure revision"},
    {"m_bcc", "BCCの利用", "BCC use"},
    {"m_access_control", "アクセス制御", "Access control"},
    {"m_system", "システム改修・送信制限", "System change / sending limits"},
    {"m_monitoring", "監視・ログ確認", "Monitoring / logs"},
    {"m_vulnerability", "脆弱性対策・更新", "Patching / vulnerabilities"},
    {"m_apology", "対象者への謝罪・連絡", "Apology / notifying people"},
    {"m_recovery", "回収・削除依頼", "Recovery / deletion request"},
    {"m_report", "当局への報告", "Report to authorities"},
    {"m_police", "警察への届出", "Police report"},
    {"stats_title", "統計", "Statistics"},
    {"chart_per_year_type", "年別・種類別の事故件数", "Incidents per year by type"},
    {"chart_persons_year", "年別の影響人数", "Persons affected per year"},
    {"chart_items", "流出した情報（上位）", "Top data items"},
    {"chart_sectors", "業種別の事故件数", "Incidents by sector"},
    {"chart_regions", "地域別の事故件数（上位）", "Incidents by region (top)"},
    {"year", "年", "Year"},
    {"count", "件数", "Count"},
    {"total", "合計", "Total"},
    {"no_data", "データがありません。", "No data."},
    {"type.misdelivery_mail", "郵便物の誤送付", "Misdirected mail"},
    {"type.misdelivery_email", "メールの誤送信", "Misdirected email"},
    {"type.misdelivery_fax", "FAXの誤送信", "Misdirected fax"},
    {"type.loss", "紛失", "Loss"},
    {"type.theft", "盗難", "Theft"},
    {"type.unauthorized_access", "不正アクセス", "Unauthorised access"},
    {"type.malware_ransomware", "マルウェア・ランサムウェア", "Malware / ransomware"},
    {"type.misconfiguration_exposure", "設定不備による公開", "Exposure by misconfiguration"},
    {"type.insider_misuse", "内部不正", "Insider misuse"},
    {"type.improper_disposal", "不適切な廃棄", "Improper disposal"},
    {"type.other", "その他", "Other"},
    {"sector.government", "行政", "Government"},
    {"sector.healthcare", "医療", "Healthcare"},
    {"sector.education", "教育", "Education"},
    {"sector.finance", "金融", "Finance"},
    {"sector.retail", "小売", "Retail"},
    {"sector.telecom", "通信", "Telecom"},
    {"sector.it", "IT", "IT"},
    {"sector.manufacturing", "製造", "Manufacturing"},
    {"sector.other", "その他", "Other"},
    {"item.name", "氏名", "Name"},
    {"item.address", "住所", "Address"},
    {"item.date_of_birth", "生年月日", "Date of birth"},
    {"item.sex", "性別", "Sex"},
    {"item.phone", "電話番号", "Phone"},
    {"item.email", "メールアドレス", "Email"},
    {"item.insurance_number", "保険証番号", "Insurance number"},
    {"item.my_number_or_ssn", "マイナンバー等", "My Number / SSN"},
    {"item.account_number", "口座番号", "Account number"},
    {"item.credit_card", "クレジットカード", "Credit card"},
    {"item.password", "パスワード", "Password"},
    {"item.health_information", "健康・診療情報", "Health information"},
    {"item.financial_information", "金融情報", "Financial information"},
    {"item.photo", "写真", "Photo"},
    {"item.school_or_grade", "学校・学年", "School / grade"},
    {"item.employment_information", "勤務情報", "Employment information"},
    {"item.drivers_license_or_id", "運転免許証・身分証", "Driver's licence / ID"},
    {"item.other", "その他", "Other"},
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::optional<Lang> ParseLang(std::string_view s) {
  if (s == "ja") return Lang::kJa;
  if (s == "en") return Lang::kEn;
  return std::nullopt;
}

// The preferred of ja/en in an Accept-Language value, if either appears with q > 0.
std::optional<Lang> FromAcceptLanguage(std::string_view header) {
  std::optional<Lang> best;
  double best_q = 0;
  while (!header.empty()) {
    size_t comma = header.find(',');
    std::string_view part = Trim(header.substr(0, comma));
    header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
    std::string_view tag = Trim(part.substr(0, part.find(';')));
    double q = 1.0;
    if (size_t qpos = part.find(";q="); qpos != std::string_view::npos) {
      std::string qs(Trim(part.substr(qpos + 3)));
      char* end = nullptr;
      q = std::strtod(qs.c_str(), &end);
      if (end == qs.c_str()) q = 0;
    }
    std::string primary(tag.substr(0, tag.find('-')));
    std::transform(primary.begin(), primary.end(), primary.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    auto lang = ParseLang(primary);
    if (lang && q > best_q) {
      best = lang;
      best_q = q;
    }
  }
  return best;
}

std::optional<Lang> FromCookie(std::string_view header) {
  while (!header.empty()) {
    size_t semi = header.find(';');
    std::string_view part = Trim(header.substr(0, semi));
    header = semi == std::string_view::npos ? std::string_view() : header.substr(semi + 1);
    if (part.starts_with("lang=")) return ParseLang(part.substr(5));
  }
  return std::nullopt;
}

}  // namespace

std::string_view LangCode(Lang lang) { return lang == Lang::kJa ? "ja" : "en"; }
Lang OtherLang(Lang lang) { return lang == Lang::kJa ? Lang::kEn : Lang::kJa; }

LangChoice ChooseLang(const api::Request& request) {
  if (auto p = request.Query("lang")) {
    if (auto lang = ParseLang(*p)) return {*lang, true};
  }
  if (auto c = request.Header("cookie")) {
    if (auto lang = FromCookie(*c)) return {*lang, false};
  }
  if (auto a = request.Header("accept-language")) {
    if (auto lang = FromAcceptLanguage(*a)) return {*lang, false};
  }
  return {Lang::kJa, false};
}

void ApplyLangCookie(const LangChoice& choice, api::Response* response) {
  if (!choice.from_link) return;
  response->SetHeader("Set-Cookie", "lang=" + std::string(LangCode(choice.lang)) +
                                        "; Path=/; Max-Age=31536000; SameSite=Lax");
}

std::span<const LabelEntry> AllLabels() { return kLabels; }

bool HasLabel(std::string_view key) {
  return std::any_of(std::begin(kLabels), std::end(kLabels),
                     [key](const LabelEntry& e) { return e.key == key; });
}

std::string_view Label(std::string_view key, Lang lang) {
  for (const auto& e : kLabels)
    if (e.key == key) return lang == Lang::kJa ? e.ja : e.en;
  return key;
}

namespace {
// The table entry "<prefix>.<wire>", or `wire` (a static string) if missing.
std::string_view VocabLabel(std::string_view prefix, std::string_view wire, Lang lang) {
  for (const auto& e : kLabels) {
    if (e.key.size() == prefix.size() + 1 + wire.size() && e.key.starts_with(prefix) &&
        e.key[prefix.size()] == '.' && e.key.ends_with(wire))
      return lang == Lang::kJa ? e.ja : e.en;
  }
  return wire;
}
}  // namespace

std::string_view TypeLabel(record::IncidentType type, Lang lang) {
  return VocabLabel("type", record::ToString(type), lang);
}
std::string_view SectorLabel(record::Sector sector, Lang lang) {
  return VocabLabel("sector", record::ToString(sector), lang);
}
std::string_view ItemLabel(record::DataItem item, Lang lang) {
  return VocabLabel("item", record::ToString(item), lang);
}

std::string TypeLabel(std::string_view wire, Lang lang) {
  auto t = record::ParseIncidentType(wire);
  return t ? std::string(TypeLabel(*t, lang)) : std::string(wire);
}
std::string SectorLabel(std::string_view wire, Lang lang) {
  auto s = record::ParseSector(wire);
  return s ? std::string(SectorLabel(*s, lang)) : std::string(wire);
}
std::string ItemLabel(std::string_view wire, Lang lang) {
  auto i = record::ParseDataItem(wire);
  return i ? std::string(ItemLabel(*i, lang)) : std::string(wire);
}

std::string FormatCount(std::int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return n < 0 ? "-" + out : out;
}

}  // namespace leakwatch::web
