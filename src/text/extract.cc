// text::Extract: the extraction pipeline (decode -> HTML -> boilerplate ->
// NFKC -> fields). See src/text/extract.h for the contract.
#include "text/extract.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <iterator>

#include "text/extract/boilerplate.h"
#include "text/extract/common.h"
#include "text/extract/counts.h"
#include "text/extract/dates.h"
#include "text/extract/decode.h"
#include "text/extract/fields.h"
#include "text/extract/html.h"
#include "text/extract/places.h"
#include "text/extract/sections.h"
#include "text/extract/unwrap.h"
#include "text/extract/vocab.h"
#include "text/normalize.h"

namespace leakwatch::text {

namespace {

using record::Language;

uint64_t Fnv1a(std::string_view s) {
  constexpr uint64_t kPrime = 1099511628211ULL;
  uint64_t h = 1469598103934665603ULL;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0;
  // Eight bytes a round (the same steps, less loop overhead).
  for (; i + 8 <= s.size(); i += 8) {
    h = (h ^ p[i]) * kPrime;
    h = (h ^ p[i + 1]) * kPrime;
    h = (h ^ p[i + 2]) * kPrime;
    h = (h ^ p[i + 3]) * kPrime;
    h = (h ^ p[i + 4]) * kPrime;
    h = (h ^ p[i + 5]) * kPrime;
    h = (h ^ p[i + 6]) * kPrime;
    h = (h ^ p[i + 7]) * kPrime;
  }
  for (; i < s.size(); ++i) h = (h ^ p[i]) * kPrime;
  return h;
}

// "www.city.osaka.lg.jp/hodoshiryo/nishinari/0000144339.html" ->
// "city-osaka-0000144339": host labels (minus www and the public suffix) and
// the last path segment without its extension.
std::string UrlSlug(std::string_view url) {
  size_t scheme = url.find("://");
  std::string_view rest = scheme == std::string_view::npos ? url : url.substr(scheme + 3);
  std::string_view host = rest.substr(0, rest.find_first_of("/?#"));
  std::string_view path = host.size() < rest.size() ? rest.substr(host.size()) : "";
  path = path.substr(0, path.find_first_of("?#"));
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  std::string_view last =
      path.substr(path.rfind('/') == std::string_view::npos ? 0 : path.rfind('/') + 1);
  last = last.substr(0, last.rfind('.') == std::string_view::npos ? last.size() : last.rfind('.'));
  std::string h = AsciiLower(host);
  if (h.starts_with("www.")) h.erase(0, 4);
  for (const char* suffix : {".lg.jp", ".co.jp", ".ac.jp", ".or.jp", ".go.jp", ".ne.jp", ".jp",
                             ".com", ".org", ".gov", ".edu", ".net"})
    if (h.ends_with(suffix)) {
      h.resize(h.size() - std::string_view(suffix).size());
      break;
    }
  std::string raw = h + (last.empty() ? "" : "-" + AsciiLower(last));
  std::string slug;
  for (char c : raw) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (ok)
      slug.push_back(c);
    else if (!slug.empty() && slug.back() != '-')
      slug.push_back('-');
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (slug.size() > 48) slug.resize(48);
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

std::string FindUrl(std::string_view text, size_t start, size_t end) {
  static const RE2 re("(https?://[A-Za-z0-9._~:/?#\\[\\]@!$&'*+,;=%-]+)");
  std::string_view part = text.substr(start, end - start);
  std::string url;
  if (RE2::PartialMatch(part, re, &url)) {
    while (!url.empty() && (url.back() == '.' || url.back() == ',' || url.back() == ')'))
      url.pop_back();
  }
  return url;
}

std::string Iso(const DateMention& d) { return FormatYmd(d.year, d.month, d.day); }

// The date on a labelled line of a page's footer ("更新日：2025年2月13日",
// "Last updated: 19/03/2025"), where sites put a page's date; nullopt if none.
std::optional<std::string> FooterDate(std::string_view footer) {
  static const RE2 label(
      "(?i)(?:掲載日|更新日|公開日|発表日|作成日|登録日|posted|published|updated)");
  for (const DateMention& d : FindDates(footer)) {
    if (!d.resolved || d.year == 0) continue;
    const size_t nl = footer.rfind('\n', d.start);
    const size_t ls = nl == std::string_view::npos ? 0 : nl + 1;
    if (d.start - ls <= 60 && RE2::PartialMatch(footer.substr(ls, d.start - ls), label))
      return Iso(d);
  }
  return std::nullopt;
}

// The lines of `text` that hold a copyright mark ("Copyright", "©", "(c)"), one per line.
std::string CopyrightLines(std::string_view text) {
  // Where each line holding a mark starts, in order. Each mark is looked for once over the
  // whole text (most notices have none), by a rarer byte than its first: 'y', ©'s A9, 'c'.
  std::vector<size_t> starts;
  for (auto [mark, key] :
       {std::pair<std::string_view, size_t>{"opyright", 1}, {"©", 1}, {"(c)", 1}, {"(C)", 1}})
    for (size_t at = FindByByte(text, mark, key); at != std::string_view::npos;) {
      starts.push_back(at == 0 ? 0 : text.rfind('\n', at - 1) + 1);  // npos + 1 == 0
      const size_t next = FindByByte(text.substr(at + 1), mark, key);
      at = next == std::string_view::npos ? next : at + 1 + next;
    }
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  std::string out;
  for (size_t s : starts) {
    const size_t nl = text.find('\n', s);
    const std::string_view line = text.substr(s, nl == std::string_view::npos ? nl : nl - s);
    if (line.size() > 300) continue;
    out += line;
    out += '\n';
  }
  return out;
}

void Evidence(record::Incident* r, const char* field, size_t start, size_t end) {
  if (end > start) r->evidence[field] = {static_cast<int64_t>(start), static_cast<int64_t>(end)};
}

// One notice on its way through ExtractBatch: what the stages before have found.
struct Work {
  const ExtractInput* in;
  std::optional<Status> error;  // set: the notice failed, later stages skip it
  ExtractResult result;
  std::string html_title, html_footer;
  std::string t;  // the normalised text the fields are looked for in
  std::vector<Section> sections;
  // Where the forms of dates, counts and type rules may match (LinePresence::In).
  std::vector<std::vector<Window>> date_where, count_where, type_where;
  // The type rules' forms that may match the (lower-cased) title (LinePresence::Which).
  std::vector<int> type_title;
  std::vector<DateMention> dates;
  std::string url;
};

// The presence forms of dates, counts and the incident type rules, in that order.
const LinePresence& Mentions() {
  static const LinePresence* mentions = [] {
    std::vector<std::string> forms = LinePresence::PatternsOf(DateForms());
    for (std::string& p : LinePresence::PatternsOf(CountForms())) forms.push_back(std::move(p));
    // Dates and counts in set 0, the type rules in set 1: one set of all
    // grows a DFA of 37 MB over tests/extract's notices, two 9 and 23 MB.
    std::vector<int> sets(forms.size(), 0);
    forms.insert(forms.end(), TypeRuleForms().begin(), TypeRuleForms().end());
    sets.resize(forms.size(), 1);
    return new LinePresence(forms, sets);
  }();
  return *mentions;
}

// Where in Mentions() the type rules' forms start (after the dates' and the counts').
size_t FirstTypeForm() { return DateForms().size() + CountForms().size(); }

// Decoding, HTML, boilerplate, NFKC and language: the one stage that can fail.
Status TextStage(Work& w) {
  const std::string_view raw = w.in->raw;
  const ExtractOptions& options = w.in->options;
  if (raw.size() > options.max_input_bytes) {
    return Status::TooLarge("notice is " + std::to_string(raw.size()) +
                            " bytes, over the limit of " + std::to_string(options.max_input_bytes));
  }
  LW_ASSIGN_OR_RETURN(std::string utf8, DecodeToUtf8(raw));
  const bool html = LooksLikeHtml(utf8);
  if (html) {
    LW_ASSIGN_OR_RETURN(HtmlText h, HtmlToText(utf8));
    utf8 = SanitizeUtf8(h.text);
    w.html_title = SanitizeUtf8(h.title);
    w.html_footer = SanitizeUtf8(h.footer);
  }
  ExtractResult& result = w.result;
  // A plain text's copyright lines, which StripBoilerplate drops: its footer.
  if (!html) w.html_footer = CopyrightLines(utf8);
  result.text = StripBoilerplate(utf8);
  // A plain-text copy of a PDF: its paragraphs joined where the layout broke them (an
  // HTML page's lines are its own blocks).
  if (!html) result.text = UnwrapEnglishLines(UnwrapPdfLines(result.text));
  if (TrimSpace(result.text).empty()) return Status::InvalidArgument("no text in the notice");
  // Evidence offsets are into the normalised text itself, so no map back to
  // result.text is needed (Nfkc, not NfkcWithMap).
  std::string normalized = Nfkc(result.text);
  // Fields are looked for in the first kAnalyzeBytes of the normalised text
  // (notices are far shorter), which bounds the work per notice whatever the
  // input size; the whole text is still kept in result.text.
  constexpr size_t kAnalyzeBytes = 256 * 1024;
  size_t cut = std::min(normalized.size(), kAnalyzeBytes);
  while (cut < normalized.size() && (static_cast<unsigned char>(normalized[cut]) & 0xC0) == 0x80)
    ++cut;
  normalized.resize(cut);
  w.t = std::move(normalized);
  w.html_title = Nfkc(w.html_title);
  w.html_footer = Nfkc(w.html_footer);
  result.incident.language = options.language ? *options.language : DetectLanguage(w.t);
  return Status::Ok();
}

// Title and sections.
void TitleStage(Work& w) {
  record::Incident& r = w.result.incident;
  if (std::optional<Found> title = FindTitle(w.t, w.html_title)) {
    r.title = title->value;
    Evidence(&r, "title", title->start, title->end);
  } else {
    r.title = w.in->options.file_name.empty() ? "untitled notice" : w.in->options.file_name;
  }
  w.sections = FindSections(w.t);
}

// One presence pass over the text for the forms of dates, of counts and of
// the incident type rules.
void PresenceStage(Work& w) {
  std::vector<std::vector<Window>> where = Mentions().In(w.t);
  const auto count_at = where.begin() + static_cast<std::ptrdiff_t>(DateForms().size());
  const auto type_at = where.begin() + static_cast<std::ptrdiff_t>(FirstTypeForm());
  w.type_where.assign(std::make_move_iterator(type_at), std::make_move_iterator(where.end()));
  w.count_where.assign(std::make_move_iterator(count_at), std::make_move_iterator(type_at));
  where.resize(DateForms().size());
  w.date_where = std::move(where);
  // The title, asked here rather than in TypeStage: the title is mostly the text's first
  // line, whose states in the type forms' set In just used are still in the cache (in
  // TypeStage, after the other notices' dates and counts, they are not).
  Mentions().Which(AsciiLower(w.result.incident.title), &w.type_title, FirstTypeForm(),
                   FirstTypeForm() + TypeRuleForms().size());
}

void DateStage(Work& w) {
  const std::string& t = w.t;
  record::Incident& r = w.result.incident;
  std::vector<DateMention>& dates = w.dates;
  dates = FindDatesIn(t, w.date_where);
  const ByteRanges other_articles = OtherArticleBlocks(t);
  std::optional<size_t> announced = PickAnnouncedDate(t, dates, &other_articles);
  // A page whose only date line is in its footer: that date (no evidence: the
  // footer is not part of the text the offsets refer to).
  const std::optional<std::string> footer_date =
      announced || w.html_footer.empty() ? std::nullopt : FooterDate(w.html_footer);
  ResolveDates(&dates,
               announced ? std::optional<std::string>(Iso(dates[*announced])) : footer_date);
  if (announced) {
    r.announced_date = Iso(dates[*announced]);
    Evidence(&r, "announced_date", dates[*announced].start, dates[*announced].end);
  } else if (footer_date) {
    r.announced_date = *footer_date;
  }
  if (std::optional<size_t> inc =
          PickIncidentDate(t, dates, announced, w.sections, &other_articles)) {
    r.incident_date = Iso(dates[*inc]);
    Evidence(&r, "incident_date", dates[*inc].start, dates[*inc].end);
  } else if (announced) {
    // "本日午前10時12分に配信いたしました…メール": the day of the notice.
    if (const auto today = TodayOfTheIncident(t, w.sections)) {
      r.incident_date = r.announced_date;
      Evidence(&r, "incident_date", today->first, today->second);
    }
  }
}

void CountStage(Work& w) {
  const std::string& t = w.t;
  record::Incident& r = w.result.incident;
  std::vector<CountMention> aside;
  const std::vector<CountMention> counts = FindCountsIn(t, w.count_where, &aside);
  const AffectedPick pick = PickAffected(t, counts, w.sections);
  // The count of people taken, if any.
  const CountMention* persons = pick.persons ? &counts[*pick.persons] : nullptr;
  std::vector<CountMention> with_words;
  if (!persons && !aside.empty()) {
    // No count of people in digits is the number: one in words may be.
    with_words = counts;
    with_words.insert(with_words.end(), aside.begin(), aside.end());
    std::stable_sort(
        with_words.begin(), with_words.end(),
        [](const CountMention& a, const CountMention& b) { return a.start < b.start; });
    const std::optional<size_t> p = PickAffected(t, with_words, w.sections).persons;
    if (p && std::any_of(aside.begin(), aside.end(),
                         [&](const CountMention& c) { return c.start == with_words[*p].start; }))
      persons = &with_words[*p];
  }
  if (persons) {
    r.affected.persons = persons->value;
    Evidence(&r, "affected.persons", persons->start, persons->end);
  } else if (r.language == record::Language::kEn) {
    if (auto one = OnePersonNamed(t, counts)) {
      r.affected.persons = 1;
      Evidence(&r, "affected.persons", one->first, one->second);
    }
  }
  if (pick.households) {
    r.affected.households = counts[*pick.households].value;
    Evidence(&r, "affected.households", counts[*pick.households].start,
             counts[*pick.households].end);
  }
  if (pick.records) {
    r.affected.records = counts[*pick.records].value;
    Evidence(&r, "affected.records", counts[*pick.records].start, counts[*pick.records].end);
  }
}

void TypeStage(Work& w) {
  record::Incident& r = w.result.incident;
  TypeGuess type =
      ClassifyIncident(r.title, w.t, Mentions(), FirstTypeForm(), w.type_where, &w.type_title);
  r.incident_type = type.type;
  Evidence(&r, "incident_type", type.start, type.end);
}

void ItemStage(Work& w) {
  const std::string& t = w.t;
  record::Incident& r = w.result.incident;
  // Every data section counts: notices list card data and member data under
  // separate headings ("(1)対象 ... (2)会員登録をされたお客様").
  DataItems items;
  // Adds the items and raw words of `part` that `items` lacks.
  auto add = [&items](DataItems part) {
    for (record::DataItem d : part.items)
      if (std::find(items.items.begin(), items.items.end(), d) == items.items.end())
        items.items.push_back(d);
    for (std::string& raw : part.raw)
      if (std::find(items.raw.begin(), items.raw.end(), raw) == items.raw.end())
        items.raw.push_back(std::move(raw));
  };
  for (const Section& sec : w.sections) {
    if (sec.kind != SectionKind::kData) continue;
    // "漏洩した可能性のある情報:氏名、住所": the list may sit on the heading line.
    std::string body = sec.inline_text;
    body += '\n';
    body += std::string_view(t).substr(sec.start, sec.end - sec.start);
    add(FindDataItems(body, true));
  }
  record::NormalizeDataItems(items.items);
  if (items.items.empty()) {
    std::vector<std::pair<size_t, size_t>> skip;
    for (const Section& s : w.sections)
      if (s.kind == SectionKind::kResponse || s.kind == SectionKind::kPrevention ||
          s.kind == SectionKind::kYouCanDo || s.kind == SectionKind::kContact ||
          s.kind == SectionKind::kOther)
        skip.emplace_back(s.heading_start, s.end);
    items = FindDataItems(t, false, skip);
  }
  // Items the title names count with the body's ("口座番号等を記載した書類の誤送付について").
  if (r.language == record::Language::kJa) {
    add(FindTitleDataItems(r.title));
    record::NormalizeDataItems(items.items);
  }
  r.data_items = items.items;
  r.data_items_raw = items.raw;
}

// Sources and organisation (the URL also names a place).
void OrganizationStage(Work& w) {
  const std::string& t = w.t;
  record::Incident& r = w.result.incident;
  std::string& url = w.url;
  url = w.in->options.url.value_or("");
  if (url.empty())
    if (const Section* s = SectionOf(w.sections, SectionKind::kSources))
      url = FindUrl(t, s->heading_start, s->end);
  const std::string& html_footer = w.html_footer;
  FillOrganization(t, w.html_title.empty() ? std::string_view(r.title) : w.html_title, url, &r,
                   html_footer);
  if ((!r.organization.name || !r.organization.region) && !html_footer.empty()) {
    // A page that names who runs it only in its footer ("© 2025 …社会福祉協議会",
    // "〒… 〇〇市役所"): the organisation the footer names; one the page names without a
    // place: the place of the footer's address when the footer names the same one
    // ("© 2026 Cascade Outfitters, Inc. · 1400 Western Avenue, Seattle, WA 98101"). No
    // evidence: the footer is not part of the text the offsets refer to.
    record::Incident from_footer;
    from_footer.language = r.language;
    FillOrganization(html_footer, "", url, &from_footer);
    const record::Organization& f = from_footer.organization;
    if (!r.organization.name) {
      if (f.name) r.organization = f;
    } else if (f.name && f.region &&
               (f.name->find(*r.organization.name) != std::string::npos ||
                r.organization.name->find(*f.name) != std::string::npos ||
                // (Or a public body's, which hosts no one else's page: "North Bluffton School
                // District · 800 Schoolhouse Road, Bluffton, Indiana 46714" under a notice of
                // one of its schools.)
                f.sector == record::Sector::kGovernment ||
                f.sector == record::Sector::kEducation)) {
      r.organization.region = f.region;
      r.organization.locality = f.locality;
      r.organization.country = f.country;
    }
  }
  // "member numbers" at a credit union or a bank are its customers' numbers, not a health
  // plan's (LABELLING.md: numbers the organisation gives its customers are account numbers).
  if (r.organization.sector == record::Sector::kFinance) {
    auto& d = r.data_items;
    const auto insurance = std::find(d.begin(), d.end(), record::DataItem::kInsuranceNumber);
    if (insurance != d.end() &&
        std::all_of(r.data_items_raw.begin(), r.data_items_raw.end(), [](const std::string& raw) {
          return DataItemFor(raw) != record::DataItem::kInsuranceNumber || IsMemberNumber(raw);
        })) {
      *insurance = record::DataItem::kAccountNumber;
      record::NormalizeDataItems(d);
    }
  }
}

// Sections' fields, sources and the id.
void FinishStage(Work& w) {
  const std::string& t = w.t;
  record::Incident& r = w.result.incident;
  const std::string& url = w.url;
  FillSections(t, w.sections, w.dates, &r);
  record::Source src;
  if (!url.empty()) src.url = url;
  if (!w.html_title.empty()) src.title = r.title;
  src.published = r.announced_date;
  if (src.url || src.published) r.sources.push_back(src);

  // Id: date + slug from the URL, else a hash of the normalised text.
  std::string date = r.announced_date.value_or(r.incident_date.value_or(""));
  std::string slug = url.empty() ? "" : UrlSlug(url);
  if (date.empty() || slug.empty()) {
    // The hash of the whole text, needed only without a date or a slug.
    char hash[20];
    std::snprintf(hash, sizeof hash, "%012llx",
                  static_cast<unsigned long long>(Fnv1a(t) & 0xFFFFFFFFFFFFULL));
    r.id = date.empty() ? std::string("n-") + hash : date + "-" + hash;
  } else {
    r.id = date + "-" + slug;
  }
}

}  // namespace

std::vector<Result<ExtractResult>> ExtractBatch(std::span<const ExtractInput> inputs,
                                                ExtractStageTimes* times) {
  std::vector<Work> works(inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) works[i].in = &inputs[i];
  using Clock = std::chrono::steady_clock;
  Clock::time_point start;
  if (times) {
    times->notices += inputs.size();
    start = Clock::now();
  }
  // Adds the time since `start` to stage i's and starts the next stage's.
  auto lap = [&](size_t i) {
    if (!times) return;
    const Clock::time_point now = Clock::now();
    times->spent[i] += now - start;
    start = now;
  };
  // Stage by stage over the whole batch: each stage's regexes (their lazily
  // built DFAs are megabytes, far more than a core's cache) serve every notice
  // of the batch while they are in cache, instead of being fetched again from
  // memory for each notice between all the other stages' regexes.
  for (Work& w : works)
    if (Status s = TextStage(w); !s.ok()) w.error = std::move(s);
  lap(0);
  // After TextStage, in ExtractStageTimes::kStages's order.
  constexpr void (*kLaterStages[])(Work&) = {TitleStage,        PresenceStage, DateStage,
                                             CountStage,        TypeStage,     ItemStage,
                                             OrganizationStage, FinishStage};
  static_assert(std::size(kLaterStages) + 1 == ExtractStageTimes::kStages.size());
  for (size_t i = 0; i < std::size(kLaterStages); ++i) {
    for (Work& w : works)
      if (!w.error) kLaterStages[i](w);
    lap(i + 1);
  }
  std::vector<Result<ExtractResult>> out;
  out.reserve(works.size());
  for (Work& w : works)
    if (w.error)
      out.emplace_back(std::move(*w.error));
    else
      out.emplace_back(std::move(w.result));
  return out;
}

Result<ExtractResult> Extract(std::string_view raw, const ExtractOptions& options) {
  const ExtractInput input{raw, options};
  return std::move(ExtractBatch(std::span<const ExtractInput>(&input, 1)).front());
}

}  // namespace leakwatch::text
