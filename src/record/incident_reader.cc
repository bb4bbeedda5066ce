// ParseJson: incident records read with simdjson's DOM parser.
//
// Reading a stored record was the largest single cost of an incident page
// and a tenth of an ingest: nlohmann's parser took ~35 us for a 2.6 KB
// record, simdjson ~1-2 us (docs/decisions.md, "Records read with
// simdjson"). The rules are FromJson's, applied in the same order so that
// the first error is the same one; where the two parsers could differ the
// fast reader steps aside and the reference reader answers:
//   - any text simdjson rejects (syntax, bad UTF-8, depth, a number too
//     large for 64 bits), so syntax errors keep nlohmann's messages;
//   - an integer above INT64_MAX or any non-integer number where a count or
//     a span is expected (nlohmann casts or classifies those its own way);
//   - texts over kMaxFastBytes (the parser keeps its buffers per thread).
// Duplicate keys keep the last value, as nlohmann's objects do.
// fuzz/fuzz_record_json.cc and incident_reader_test.cc hold the two readers
// to the same answers.
#include <simdjson.h>

#include <array>
#include <limits>
#include <map>

#include "record/incident.h"

namespace leakwatch::record {

namespace {

namespace sj = simdjson;
using Element = sj::dom::element;
using Type = sj::dom::element_type;

constexpr std::size_t kMaxFastBytes = std::size_t{1} << 20;

// The members of one object that FromJson looks at, last value of each key.
template <std::size_t N>
struct Members {
  std::array<Element, N> value{};
  std::array<bool, N> present{};

  const Element* Get(std::size_t i) const { return present[i] ? &value[i] : nullptr; }
};

template <std::size_t N>
Members<N> Pick(sj::dom::object object, const std::array<std::string_view, N>& keys) {
  Members<N> out;
  for (sj::dom::key_value_pair member : object) {
    for (std::size_t i = 0; i < N; ++i) {
      if (member.key == keys[i]) {
        out.value[i] = member.value;
        out.present[i] = true;
        break;
      }
    }
  }
  return out;
}

bool IsNull(const Element* e) { return e == nullptr || e->type() == Type::NULL_VALUE; }

// Accessors for an element whose type was checked. They copy the small
// handle out of the simdjson_result: ranging over a temporary result's
// value_unsafe() would leave the loop with a dangling reference.
std::string_view Str(const Element& e) {
  std::string_view s;
  if (e.get_string().get(s) != sj::SUCCESS) return {};
  return s;
}
sj::dom::array ArrayOf(const Element& e) {
  sj::dom::array a;
  if (e.get_array().get(a) != sj::SUCCESS) return {};
  return a;
}
sj::dom::object ObjectOf(const Element& e) {
  sj::dom::object o;
  if (e.get_object().get(o) != sj::SUCCESS) return {};
  return o;
}

class Reader {
 public:
  // False: let the reference reader answer (see the file comment).
  bool fast() const { return fast_; }

  Status Invalid(std::string_view field, std::string_view what) {
    return Status::InvalidArgument("field " + std::string(field) + ": " + std::string(what));
  }

  Status StepAside() {
    fast_ = false;
    return Status::InvalidArgument("fast reader stepped aside");
  }

  Status OptString(const Element* e, std::string_view field, std::optional<std::string>* out) {
    if (IsNull(e)) {
      out->reset();
      return Status::Ok();
    }
    if (e->type() != Type::STRING) return Invalid(field, "expected a string or null");
    *out = std::string(Str(*e));
    return Status::Ok();
  }

  Status OptDate(const Element* e, std::string_view field, std::optional<std::string>* out) {
    LW_RETURN_IF_ERROR(OptString(e, field, out));
    if (*out && !IsIsoDate(**out))
      return Invalid(field, "'" + **out + "' is not a YYYY-MM-DD date");
    return Status::Ok();
  }

  // An integer that fits int64, or the reason it is not one.
  Status Integer(const Element& e, bool* is_integer, std::int64_t* out) {
    switch (e.type()) {
      case Type::INT64:
        if (e.get_int64().get(*out) != sj::SUCCESS) return StepAside();
        *is_integer = true;
        return Status::Ok();
      case Type::UINT64:
      case Type::DOUBLE:
        return StepAside();
      default:
        *is_integer = false;
        return Status::Ok();
    }
  }

  Status OptCount(const Element* e, std::string_view field, std::optional<std::int64_t>* out) {
    if (IsNull(e)) {
      out->reset();
      return Status::Ok();
    }
    bool is_integer = false;
    std::int64_t n = 0;
    LW_RETURN_IF_ERROR(Integer(*e, &is_integer, &n));
    if (!is_integer || n < 0) return Invalid(field, "expected a non-negative integer or null");
    *out = n;
    return Status::Ok();
  }

  Status StringList(const Element* e, std::string_view field, std::vector<std::string>* out) {
    out->clear();
    if (IsNull(e)) return Status::Ok();
    if (e->type() != Type::ARRAY) return Invalid(field, "expected a list of strings");
    for (Element item : ArrayOf(*e)) {
      if (item.type() != Type::STRING) return Invalid(field, "expected a list of strings");
      out->emplace_back(Str(item));
    }
    return Status::Ok();
  }

  template <typename E>
  Status Enum(const Element& e, std::optional<E> (*parse)(std::string_view), std::string_view field,
              E* out) {
    if (e.type() != Type::STRING) return Invalid(field, "expected a string");
    auto parsed = parse(Str(e));
    if (!parsed) return Invalid(field, "unknown value '" + std::string(Str(e)) + "'");
    *out = *parsed;
    return Status::Ok();
  }

  Status Organization(const Element& e, record::Organization* org) {
    if (e.type() != Type::OBJECT) return Invalid("organization", "expected an object");
    enum { kName, kSector, kCountry, kRegion, kLocality };
    auto m = Pick<5>(ObjectOf(e), {"name", "sector", "country", "region", "locality"});
    LW_RETURN_IF_ERROR(OptString(m.Get(kName), "organization.name", &org->name));
    if (!IsNull(m.Get(kSector))) {
      Sector sector = Sector::kOther;
      LW_RETURN_IF_ERROR(Enum(*m.Get(kSector), ParseSector, "organization.sector", &sector));
      org->sector = sector;
    }
    LW_RETURN_IF_ERROR(OptString(m.Get(kCountry), "organization.country", &org->country));
    LW_RETURN_IF_ERROR(OptString(m.Get(kRegion), "organization.region", &org->region));
    return OptString(m.Get(kLocality), "organization.locality", &org->locality);
  }

  Status Timeline(const Element& e, std::vector<TimelineEntry>* out) {
    if (e.type() != Type::ARRAY) return Invalid("timeline", "expected a list");
    for (Element item : ArrayOf(e)) {
      if (item.type() != Type::OBJECT) return Invalid("timeline", "expected objects {date, text}");
      auto m = Pick<2>(ObjectOf(item), {"date", "text"});
      TimelineEntry t;
      LW_RETURN_IF_ERROR(OptDate(m.Get(0), "timeline.date", &t.date));
      const Element* text = m.Get(1);
      if (text == nullptr || text->type() != Type::STRING)
        return Invalid("timeline.text", "required string");
      t.text = std::string(Str(*text));
      out->push_back(std::move(t));
    }
    return Status::Ok();
  }

  Status Sources(const Element& e, std::vector<Source>* out) {
    if (e.type() != Type::ARRAY) return Invalid("sources", "expected a list");
    for (Element item : ArrayOf(e)) {
      if (item.type() != Type::OBJECT)
        return Invalid("sources", "expected objects {url, title, published}");
      auto m = Pick<3>(ObjectOf(item), {"url", "title", "published"});
      Source s;
      LW_RETURN_IF_ERROR(OptString(m.Get(0), "sources.url", &s.url));
      LW_RETURN_IF_ERROR(OptString(m.Get(1), "sources.title", &s.title));
      LW_RETURN_IF_ERROR(OptDate(m.Get(2), "sources.published", &s.published));
      out->push_back(std::move(s));
    }
    return Status::Ok();
  }

  Status Evidence(const Element& e, std::map<std::string, Span>* out) {
    if (e.type() != Type::OBJECT) return Invalid("evidence", "expected an object");
    // nlohmann visits the names in byte order, each with its last value.
    std::map<std::string_view, Element> last;
    for (sj::dom::key_value_pair member : ObjectOf(e)) last[member.key] = member.value;
    for (const auto& entry : last) {
      const std::string_view name = entry.first;
      const Element& v = entry.second;
      auto bad = [&] {
        return Invalid("evidence." + std::string(name), "expected {start, end} integers");
      };
      if (v.type() != Type::OBJECT) return bad();
      auto m = Pick<2>(ObjectOf(v), {"start", "end"});
      if (m.Get(0) == nullptr || m.Get(1) == nullptr) return bad();
      Span span;
      bool start_ok = false, end_ok = false;
      LW_RETURN_IF_ERROR(Integer(*m.Get(0), &start_ok, &span.start));
      LW_RETURN_IF_ERROR(Integer(*m.Get(1), &end_ok, &span.end));
      if (!start_ok || !end_ok) return bad();
      (*out)[std::string(name)] = span;
    }
    return Status::Ok();
  }

  // FromJson over a simdjson element, check by check.
  Status Read(const Element& root, Incident* r) {
    if (root.type() != Type::OBJECT)
      return Status::InvalidArgument("an incident record must be a JSON object");
    enum {
      kSchema,
      kId,
      kLanguage,
      kTitle,
      kOrganization,
      kAnnounced,
      kIncidentDate,
      kType,
      kAffected,
      kItems,
      kItemsRaw,
      kCause,
      kTimeline,
      kResponse,
      kPrevention,
      kContact,
      kSources,
      kEvidence,
      kCount
    };
    auto m = Pick<kCount>(
        ObjectOf(root),
        {"schema", "id", "language", "title", "organization", "announced_date", "incident_date",
         "incident_type", "affected", "data_items", "data_items_raw", "cause", "timeline",
         "response", "prevention", "contact", "sources", "evidence"});
    if (!IsNull(m.Get(kSchema))) {
      const Element& schema = *m.Get(kSchema);
      if (schema.type() != Type::STRING || Str(schema) != kSchemaTag)
        return Invalid("schema", "expected \"" + std::string(kSchemaTag) + "\"");
    }
    const Element* id = m.Get(kId);
    if (id == nullptr || id->type() != Type::STRING || Str(*id).empty())
      return Invalid("id", "required, a non-empty string");
    r->id = std::string(Str(*id));
    if (m.Get(kLanguage) == nullptr) return Invalid("language", "required");
    LW_RETURN_IF_ERROR(Enum(*m.Get(kLanguage), ParseLanguage, "language", &r->language));
    if (!IsNull(m.Get(kTitle))) {
      if (m.Get(kTitle)->type() != Type::STRING) return Invalid("title", "expected a string");
      r->title = std::string(Str(*m.Get(kTitle)));
    }
    if (!IsNull(m.Get(kOrganization)))
      LW_RETURN_IF_ERROR(Organization(*m.Get(kOrganization), &r->organization));
    LW_RETURN_IF_ERROR(OptDate(m.Get(kAnnounced), "announced_date", &r->announced_date));
    LW_RETURN_IF_ERROR(OptDate(m.Get(kIncidentDate), "incident_date", &r->incident_date));
    if (m.Get(kType) == nullptr) return Invalid("incident_type", "required");
    LW_RETURN_IF_ERROR(Enum(*m.Get(kType), ParseIncidentType, "incident_type", &r->incident_type));
    if (!IsNull(m.Get(kAffected))) {
      const Element& a = *m.Get(kAffected);
      if (a.type() != Type::OBJECT) return Invalid("affected", "expected an object");
      auto counts = Pick<3>(ObjectOf(a), {"persons", "households", "records"});
      LW_RETURN_IF_ERROR(OptCount(counts.Get(0), "affected.persons", &r->affected.persons));
      LW_RETURN_IF_ERROR(OptCount(counts.Get(1), "affected.households", &r->affected.households));
      LW_RETURN_IF_ERROR(OptCount(counts.Get(2), "affected.records", &r->affected.records));
    }
    if (!IsNull(m.Get(kItems))) {
      const Element& items = *m.Get(kItems);
      if (items.type() != Type::ARRAY) return Invalid("data_items", "expected a list");
      for (Element item : ArrayOf(items)) {
        DataItem d = DataItem::kOther;
        LW_RETURN_IF_ERROR(Enum(item, ParseDataItem, "data_items", &d));
        r->data_items.push_back(d);
      }
      NormalizeDataItems(r->data_items);
    }
    LW_RETURN_IF_ERROR(StringList(m.Get(kItemsRaw), "data_items_raw", &r->data_items_raw));
    LW_RETURN_IF_ERROR(OptString(m.Get(kCause), "cause", &r->cause));
    if (!IsNull(m.Get(kTimeline))) LW_RETURN_IF_ERROR(Timeline(*m.Get(kTimeline), &r->timeline));
    LW_RETURN_IF_ERROR(StringList(m.Get(kResponse), "response", &r->response));
    LW_RETURN_IF_ERROR(StringList(m.Get(kPrevention), "prevention", &r->prevention));
    LW_RETURN_IF_ERROR(OptString(m.Get(kContact), "contact", &r->contact));
    if (!IsNull(m.Get(kSources))) LW_RETURN_IF_ERROR(Sources(*m.Get(kSources), &r->sources));
    if (!IsNull(m.Get(kEvidence))) LW_RETURN_IF_ERROR(Evidence(*m.Get(kEvidence), &r->evidence));
    return Validate(*r);
  }

 private:
  bool fast_ = true;
};

}  // namespace

std::optional<Result<Incident>> ParseJsonFast(std::string_view text) {
  if (text.size() > kMaxFastBytes) return std::nullopt;
  thread_local sj::dom::parser parser;
  Element root;
  if (parser.parse(text.data(), text.size()).get(root)) return std::nullopt;
  Reader reader;
  Incident r;
  Status s = reader.Read(root, &r);
  if (!reader.fast()) return std::nullopt;
  if (!s.ok()) return Result<Incident>(s);
  return Result<Incident>(std::move(r));
}

Result<Incident> ParseJson(std::string_view text) {
  if (auto fast = ParseJsonFast(text)) return std::move(*fast);
  return ParseJsonReference(text);
}

}  // namespace leakwatch::record
