// SqliteStore::OpenReadView: the reads of one request in one read transaction.
//
// A view holds a pooled connection with a read transaction open on it (in WAL
// mode a snapshot of the file that writers do not disturb) and the column
// snapshot of the generation that transaction sees; Get and Search run there.
// Beginning and ending a read transaction costs SQLite lock calls on the file
// and its shared-memory index (fcntl) and a size check (fstat) each time:
// a page that makes four reads pays for them once.
#include "store/sqlite_store.h"

namespace leakwatch::store {

class SqliteStore::View final : public ReadView {
 public:
  View(SqliteStore* store, Reader reader) : store_(store), reader_(std::move(reader)) {}

  // Begins the read transaction. REQUIRES: called once, before any read.
  Status Begin() {
    LW_ASSIGN_OR_RETURN(cols_, store_->BeginRead(reader_.db(), &tx_));
    return Status::Ok();
  }

  std::int64_t generation() const override { return cols_->generation(); }

  Result<std::optional<StoredIncident>> Get(std::string_view id) override {
    return store_->GetIn(reader_.db(), id);
  }

  Result<SearchPage> Search(const SearchQuery& query) override {
    return store_->SearchIn(&reader_.db(), cols_.get(), query, nullptr);
  }

 private:
  SqliteStore* store_;
  Reader reader_;                  // declared before tx_: the transaction ends first
  std::optional<Transaction> tx_;  // read-only: ends with a ROLLBACK
  std::shared_ptr<const ColumnSnapshot> cols_;
};

Result<std::unique_ptr<ReadView>> SqliteStore::OpenReadView() {
  LW_ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  auto view = std::make_unique<View>(this, std::move(reader));
  LW_RETURN_IF_ERROR(view->Begin());
  return std::unique_ptr<ReadView>(std::move(view));
}

}  // namespace leakwatch::store
