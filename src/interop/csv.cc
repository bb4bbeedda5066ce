#include "interop/csv.h"

namespace leakwatch::interop {

CsvReader::CsvReader(std::string_view data) : data_(data) {
  if (data_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

namespace {

// Skips to just after the next line break. After a malformed field the quoting
// state is unknown, so the next physical line is taken as the next record.
void Resync(std::string_view d, std::size_t* pos, std::int64_t* line) {
  while (*pos < d.size()) {
    char c = d[*pos];
    ++*pos;
    if (c == '\n') {
      ++*line;
      return;
    }
  }
}

}  // namespace

bool CsvReader::Next(CsvRecord* out, Status* status) {
  *status = Status::Ok();
  out->fields.clear();
  // Skip empty lines.
  while (pos_ < data_.size() && (data_[pos_] == '\n' || data_[pos_] == '\r')) {
    if (data_[pos_] == '\n') ++line_;
    ++pos_;
  }
  if (pos_ >= data_.size()) return false;
  out->line = line_;
  std::string field;
  while (true) {
    field.clear();
    if (pos_ < data_.size() && data_[pos_] == '"') {
      ++pos_;
      std::int64_t open_line = line_;
      std::size_t open_pos = pos_;
      bool closed = false;
      while (pos_ < data_.size()) {
        char c = data_[pos_++];
        if (c == '"') {
          if (pos_ < data_.size() && data_[pos_] == '"') {
            field += '"';
            ++pos_;
          } else {
            closed = true;
            break;
          }
        } else {
          if (c == '\n') ++line_;
          field += c;
        }
      }
      if (!closed) {
        *status = Status::InvalidArgument("line " + std::to_string(open_line) +
                                          ": quoted field is never closed");
        // Recover: continue with the line after the one the quote opened on.
        pos_ = open_pos;
        line_ = open_line;
        Resync(data_, &pos_, &line_);
        return true;
      }
      if (pos_ < data_.size() && data_[pos_] != ',' && data_[pos_] != '\n' && data_[pos_] != '\r') {
        *status = Status::InvalidArgument("line " + std::to_string(line_) +
                                          ": text after a closing quote");
        Resync(data_, &pos_, &line_);
        return true;
      }
    } else {
      while (pos_ < data_.size() && data_[pos_] != ',' && data_[pos_] != '\n' &&
             data_[pos_] != '\r') {
        if (data_[pos_] == '"') {
          *status = Status::InvalidArgument("line " + std::to_string(line_) +
                                            ": quote inside an unquoted field");
          Resync(data_, &pos_, &line_);
          return true;
        }
        field += data_[pos_++];
      }
    }
    out->fields.push_back(std::move(field));
    if (pos_ >= data_.size()) return true;
    char c = data_[pos_];
    if (c == ',') {
      ++pos_;
      continue;
    }
    // End of record: CRLF, LF or a lone CR.
    ++pos_;
    if (c == '\r' && pos_ < data_.size() && data_[pos_] == '\n') ++pos_;
    ++line_;
    return true;
  }
}

Result<std::vector<CsvRecord>> ParseCsv(std::string_view data) {
  CsvReader reader(data);
  std::vector<CsvRecord> out;
  CsvRecord rec;
  Status st;
  while (reader.Next(&rec, &st)) {
    if (!st.ok()) return st;
    out.push_back(rec);
  }
  return out;
}

std::string QuoteCsvField(std::string_view field) {
  bool needs = !field.empty() && (field.front() == ' ' || field.back() == ' ');
  for (char c : field) {
    if (c == ',' || c == '"' || c == '\n' || c == '\r') needs = true;
  }
  if (!needs) return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string CsvLine(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    out += QuoteCsvField(fields[i]);
  }
  out += "\r\n";
  return out;
}

}  // namespace leakwatch::interop
