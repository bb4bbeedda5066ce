// Placeholder: the extractor lands with the extraction issue.
#include "text/extract.h"

namespace leakwatch::text {

Result<ExtractResult> Extract(std::string_view raw, const ExtractOptions& options) {
  return Status::Internal("extraction is not implemented yet: " + options.file_name);
}

}  // namespace leakwatch::text
