# The two set-up commands are `make run` and `make test` (README).
BUILD ?= build
JOBS ?= $(shell nproc)
DB ?= $(BUILD)/demo.db
LISTEN ?= 127.0.0.1:8080

.PHONY: deps configure build test run bench fuzz format clean

deps:
	@scripts/install-deps

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

test: build
	@scripts/run-tests $(BUILD)

run: build
	@rm -f $(DB) $(DB)-wal $(DB)-shm
	@$(BUILD)/leakwatch --db $(DB) ingest data/demo
	@$(BUILD)/leakwatch -q hashes build --type sha1 -o $(BUILD)/demo-passwords.lwh data/demo-hashes/passwords.txt
	@$(BUILD)/leakwatch -q hashes build --type identifiers -o $(BUILD)/demo-identifiers.lwh data/demo-hashes/identifiers.csv
	@echo "leakwatch: serving the demo data on http://$(LISTEN) (Ctrl-C stops)"
	@exec $(BUILD)/leakwatch --db $(DB) serve --listen $(LISTEN) \
	  --hashes $(BUILD)/demo-passwords.lwh --hashes $(BUILD)/demo-identifiers.lwh

bench: build
	@scripts/run-bench $(BUILD)

fuzz: deps
	@scripts/run-fuzz

format:
	@clang-format -i $$(git ls-files 'src/*.cc' 'src/*.h' 'tests/*.cc' 'bench/*.cc' 'fuzz/*.cc')

clean:
	@rm -rf $(BUILD) build-fuzz
