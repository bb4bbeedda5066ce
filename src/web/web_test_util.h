// Test helpers for the web component: sample records and an XML
// well-formedness / RELAX NG check through xmllint.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>

#include "record/incident.h"
#include "store/store.h"

namespace leakwatch::web::testing {

// Runs `xmllint --noout --nonet [--relaxng schema] FILE` on `doc`. Returns ""
// when it passes, else xmllint's messages.
inline std::string XmlLint(std::string_view doc, std::string_view schema = "") {
  char path[] = "/tmp/lw_web_lintXXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return "mkstemp failed";
  close(fd);
  { std::ofstream(path, std::ios::binary) << doc; }
  std::string err = std::string(path) + ".err";
  std::string cmd = "xmllint --noout --nonet ";
  if (!schema.empty()) cmd += "--relaxng '" + std::string(schema) + "' ";
  cmd += std::string(path) + " 2>" + err;
  int rc = std::system(cmd.c_str());
  std::ifstream in(err);
  std::string messages((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::remove(path);
  std::remove(err.c_str());
  return rc == 0 ? "" : "xmllint exit " + std::to_string(rc) + ": " + messages;
}

// A Japanese mis-mailing record with every section filled.
inline record::Incident SampleIncident(std::string id = "2023-06-09-kohoku") {
  record::Incident inc;
  inc.id = std::move(id);
  inc.language = record::Language::kJa;
  inc.title = "国民健康保険被保険者証の誤送付について";
  inc.organization = {"横浜市港北区役所", record::Sector::kGovernment, "JP", "神奈川県",
                      "横浜市港北区"};
  inc.announced_date = "2023-06-09";
  inc.incident_date = "2023-06-05";
  inc.incident_type = record::IncidentType::kMisdeliveryMail;
  inc.affected.persons = 5;
  inc.affected.households = 2;
  inc.data_items = {record::DataItem::kInsuranceNumber, record::DataItem::kName};
  inc.data_items_raw = {"記号・番号", "氏名"};
  inc.cause = "封入後の別職員による確認を行っていなかった。";
  inc.timeline = {{"2023-06-05", "A世帯から電話"}, {std::nullopt, "保険証を回収"}};
  inc.response = {"対象世帯に訪問しお詫びした"};
  inc.prevention = {"封緘前に別の職員がダブルチェックを行う", "作業マニュアルを改訂する"};
  inc.contact = "港北区役所保険年金課(045-540-2349)";
  inc.sources = {
      {"https://www.city.yokohama.lg.jp/kohoku/20230609.html", std::nullopt, "2023-06-09"}};
  return inc;
}

}  // namespace leakwatch::web::testing
